import type { Field } from './fields';
import { readLectureField } from '../lecture/linkField';
import { readPinsField } from './pins';

/** The shell's own settings: which model is shown and how the page is laid out. */
export interface ShellState {
  /** Id of the model shown (one of the registry's). */
  model: string;
  /** Projector mode: one panel fills the screen, large type, a high-contrast palette, a strip of sliders. */
  present: boolean;
  /** Hide the control column (in projector mode: the slider strip). */
  hideControls: boolean;
  /** Projector mode: which panel fills the screen (the side panel shows its current tab). */
  pane: 'main' | 'side';
  /** Projector mode: the sliders in the strip, comma-separated keys; '' is the model's default set, 'none' no slider. */
  show: string;
  /** Projector mode: light or dark palette. */
  theme: 'light' | 'dark';
  /** One panel alone, with no top bar, controls or export rows, for an iframe in slides or a course page. */
  embed: 'none' | 'main' | 'side';
  /** The slider being played (swept over its range), or 'none'; with how and how fast. */
  play: string;
  playMode: 'bounce' | 'loop';
  playSeconds: number;
  /** The lecture open in the player (its link text, src/lecture), '' for none; and the step shown (1-based). */
  lecture: string;
  step: number;
}

export type Axis = 'alpha' | 'alphaTilde';
export type Family = 'none' | 'rho' | 'beta' | 'T';

/** Parameters and settings that more than one model reads, under one URL key each. */
export interface CommonState {
  /** Current α: the cursor on the error curve (n/(dL) for BSR, n/D² for AIM, n/D for SMI). */
  alpha: number;
  /** Width of the target: r/d (BSR) or r/D (AIM). */
  rho: number;
  /** Horizontal axis of the error plot. */
  axis: Axis;
  /** Right end of the plotted α range (in units of the chosen axis). */
  alphaMax: number;
  /** Extra curves on the error plot: one per value of a parameter (the papers' families). */
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
  simK: number;
  /** α values simulated in this view; opening the link runs them again (same seeds, same numbers). */
  simAlphas: string;
  /** Pinned curves of the current model (pins.ts), drawn as labelled ghosts. */
  pins: string;
}

/** The model field's choices are filled in from the registry. */
export const SHELL_FIELDS = (models: readonly string[]): Field[] => [{ kind: 'choice', key: 'model', label: 'model', choices: models, def: models[0] }];

export const SHELL_VIEW_FIELDS: readonly Field[] = [
  { kind: 'bool', key: 'present', label: 'projector mode', def: false },
  { kind: 'bool', key: 'hideControls', label: 'hide controls', def: false },
  { kind: 'choice', key: 'embed', label: 'embedded panel', choices: ['none', 'main', 'side'], def: 'none', quiet: true },
  { kind: 'choice', key: 'pane', label: 'projected panel', choices: ['main', 'side'], def: 'main', quiet: true },
  { kind: 'choice', key: 'theme', label: 'projector theme', choices: ['light', 'dark'], def: 'light', quiet: true },
];

/** At most this many sliders in the projector's strip. */
const MAX_SHOWN = 12;

/**
 * The projector strip's sliders (`show=alpha,rho`): keys of the sliders a view can have, or `none`. Keys no view
 * has are set aside with a notice; a model's view shows those of the listed keys it has.
 */
export const SHOW_FIELD = (sliderKeys: readonly string[]): Field => ({
  kind: 'text',
  key: 'show',
  label: 'projector sliders',
  def: '',
  read(raw) {
    const items = raw
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if (items.length === 1 && items[0] === 'none') return { value: 'none' };
    const keep = [...new Set(items.filter((x) => sliderKeys.includes(x)))].slice(0, MAX_SHOWN);
    const bad = items.filter((x) => !sliderKeys.includes(x));
    const value = keep.length === 0 && items.length > 0 ? '' : keep.join(',');
    return bad.length
      ? {
          value,
          notice: `ignored ${bad.map((b) => `“${b.length > 20 ? `${b.slice(0, 19)}…` : b}”`).join(', ')} (not a slider; use keys such as ${sliderKeys.slice(0, 3).join(', ')}, or none)${value === '' ? '; the view’s default sliders are shown' : ''}.`,
        }
      : { value };
  },
});

/** Playing a slider: which one (any number field's key), back and forth or round again, and one sweep's duration. */
export const PLAY_FIELDS = (sliderKeys: readonly string[]): Field[] => [
  { kind: 'choice', key: 'play', label: 'played slider', choices: ['none', ...sliderKeys], def: 'none', quiet: true },
  { kind: 'choice', key: 'playMode', label: 'play mode', choices: ['bounce', 'loop'], def: 'bounce', quiet: true },
  { kind: 'number', key: 'playSeconds', label: 'seconds per sweep', min: 2, max: 120, def: 10, scale: 'log', step: 1, quiet: true },
];

/** A lecture played over the views: written last, so the view's own settings stay readable at the front of the link. */
export const LECTURE_FIELDS: readonly Field[] = [
  { kind: 'number', key: 'step', label: 'lecture step', min: 1, max: 50, def: 1, scale: 'linear', step: 1, integer: true, quiet: true },
  { kind: 'text', key: 'lecture', label: 'lecture', def: '', read: readLectureField },
];

export const COMMON_FIELDS: readonly Field[] = [
  { kind: 'number', key: 'alpha', label: 'α', min: 0, max: 10, def: 0.3, scale: 'linear', step: 0.001 },
  { kind: 'number', key: 'rho', label: 'ρ', min: 0.001, max: 10, def: 0.5, scale: 'log', step: 0.001 },
  { kind: 'choice', key: 'axis', label: 'axis', choices: ['alpha', 'alphaTilde'], def: 'alpha' },
  { kind: 'number', key: 'alphaMax', label: 'α range', min: 0.05, max: 10, def: 1.2, scale: 'log', step: 0.01 },
  { kind: 'choice', key: 'family', label: 'family', choices: ['none', 'rho', 'beta', 'T'], def: 'none' },
  { kind: 'list', key: 'familyValues', label: 'family values', def: '' },
  { kind: 'text', key: 'pins', label: 'pinned curves', def: '', read: readPinsField },
  { kind: 'choice', key: 'simAlgo', label: 'algorithm', choices: ['amp', 'gd', 'agd', 'mnne'], def: 'amp' },
  { kind: 'number', key: 'simD', label: 'd', min: 4, max: 300, def: 60, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simSeeds', label: 'seeds', min: 1, max: 20, def: 3, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simSeed', label: 'first seed', min: 0, max: 1e6, def: 1, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simDamping', label: 'damping', min: 0, max: 0.95, def: 0.5, scale: 'linear', step: 0.05 },
  { kind: 'number', key: 'simIter', label: 'iterations', min: 1, max: 1000, def: 60, scale: 'linear', step: 1, integer: true },
  { kind: 'number', key: 'simLr', label: 'learning rate', min: 1e-4, max: 2, def: 0.1, scale: 'log', step: 0.001 },
  { kind: 'number', key: 'simSteps', label: 'steps', min: 10, max: 100000, def: 2000, scale: 'log', step: 1, integer: true },
  { kind: 'number', key: 'simK', label: 'averaged runs K', min: 1, max: 64, def: 8, scale: 'linear', step: 1, integer: true },
  { kind: 'list', key: 'simAlphas', label: 'simulated α', def: '', maxItems: 16 },
];
