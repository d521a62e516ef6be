import type { PanelStatus, QueryState } from '../../../bridge/hooks';

type Query<T> = Pick<QueryState<T>, 'data' | 'dataKey' | 'status'>;

/**
 * The result if it was computed for the inputs named `key`, else null: while new inputs compute, a readout
 * or an export shows nothing rather than a number belonging to other inputs.
 */
export function dataFor<T>(q: Query<T>, key: string): T | null {
  return q.dataKey === key ? q.data : null;
}

/**
 * The badge of a panel whose current inputs are `key`: the query's own status lags the inputs by one render
 * (its request starts in an effect), so a result for other inputs is shown as stale, never as ready.
 */
export function statusFor(q: Query<unknown>, key: string): PanelStatus {
  if (q.status === 'failed') return 'failed';
  if (q.dataKey === key) return q.status;
  return q.data ? 'stale' : 'computing';
}
