import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ExplorerState } from './schema';
import { createExplorerStore, type ExplorerStore, hashOf, pickState } from './store';

/** The one store of the app, created from the link the page was opened with. */
export const explorerStore = createExplorerStore(typeof location === 'undefined' ? '' : location.hash);

export function useExplorer<T>(select: (s: ExplorerStore) => T): T {
  return useStore(explorerStore, select);
}

/**
 * How often at most the address bar is rewritten while the state changes (a slider drag). replaceState costs
 * the page 0.5–20 ms of main thread in Chromium (more while other work runs), so writes come after the frame
 * with the change is painted and at most this often; the bar then lags a drag by up to this much.
 */
export const URL_WRITE_MS = 100;

/**
 * Keeps the address bar equal to the state (replaceState: no history entry per slider tick) and follows
 * links pasted into the address bar.
 */
export function startUrlSync(): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = Number.NEGATIVE_INFINITY;
  // The address as this code last left it (as the browser reads it back): any other value came from a link.
  let lastHash = location.hash;
  const follow = () => {
    lastHash = location.hash;
    explorerStore.getState().loadHash(location.hash);
  };
  const write = () => {
    timer = undefined;
    // A link pasted or followed since the last write, whose hashchange has not been handled yet (a write was
    // pending from a drag or a play): the link wins. Writing the state now would replace it, and the hashchange
    // that follows would then find nothing new.
    if (location.hash !== lastHash) return follow();
    lastWrite = performance.now();
    const h = hashOf(pickState(explorerStore.getState()));
    if (h !== location.hash) history.replaceState(null, '', h);
    lastHash = location.hash;
  };
  const unsub = explorerStore.subscribe(() => {
    if (frame || timer !== undefined) return;
    // After the next frame is painted, and URL_WRITE_MS after the last write.
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(write, Math.max(0, lastWrite + URL_WRITE_MS - performance.now()));
    });
  });
  const onHash = () => {
    if (location.hash !== lastHash) follow();
  };
  window.addEventListener('hashchange', onHash);
  write();
  return () => {
    unsub();
    window.removeEventListener('hashchange', onHash);
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** One state setter for every view: `set({ alpha: 0.3 })`. */
export const setState = (patch: Partial<ExplorerState>): void => explorerStore.getState().set(patch);

let lastHandled = 0;

/**
 * Calls `rerun` once for each link the page loads (the one it opened with included), in the view of the
 * link's model: a link that lists simulated points runs them again (same settings and seeds, same numbers).
 */
export function useOnLinkLoaded(model: string, rerun: (s: ExplorerState) => void): void {
  const loads = useExplorer((s) => s.linkLoads);
  const rerunRef = useRef(rerun);
  rerunRef.current = rerun;
  useEffect(() => {
    const st = explorerStore.getState();
    if (loads === lastHandled || st.model !== model) return;
    lastHandled = loads;
    rerunRef.current(st);
  }, [loads, model]);
}
