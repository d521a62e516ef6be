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
 * Keeps the address bar equal to the state (replaceState: no history entry per slider tick, at
 * most one write per frame) and follows links pasted into the address bar.
 */
export function startUrlSync(): () => void {
  let frame = 0;
  let lastHash = location.hash;
  const write = () => {
    frame = 0;
    const h = hashOf(pickState(explorerStore.getState()));
    if (h !== location.hash) history.replaceState(null, '', h);
    lastHash = h;
  };
  const unsub = explorerStore.subscribe(() => {
    if (!frame) frame = requestAnimationFrame(write);
  });
  const onHash = () => {
    if (location.hash !== lastHash) {
      explorerStore.getState().loadHash(location.hash);
    }
  };
  window.addEventListener('hashchange', onHash);
  write();
  return () => {
    unsub();
    window.removeEventListener('hashchange', onHash);
    if (frame) cancelAnimationFrame(frame);
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
