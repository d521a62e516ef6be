import type { Field } from '../../state/fields';

export type AimPanel = 'spectrum' | 'phase' | 'test' | 'sim';

/** The attention-indexed model's own settings. */
export interface AimState {
  /** Tokens per sequence. */
  T: number;
  /** Output channel. */
  channel: 'softmax' | 'hardmax';
  /** Second panel of the view. */
  aimPanel: AimPanel;
  /** Draw the published hardmax curve (computed with the joint density in the output function) for comparison. */
  aimPublished: boolean;
  /** Optimiser of gradient descent (the paper used Adam). */
  simOpt: 'adam' | 'gd';
}

export const AIM_FIELDS: readonly Field[] = [
  { kind: 'number', key: 'T', label: 'T', min: 2, max: 10, def: 2, scale: 'linear', step: 1, integer: true },
  { kind: 'choice', key: 'channel', label: 'channel', choices: ['softmax', 'hardmax'], def: 'softmax' },
  { kind: 'choice', key: 'aimPanel', label: 'attention-model panel', choices: ['spectrum', 'phase', 'test', 'sim'], def: 'spectrum' },
  { kind: 'bool', key: 'aimPublished', label: 'published hardmax curve', def: true },
  { kind: 'choice', key: 'simOpt', label: 'optimiser', choices: ['adam', 'gd'], def: 'adam' },
];
