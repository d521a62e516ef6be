import type { Spawn, WorkerLike } from './lane';

/**
 * A test hook, present only when the page's address has `?debug`: `window.__tokenphase.killWorkers()`
 * terminates every worker behind its lane's back, as a crash or a closed worker would: no event reaches the
 * page, only silence, which the lanes must notice by themselves. Without the flag the factory is unchanged.
 */
export function withDebugHook(spawn: Spawn): Spawn {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('debug')) return spawn;
  const live = new Set<WorkerLike>();
  (window as unknown as { __tokenphase: object }).__tokenphase = {
    killWorkers(): number {
      const n = live.size;
      for (const w of live) w.terminate();
      live.clear();
      return n;
    },
  };
  return () => {
    const s = spawn();
    live.add(s.worker);
    return s;
  };
}
