import { createStore } from 'zustand/vanilla';

/**
 * The offline copy and its updates, as the page shows them. main.tsx registers the service worker (production
 * builds) and fills this in; the top bar offers a reload when a newer version of the site is waiting.
 */
export interface UpdateState {
  /** A new version is installed and waits for this page to reload into it. */
  needRefresh: boolean;
  /** Activates the waiting version and reloads the page. */
  reload: () => void;
  dismiss: () => void;
}

export const updateStore = createStore<UpdateState>()((set) => ({
  needRefresh: false,
  reload: () => window.location.reload(),
  dismiss: () => set({ needRefresh: false }),
}));

/** Which build this page is: the version, and a build stamp where the build was given one (TOKENPHASE_BUILD). */
export const BUILD = `${import.meta.env.VITE_BUILD_STAMP ?? ''}`;
