import { useSyncExternalStore } from 'react';

/**
 * The moment the page first shows a curve. Code the first curve does not need (KaTeX's equations, the lectures,
 * the service worker that stores the build for offline use) waits for it, so that fetching and evaluating that
 * code does not take the main thread while the first curve is on its way. Where no curve comes (a failed
 * computation, a view without one), it goes ahead FALLBACK_MS after the page started.
 */
export const FALLBACK_MS = 2500;

let drawn = false;
const listeners = new Set<() => void>();

/** Called by a plot once it has drawn a curve; the first call releases everything that waited. */
export function markCurveDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const l of [...listeners]) l();
  listeners.clear();
}

if (typeof window !== 'undefined') setTimeout(markCurveDrawn, Math.max(0, FALLBACK_MS - performance.now()));

/** Runs `f` once the first curve is shown (at once if it already is). Returns an unsubscribe. */
export function onCurveDrawn(f: () => void): () => void {
  if (drawn) {
    f();
    return () => {};
  }
  listeners.add(f);
  return () => listeners.delete(f);
}

/** True from the first curve on. */
export function useCurveDrawn(): boolean {
  return useSyncExternalStore(
    onCurveDrawn,
    () => drawn,
    () => drawn,
  );
}
