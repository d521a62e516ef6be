/**
 * Every parameter and view setting of the explorer, with its range, default and URL key. The store,
 * the URL codec and the controls are all driven by this one table, so a new setting is added here.
 */

export type Axis = 'alpha' | 'alphaTilde';
export type Panel = 'phase' | 'spectrum' | 'landscape' | 'strong' | 'sim';
export type AimPanel = 'spectrum' | 'phase' | 'test' | 'sim';
export type Plane = 'alpha-rho' | 'alpha-beta';
export type Family = 'none' | 'rho' | 'beta' | 'T';

export type Model = 'bsr' | 'aim' | 'smi';
export type SmiPanel = 'thresholds' | 'gen' | 'amp' | 'gd';

export interface ExplorerState {
  /** bsr: bilinear sequence regression; aim: attention-indexed model (softmax or hardmax); smi: deep tied attention. */
  model: Model;
  /** Tokens per sequence of the attention-indexed model. */
  T: number;
  /** Output channel of the attention-indexed model. */
  channel: 'softmax' | 'hardmax';
  /** Skip-connection strength c of the sequence multi-index (deep tied attention) model. */
  skip: number;
  /** Number of tied attention layers of the sequence multi-index model (2 or 3). */
  smiDepth: number;
  /** Second panel of the sequence multi-index model's view. */
  smiPanel: SmiPanel;
  /** Sample ratio of the gradient-descent run on the two-layer attention model (it needs far more than the staircase). */
  smiGdAlpha: number;
  /** Also draw the state evolution in the published convention (variance floor 10⁻³). */
  smiPaperSe: boolean;
  /** Damping of the sequence multi-index model's GAMP (0: with damping the first layer is never learned). */
  smiDamping: number;
  /** Second panel of the attention-indexed model's view. */
  aimPanel: AimPanel;
  /** Draw the published hardmax curve (computed with the joint density in the output function) for comparison. */
  aimPublished: boolean;
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
  /** Which secondary panel is shown beside the error curve. */
  panel: Panel;
  /** Plane of the phase diagram. */
  plane: Plane;
  /** Extra curves on the error plot: one per value of ρ or of β (the paper's families). */
  family: Family;
  /** Comma-separated values of the family parameter. */
  familyValues: string;
  /** Simulation settings (the results themselves are recomputed from these and the seeds). */
  simAlgo: 'amp' | 'gd' | 'agd' | 'mnne';
  simD: number;
  simSeeds: number;
  simSeed: number;
  simDamping: number;
  simIter: number;
  simLr: number;
  simSteps: number;
  simInit: 'prior' | 'small';
  simK: number;
  /** Optimiser of the attention model's gradient descent (the paper used Adam). */
  simOpt: 'adam' | 'gd';
  /** α values simulated in this view; opening the link runs them again (same seeds, same numbers). */
  simAlphas: string;
  /** Learning rates of a GD learning-rate study at the current α (both initialisations). */
  simEtas: string;
  /** Large type, thick lines, high contrast. */
  present: boolean;
  /** Hide the control column (for a projector). */
  hideControls: boolean;
}

export interface NumberField {
  kind: 'number';
  key: keyof ExplorerState;
  /** Belongs to one model's view: links of other models leave it out unless it was changed. */
  model?: Model;
  label: string;
  min: number;
  max: number;
  def: number;
  /** Slider mapping: log scale where the interesting values span decades. */
  scale: 'linear' | 'log';
  step: number;
  /** Allowed to be exactly 0 even on a log slider (Δ = 0 is the noiseless case). */
  allowZero?: boolean;
  /** Whole numbers only (sizes, counts, seeds). */
  integer?: boolean;
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
  /** Belongs to one model's view: links of other models leave it out unless it was changed. */
  model?: Model;
  label: string;
  choices: readonly string[];
  def: string;
}

/** A comma-separated list of positive numbers (kept as text so links stay as typed). */
export interface ListField {
  kind: 'list';
  key: keyof ExplorerState;
  label: string;
  def: string;
  maxItems?: number;
}

export type Field = NumberField | BoolField | ChoiceField | ListField;

/** At most this many family curves, each in (0, 100]. */
export const MAX_FAMILY = 8;

/** Parses a family list; invalid items are reported, not silently dropped. */
export function parseList(text: string, maxItems = MAX_FAMILY): { values: number[]; bad: string[] } {
  const values: number[] = [];
  const bad: string[] = [];
  for (const item of text.split(',').map((x) => x.trim()).filter((x) => x !== '')) {
    const v = Number(item);
    if (Number.isFinite(v) && v > 0 && v <= 100 && values.length < maxItems) values.push(v);
    else bad.push(item);
  }
  return { values, bad };
}

export const FIELDS: readonly Field[] = [
  { kind: 'choice', key: 'model', label: 'model', choices: ['bsr', 'aim', 'smi'], def: 'bsr' },
  { kind: 'choice', key: 'channel', label: 'channel', choices: ['softmax', 'hardmax'], def: 'softmax', model: 'aim' },
  { kind: 'choice', key: 'aimPanel', label: 'attention-model panel', choices: ['spectrum', 'phase', 'test', 'sim'], def: 'spectrum', model: 'aim' },
  // Below c ≈ 0.05 the attention matrix softmax(zzᵀ) + cI is nearly singular and the posterior quadrature is unchecked.
  { kind: 'number', key: 'skip', label: 'c', min: 0.05, max: 4, def: 1, scale: 'linear', step: 0.01, model: 'smi' },
  { kind: 'number', key: 'smiDepth', label: 'depth', min: 2, max: 3, def: 2, scale: 'linear', step: 1, integer: true, model: 'smi' },
  { kind: 'choice', key: 'smiPanel', label: 'sequence-model panel', choices: ['thresholds', 'gen', 'amp', 'gd'], def: 'thresholds', model: 'smi' },
  { kind: 'number', key: 'smiGdAlpha', label: 'α of the GD run', min: 0.5, max: 50, def: 15, scale: 'log', step: 0.01, model: 'smi' },
  { kind: 'bool', key: 'smiPaperSe', label: 'published convention', def: true },
  { kind: 'number', key: 'smiDamping', label: 'damping', min: 0, max: 0.9, def: 0, scale: 'linear', step: 0.05, model: 'smi' },
  { kind: 'bool', key: 'aimPublished', label: 'published hardmax curve', def: true },
  { kind: 'number', key: 'T', label: 'T', min: 2, max: 10, def: 2, scale: 'linear', step: 1, integer: true, model: 'aim' },
  { kind: 'number', key: 'alpha', label: 'α', min: 0, max: 10, def: 0.3, scale: 'linear', step: 0.001 },
  { kind: 'number', key: 'beta', label: 'β', min: 0.01, max: 100, def: 1, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'rho', label: 'ρ', min: 0.001, max: 10, def: 0.5, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'delta', label: 'Δ', min: 0, max: 10, def: 0, scale: 'log', step: 0.0001, allowZero: true },
  { kind: 'choice', key: 'axis', label: 'axis', choices: ['alpha', 'alphaTilde'], def: 'alpha' },
  { kind: 'number', key: 'alphaMax', label: 'α range', min: 0.05, max: 10, def: 1.2, scale: 'log', step: 0.01 },
  { kind: 'bool', key: 'showRidge', label: 'ridge', def: true },
  { kind: 'bool', key: 'showLowRank', label: 'low-rank limit', def: true },
  { kind: 'bool', key: 'showLargeBeta', label: 'large-β limit', def: false },
  { kind: 'choice', key: 'panel', label: 'panel', choices: ['phase', 'spectrum', 'landscape', 'strong', 'sim'], def: 'phase' },
  { kind: 'choice', key: 'plane', label: 'plane', choices: ['alpha-rho', 'alpha-beta'], def: 'alpha-rho' },
  { kind: 'choice', key: 'family', label: 'family', choices: ['none', 'rho', 'beta', 'T'], def: 'none' },
  { kind: 'list', key: 'familyValues', label: 'family values', def: '' },
  { kind: 'choice', key: 'simAlgo', label: 'algorithm', choices: ['amp', 'gd', 'agd', 'mnne'], def: 'amp' },
  { kind: 'number', key: 'simD', label: 'd', min: 4, max: 300, def: 60, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simSeeds', label: 'seeds', min: 1, max: 20, def: 3, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simSeed', label: 'first seed', min: 0, max: 1e6, def: 1, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simDamping', label: 'damping', min: 0, max: 0.95, def: 0.5, scale: 'linear', step: 0.05 },
  { kind: 'number', key: 'simIter', label: 'iterations', min: 1, max: 1000, def: 60, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simLr', label: 'learning rate', min: 1e-4, max: 2, def: 0.1, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'simSteps', label: 'steps', min: 10, max: 100000, def: 2000, scale: 'log', step: 1, integer: true },
  { kind: 'choice', key: 'simInit', label: 'initialisation', choices: ['prior', 'small'], def: 'prior' },
  { kind: 'choice', key: 'simOpt', label: 'optimiser', choices: ['adam', 'gd'], def: 'adam' },
  { kind: 'number', key: 'simK', label: 'averaged runs K', min: 1, max: 64, def: 8, scale: 'linear', step: 1, integer: true },
  { kind: 'list', key: 'simAlphas', label: 'simulated α', def: '', maxItems: 16 },
  { kind: 'list', key: 'simEtas', label: 'learning rates studied', def: '', maxItems: 12 },
  { kind: 'bool', key: 'present', label: 'presentation', def: false },
  { kind: 'bool', key: 'hideControls', label: 'hide controls', def: false },
];

export const DEFAULT_STATE: ExplorerState = Object.fromEntries(FIELDS.map((f) => [f.key, f.def])) as unknown as ExplorerState;

export function fieldOf(key: keyof ExplorerState): Field {
  const f = FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${String(key)}`);
  return f;
}
