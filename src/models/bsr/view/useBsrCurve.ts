import { useShallow } from 'zustand/react/shallow';
import { type QueryState, useQuery } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import type { BsrCurveResponse } from '../api';
import { CURVE_LANE, type CurveInputs, curveKey, curveRequest } from '../curveRequest';
import { bsrClient } from './client';
import { useDraft } from '../../../ui/useDraft';

export { alphaGrid, type CurveInputs, curveKey } from '../curveRequest';

export interface Curve {
  query: QueryState<BsrCurveResponse>;
  /** Key of the current inputs. */
  key: string;
}

/**
 * E_BO and baselines for the current parameters, computed in the worker; the latest request wins. While β or ρ
 * moves the curve comes from the draft table (useDraft); moving α or Δ reuses the table and is exact.
 */
export function useBsrCurve(): Curve {
  const p = useExplorer(useShallow((s): CurveInputs => ({ beta: s.beta, rho: s.rho, delta: s.delta, axis: s.axis, alphaMax: s.alphaMax })));
  const key = curveKey(p);
  const draft = useDraft(`${p.beta}|${p.rho}`);
  const q = bsrClient.recall('curve', curveRequest(p, draft), { lane: CURVE_LANE });
  const query = useQuery(q.run, draft ? `${key}|draft` : key, q.seeded);
  return { query, key };
}
