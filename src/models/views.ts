/**
 * The page side of the registry: each model's view, loaded when it is first shown, so the code of
 * models not on screen is not fetched. The shell renders `VIEWS[model]` and names no model.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

const LOADERS: Readonly<Record<string, () => Promise<ComponentType>>> = {
  bsr: async () => (await import('./bsr/view/BsrView')).BsrView,
  aim: async () => (await import('./aim/view/AimView')).AimView,
  smi: async () => (await import('./smi/view/SmiView')).SmiView,
};

export const VIEWS: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  Object.entries(LOADERS).map(([id, load]) => [id, lazy(async () => ({ default: await load() }))]),
);

/** Starts fetching a view's code before React asks for it (the browser fetches a module once). */
export function preloadView(id: string): void {
  void LOADERS[id]?.().catch(() => {
    // The view's own lazy load reports the failure where it is shown.
  });
}
