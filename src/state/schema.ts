/**
 * Every parameter and view setting of the explorer, with its range, default and URL key. The store,
 * the URL codec and the controls are all driven by this one table, so a new setting is added here.
 */

export type Axis = 'alpha' | 'alphaTilde';

export interface ExplorerState {
  model: 'bsr';
  /** Current α = n/(dL): the cursor on the error curve. */
  alpha: number;
  beta: number;
  rho: number;
  delta: number;
  /** Horizontal axis of the error plot. */
  axis: Axis;
  /** Right end of the plotted α range (in units of the chosen axis). */
  alphaMax: number;
  showRidge: boolean;
  showLowRank: boolean;
  showLargeBeta: boolean;
  /** Large type, thick lines, high contrast. */
  present: boolean;
  /** Hide the control column (for a projector). */
  hideControls: boolean;
}

export interface NumberField {
  kind: 'number';
  key: keyof ExplorerState;
  label: string;
  min: number;
  max: number;
  def: number;
  /** Slider mapping: log scale where the interesting values span decades. */
  scale: 'linear' | 'log';
  step: number;
  /** Allowed to be exactly 0 even on a log slider (Δ = 0 is the noiseless case). */
  allowZero?: boolean;
}

export interface BoolField {
  kind: 'bool';
  key: keyof ExplorerState;
  label: string;
  def: boolean;
}

export interface ChoiceField {
  kind: 'choice';
  key: keyof ExplorerState;
  label: string;
  choices: readonly string[];
  def: string;
}

export type Field = NumberField | BoolField | ChoiceField;

export const FIELDS: readonly Field[] = [
  { kind: 'choice', key: 'model', label: 'model', choices: ['bsr'], def: 'bsr' },
  { kind: 'number', key: 'alpha', label: 'α', min: 0, max: 10, def: 0.3, scale: 'linear', step: 0.001 },
  { kind: 'number', key: 'beta', label: 'β', min: 0.01, max: 100, def: 1, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'rho', label: 'ρ', min: 0.001, max: 10, def: 0.5, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'delta', label: 'Δ', min: 0, max: 10, def: 0, scale: 'log', step: 0.0001, allowZero: true },
  { kind: 'choice', key: 'axis', label: 'axis', choices: ['alpha', 'alphaTilde'], def: 'alpha' },
  { kind: 'number', key: 'alphaMax', label: 'α range', min: 0.05, max: 10, def: 1.2, scale: 'log', step: 0.01 },
  { kind: 'bool', key: 'showRidge', label: 'ridge', def: true },
  { kind: 'bool', key: 'showLowRank', label: 'low-rank limit', def: true },
  { kind: 'bool', key: 'showLargeBeta', label: 'large-β limit', def: false },
  { kind: 'bool', key: 'present', label: 'presentation', def: false },
  { kind: 'bool', key: 'hideControls', label: 'hide controls', def: false },
];

export const DEFAULT_STATE: ExplorerState = Object.fromEntries(FIELDS.map((f) => [f.key, f.def])) as unknown as ExplorerState;

export function fieldOf(key: keyof ExplorerState): Field {
  const f = FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${String(key)}`);
  return f;
}
