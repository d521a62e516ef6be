/**
 * The page side of the registry: each model's view, loaded when it is first shown, so the code of
 * models not on screen is not fetched. The shell renders the view `loadedView(model)` gives, once
 * `loadView(model)` has brought it, and names no model.
 */
import type { ComponentType } from 'react';

const LOADERS: Readonly<Record<string, () => Promise<ComponentType>>> = {
  bsr: async () => (await import('./bsr/view/BsrView')).BsrView,
  aim: async () => (await import('./aim/view/AimView')).AimView,
  smi: async () => (await import('./smi/view/SmiView')).SmiView,
};

const loaded = new Map<string, ComponentType>();
const loading = new Map<string, Promise<ComponentType>>();

/**
 * The view's code, fetched once. After a failure the next call asks again, but a browser may keep answering with
 * the same failure until the page is reloaded, which is what the shell's notice then says to do.
 */
export function loadView(id: string): Promise<ComponentType> {
  let p = loading.get(id);
  if (!p) {
    const load = LOADERS[id];
    p = load
      ? load().then((view) => {
          loaded.set(id, view);
          return view;
        })
      : Promise.reject(new Error(`no view for the model "${id}"`));
    loading.set(id, p);
    p.catch(() => loading.delete(id));
  }
  return p;
}

/** The view, if its code has arrived. */
export function loadedView(id: string): ComponentType | undefined {
  return loaded.get(id);
}

/** Starts fetching a view's code before the shell asks for it. */
export function preloadView(id: string): void {
  loadView(id).catch(() => {
    // The shell reports the failure where the view would be.
  });
}
