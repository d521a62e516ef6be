import { useStore } from 'zustand';
import { createExplorerStore, hashOf, type ExplorerStore } from './store';
import { pickState } from './store';

/** The one store of the app, created from the link the page was opened with. */
export const explorerStore = createExplorerStore(typeof location === 'undefined' ? '' : location.hash);

export function useExplorer<T>(select: (s: ExplorerStore) => T): T {
  return useStore(explorerStore, select);
}

/**
 * Keeps the address bar equal to the state (replaceState: no history entry per slider tick, at
 * most one write per frame) and follows links pasted into the address bar.
 */
export function startUrlSync(onLinkLoaded?: () => void): () => void {
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
      onLinkLoaded?.();
    }
  };
  window.addEventListener('hashchange', onHash);
  write();
  onLinkLoaded?.();
  return () => {
    unsub();
    window.removeEventListener('hashchange', onHash);
    if (frame) cancelAnimationFrame(frame);
  };
}
