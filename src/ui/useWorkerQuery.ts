import { useEffect, useRef, useState } from 'react';
import { latestOnly } from './latestOnly';
import type { PanelStatus } from '../models/bsr/view/useBsrCurve';

/** Runs an async computation for the current inputs; the latest request wins, stale ones are dropped. */
export function useWorkerQuery<Req, Res>(run: (req: Req) => Promise<Res>, req: Req, key: string): { data: Res | null; status: PanelStatus; error: string | null } {
  const [state, setState] = useState<{ data: Res | null; status: PanelStatus; error: string | null }>({ data: null, status: 'computing', error: null });
  const submit = useRef<((r: Req) => void) | null>(null);
  // The scheduler is created once; it must call the current render's `run`, not the first one's.
  const runRef = useRef(run);
  runRef.current = run;
  if (!submit.current) {
    submit.current = latestOnly<Req, Res>(
      (r) => runRef.current(r),
      (data, _r, superseded) => setState({ data, status: superseded ? 'stale' : 'ready', error: null }),
      (e, _r, superseded) => setState((s) => ({ ...s, status: superseded ? 'stale' : 'failed', error: e instanceof Error ? e.message : String(e) })),
    );
  }
  useEffect(() => {
    setState((s) => ({ ...s, status: s.data ? 'stale' : 'computing' }));
    submit.current!(req);
    // `key` identifies the request; the object itself is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
