import type { Spawn, WorkerLike } from './lane';

/**
 * A test hook, present only when the page's address has `?debug`: `window.__tokenphase.killWorkers(lane)`
 * terminates the workers of the lanes whose name starts with `lane` (all without it) behind their lanes' backs,
 * as a crash or a closed worker would: no event reaches the page, only silence, which the lanes must notice by
 * themselves. Returns how many it terminated. Without the flag the factory is unchanged.
 */
export function withDebugHook(spawn: Spawn): Spawn {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('debug')) return spawn;
  const live = new Map<WorkerLike, string>();
  (window as unknown as { __tokenphase: object }).__tokenphase = {
    killWorkers(lane = ''): number {
      const hit = [...live].filter(([, name]) => name.startsWith(lane));
      for (const [w] of hit) {
        w.terminate();
        live.delete(w);
      }
      return hit.length;
    },
  };
  return (lane = '') => {
    const s = spawn(lane);
    live.set(s.worker, lane);
    return s;
  };
}
