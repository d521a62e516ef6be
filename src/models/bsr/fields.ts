import type { Field } from '../../state/fields';

export type Panel = 'phase' | 'spectrum' | 'landscape' | 'strong' | 'sim';
export type Plane = 'alpha-rho' | 'alpha-beta';

/** Bilinear sequence regression's own settings. */
export interface BsrState {
  /** Sequence length over token dimension, L/d. */
  beta: number;
  /** Label noise variance. */
  delta: number;
  showRidge: boolean;
  showLowRank: boolean;
  showLargeBeta: boolean;
  /** Which secondary panel is shown beside the error curve. */
  panel: Panel;
  /** Plane of the phase diagram. */
  plane: Plane;
  /** Initialisation of gradient descent. */
  simInit: 'prior' | 'small';
  /** Learning rates of a GD learning-rate study at the current α (both initialisations). */
  simEtas: string;
  /** The free-entropy panel shows a window around its maximum q* instead of all of [0, 1]. */
  landscapeZoom: boolean;
}

export const BSR_FIELDS: readonly Field[] = [
  { kind: 'number', key: 'beta', label: 'β', min: 0.01, max: 100, def: 1, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'delta', label: 'Δ', min: 0, max: 10, def: 0, scale: 'log', step: 0.0001, allowZero: true },
  { kind: 'bool', key: 'showRidge', label: 'ridge', def: true },
  { kind: 'bool', key: 'showLowRank', label: 'low-rank limit', def: true },
  { kind: 'bool', key: 'showLargeBeta', label: 'large-β limit', def: false },
  { kind: 'choice', key: 'panel', label: 'panel', choices: ['phase', 'spectrum', 'landscape', 'strong', 'sim'], def: 'phase' },
  { kind: 'choice', key: 'plane', label: 'plane', choices: ['alpha-rho', 'alpha-beta'], def: 'alpha-rho' },
  { kind: 'choice', key: 'simInit', label: 'initialisation', choices: ['prior', 'small'], def: 'prior' },
  { kind: 'list', key: 'simEtas', label: 'learning rates studied', def: '', maxItems: 12 },
  { kind: 'bool', key: 'landscapeZoom', label: 'zoom to q*', def: false },
];
