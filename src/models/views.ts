/**
 * The page side of the registry: each model's view, loaded when it is first shown, so the code of
 * models not on screen is not fetched. The shell renders `viewOf(model)` and names no model.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export const VIEWS: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = {
  bsr: lazy(async () => ({ default: (await import('./bsr/view/BsrView')).BsrView })),
  aim: lazy(async () => ({ default: (await import('./aim/view/AimView')).AimView })),
  smi: lazy(async () => ({ default: (await import('./smi/view/SmiView')).SmiView })),
};
