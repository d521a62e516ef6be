import * as Comlink from 'comlink';
import { useCallback, useEffect, useState } from 'react';
import type { SmiApi } from '../models/smi/api';

interface Worker {
  call<T>(job: (api: Comlink.Remote<SmiApi>) => Promise<T>): Promise<T>;
  restart(): void;
}

export type RunState = 'idle' | 'running' | 'cancelled' | 'failed';

/**
 * A run in a restartable worker whose records stream back through a comlink proxy: the trace is redrawn
 * at most every 50 ms while it runs, and replaced by the final records when it ends. Starting again, or
 * leaving the panel, abandons the run in flight. `key` names the settings `start` reads.
 */
export function useStreamedRun<It, R extends { iterations: It[] }>(
  worker: Worker,
  start: (api: Comlink.Remote<SmiApi>, onIt: (it: It) => void) => Promise<R>,
  key: string,
  failure?: (r: R) => string | null,
) {
  const [trace, setTrace] = useState<It[]>([]);
  const [result, setResult] = useState<R | null>(null);
  const [state, setState] = useState<RunState>('idle');
  const [error, setError] = useState('');
  const run = useCallback(() => {
    worker.restart();
    setTrace([]);
    setResult(null);
    setState('running');
    const its: It[] = [];
    let last = 0;
    let finished = false;
    const onIt = (it: It) => {
      // Records come on their own message channel and may arrive after the result, which already holds them all.
      if (finished) return;
      its.push(it);
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        setTrace([...its]);
      }
    };
    worker
      .call((api) => start(api, Comlink.proxy(onIt)))
      .then((r) => {
        finished = true;
        setTrace(r.iterations);
        setResult(r);
        const f = failure?.(r) ?? null;
        setState(f ? 'failed' : 'idle');
        if (f) setError(f);
      })
      .catch((e: unknown) => {
        const msg = e instanceof Error ? e.message : String(e);
        setState(msg === 'cancelled' ? 'cancelled' : 'failed');
        setError(msg);
      });
    // The settings are read when the button is pressed; `key` names them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => () => worker.restart(), [worker]);
  return { trace, result, state, error, run, cancel: () => worker.restart() };
}
