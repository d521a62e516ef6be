/**
 * Every setting of the explorer, composed from the slices: the shell's, the parameters several models
 * share, and each registered model's own fields (tagged with the model, so links of other models leave
 * them out unless they were changed). The store, the URL codec and the controls all read this list.
 */
import { type ExplorerState, MODELS } from '../models/registry';
import { COMMON_FIELDS, LECTURE_FIELDS, PLAY_FIELDS, SHELL_FIELDS, SHELL_VIEW_FIELDS, SHOW_FIELD } from './commonFields';
import type { Field } from './fields';

export type { ExplorerState } from '../models/registry';
export type { Axis, Family } from './commonFields';
export type { BoolField, ChoiceField, Field, ListField, NumberField } from './fields';
export { MAX_FAMILY, parseList } from './fields';

const isSim = (f: Field) => f.key.startsWith('sim');

const SLIDER_KEYS = [...new Set([...COMMON_FIELDS, ...MODELS.flatMap((m) => m.fields)].filter((f) => f.kind === 'number' && !isSim(f)).map((f) => f.key))];

/** In link order: the model, the shared parameters, each model's own, then simulation and layout settings. */
export const FIELDS: readonly Field[] = [
  ...SHELL_FIELDS(MODELS.map((m) => m.id)),
  ...COMMON_FIELDS.filter((f) => !isSim(f)),
  ...MODELS.flatMap((m) => m.fields.map((f) => ({ ...f, model: m.id }))),
  ...COMMON_FIELDS.filter(isSim),
  ...SHELL_VIEW_FIELDS,
  // Any slider of a view can be played (and shown in the projector's strip): the shared parameters and each model's own.
  ...PLAY_FIELDS(SLIDER_KEYS),
  SHOW_FIELD(SLIDER_KEYS),
  ...LECTURE_FIELDS,
];

export const DEFAULT_STATE: ExplorerState = Object.fromEntries(FIELDS.map((f) => [f.key, f.def])) as unknown as ExplorerState;

export function fieldOf(key: keyof ExplorerState): Field {
  const f = FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${String(key)}`);
  return f;
}
