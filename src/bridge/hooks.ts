import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { latestOnly } from '../ui/latestOnly';
import { isCancelled } from './lane';

/** computing: nothing to show yet; stale: showing the previous inputs' result while the new one computes. */
export type PanelStatus = 'computing' | 'stale' | 'ready' | 'failed';

export interface QueryState<Res> {
  data: Res | null;
  /** The key of the inputs `data` belongs to: a readout compares it with the current key before showing a number. */
  dataKey: string | null;
  status: PanelStatus;
  error: string | null;
}

/** The state as kept: `status` and `error` are about the inputs named by statusKey. */
interface Kept<Res> extends QueryState<Res> {
  statusKey: string | null;
}

/**
 * Runs a worker computation for the current inputs, named by `key`: the latest request wins, requests
 * that arrive while one runs are dropped except the newest, and a failure (including a dead worker) is
 * kept as a message beside the last good result. While `hold` is true a new key is not sent: the last result
 * stays, shown as stale, and the key current when the hold ends is sent then.
 */
export function useQuery<Res>(run: () => Promise<Res>, key: string, seeded?: () => Res | undefined, hold = false): QueryState<Res> {
  // `seeded`: the answer for these inputs where the page was given it (bridge/seeds.ts), so the first render
  // shows it; the job is then not sent for this key.
  const [state, setState] = useState<Kept<Res>>(() => {
    const data = seeded?.();
    return data === undefined
      ? { data: null, dataKey: null, status: 'computing', error: null, statusKey: key }
      : { data, dataKey: key, status: 'ready', error: null, statusKey: key };
  });
  const submit = useRef<((r: { key: string; run: () => Promise<Res> }) => void) | null>(null);
  // The inputs of the last render: an answer or a failure for others that arrives once the state holds these inputs'
  // own answer (the inputs came back to it) is dropped, never shown in its place.
  const current = useRef(key);
  current.current = key;
  const holdsCurrent = (s: Kept<Res>, r: { key: string }) => r.key !== current.current && s.dataKey === current.current && s.statusKey === current.current;
  if (!submit.current) {
    submit.current = latestOnly<{ key: string; run: () => Promise<Res> }, Res>(
      (r) => r.run(),
      (data, r, superseded) =>
        setState((s) => (holdsCurrent(s, r) ? s : { data, dataKey: r.key, status: superseded ? 'stale' : 'ready', error: null, statusKey: r.key })),
      (e, r, superseded) =>
        setState((s) =>
          holdsCurrent(s, r)
            ? s
            : {
                ...s,
                status: superseded || isCancelled(e) ? 'stale' : 'failed',
                error: e instanceof Error ? e.message : String(e),
                statusKey: r.key,
              },
        ),
    );
  }
  // `run` is rebuilt on every render; `key` names what it computes.
  const runRef = useRef(run);
  runRef.current = run;
  // The key last sent (a seeded key counts as sent), so that a hold released on the same key does not send it again.
  const sent = useRef(state.dataKey);
  // Inputs whose answer the page already holds (seeded, primed, or answered before: the client's `seeded`) are
  // shown from their first render and not sent: one render instead of a stale one and another at the answer.
  // Looked up once per key, so the answer keeps its identity across renders.
  const held = useRef<{ key: string; data: Res | undefined } | null>(null);
  if (seeded && state.statusKey !== key && held.current?.key !== key) held.current = { key, data: seeded() };
  const hit = state.statusKey !== key && held.current?.key === key ? held.current.data : undefined;
  // The state is these inputs' own answer (they came back to it while others' was computing): nothing to send.
  const own = state.statusKey === key && state.dataKey === key && state.status === 'ready';
  useEffect(() => {
    if (own) {
      sent.current = key;
      return;
    }
    if (hit !== undefined) {
      // Kept as the state after the frame (a transition), so that it is what later inputs show as stale.
      sent.current = key;
      startTransition(() => setState({ data: hit, dataKey: key, status: 'ready', error: null, statusKey: key }));
      return;
    }
    if (sent.current === key) {
      // Back at the inputs last sent (e.g. a held key came and went): their answer, if in, is current again.
      setState((s) => (s.dataKey === key && s.status === 'stale' ? { ...s, status: 'ready' } : s));
      return;
    }
    if (hold) return;
    sent.current = key;
    submit.current?.({ key, run: () => runRef.current() });
  }, [key, hold, hit, own]);
  // New inputs show the last result as stale (or "computing" without one) from their first render on. This is
  // derived here rather than set from the effect, which would render the panel a second time for every new key.
  // Memoised, and the same object while nothing shown changes (as when a held answer becomes the state):
  // callers may use the answer as a dependency.
  const last = useRef<QueryState<Res> | null>(null);
  return useMemo(() => {
    const { statusKey, ...kept } = state;
    const shown: QueryState<Res> =
      hit !== undefined
        ? { data: hit, dataKey: key, status: 'ready', error: null }
        : statusKey === key
          ? kept
          : { ...kept, status: kept.data ? 'stale' : 'computing' };
    const l = last.current;
    if (l && l.data === shown.data && l.dataKey === shown.dataKey && l.status === shown.status && l.error === shown.error) return l;
    last.current = shown;
    return shown;
  }, [state, key, hit]);
}

export type RunState = 'idle' | 'running' | 'cancelled' | 'failed';

/**
 * A long run whose records stream back while it runs: the trace is redrawn at most every 50 ms and
 * replaced by the final records at the end. Starting again, cancelling or leaving the panel abandons
 * the run in flight (the caller's `cancel` restarts its lane). `failure` turns a finished run into a
 * failure message where the result says so.
 */
export function useRun<It, R extends { iterations: It[] }>(
  start: (onIteration: (it: It) => void) => Promise<R>,
  cancel: () => void,
  key: string,
  failure?: (r: R) => string | null,
) {
  const [trace, setTrace] = useState<It[]>([]);
  const [result, setResult] = useState<R | null>(null);
  const [state, setState] = useState<RunState>('idle');
  const [error, setError] = useState('');
  const startRef = useRef(start);
  startRef.current = start;
  const failureRef = useRef(failure);
  failureRef.current = failure;
  const cancelRef = useRef(cancel);
  cancelRef.current = cancel;
  const run = useCallback(() => {
    cancelRef.current();
    setTrace([]);
    setResult(null);
    setState('running');
    const its: It[] = [];
    let last = 0;
    let finished = false;
    const onIt = (it: It) => {
      // Records may arrive after the result, which already holds them all.
      if (finished) return;
      its.push(it);
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        setTrace([...its]);
      }
    };
    startRef
      .current(onIt)
      .then((r) => {
        finished = true;
        setTrace(r.iterations);
        setResult(r);
        const f = failureRef.current?.(r) ?? null;
        setState(f ? 'failed' : 'idle');
        if (f) setError(f);
      })
      .catch((e: unknown) => {
        finished = true;
        setState(isCancelled(e) ? 'cancelled' : 'failed');
        setError(e instanceof Error ? e.message : String(e));
      });
  }, [key]);
  useEffect(() => () => cancelRef.current(), []);
  return { trace, result, state, error, run, cancel: () => cancelRef.current() };
}
