import type { Field } from '../../state/fields';

export type SmiPanel = 'thresholds' | 'gen' | 'amp' | 'gd';

/** Deep tied attention's (the sequence multi-index model's) own settings. */
export interface SmiState {
  /** Skip-connection strength c. */
  skip: number;
  /** Number of tied attention layers (2 or 3); read from `smiDepth` in older links. */
  layers: number;
  /** Second panel of the view. */
  smiPanel: SmiPanel;
  /** Sample ratio of the gradient-descent run on the two-layer model (it needs far more than the staircase). */
  smiGdAlpha: number;
  /** Also draw the state evolution in the published convention (variance floor 10⁻³). */
  smiPaperSe: boolean;
  /** Damping of GAMP (0: with damping the first layer is never learned). */
  smiDamping: number;
  /** A link that opens the GAMP or gradient-descent panel starts its run (the run presets). */
  smiRun: boolean;
}

export const SMI_FIELDS: readonly Field[] = [
  // Below c ≈ 0.05 the attention matrix softmax(zzᵀ) + cI is nearly singular and the posterior quadrature is unchecked.
  { kind: 'number', key: 'skip', label: 'c', min: 0.05, max: 4, def: 1, scale: 'linear', step: 0.01 },
  { kind: 'number', key: 'layers', label: 'depth', aliases: ['smiDepth'], min: 2, max: 3, def: 2, scale: 'linear', step: 1, integer: true },
  { kind: 'choice', key: 'smiPanel', label: 'sequence-model panel', choices: ['thresholds', 'gen', 'amp', 'gd'], def: 'thresholds' },
  { kind: 'number', key: 'smiGdAlpha', label: 'α of the GD run', min: 0.5, max: 50, def: 15, scale: 'log', step: 0.01 },
  { kind: 'bool', key: 'smiPaperSe', label: 'published convention', def: true },
  { kind: 'number', key: 'smiDamping', label: 'damping', min: 0, max: 0.9, def: 0, scale: 'linear', step: 0.05 },
  { kind: 'bool', key: 'smiRun', label: 'run on opening', def: false },
];
