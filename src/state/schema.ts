/**
 * Every setting of the explorer, composed from the slices: the shell's, the parameters several models
 * share, and each registered model's own fields (tagged with the model, so links of other models leave
 * them out unless they were changed). The store, the URL codec and the controls all read this list.
 */
import { type ExplorerState, MODELS } from '../models/registry';
import { COMMON_FIELDS, LECTURE_FIELDS, PLAY_FIELDS, SHELL_FIELDS, SHELL_VIEW_FIELDS } from './commonFields';
import type { Field } from './fields';

export type { ExplorerState } from '../models/registry';
export type { Axis, Family } from './commonFields';
export type { BoolField, ChoiceField, Field, ListField, NumberField } from './fields';
export { MAX_FAMILY, parseList } from './fields';

const isSim = (f: Field) => f.key.startsWith('sim');

/** In link order: the model, the shared parameters, each model's own, then simulation and layout settings. */
export const FIELDS: readonly Field[] = [
  ...SHELL_FIELDS(MODELS.map((m) => m.id)),
  ...COMMON_FIELDS.filter((f) => !isSim(f)),
  ...MODELS.flatMap((m) => m.fields.map((f) => ({ ...f, model: m.id }))),
  ...COMMON_FIELDS.filter(isSim),
  ...SHELL_VIEW_FIELDS,
  // Any slider of a view can be played: the shared parameters and each model's own.
  ...PLAY_FIELDS([...new Set([...COMMON_FIELDS, ...MODELS.flatMap((m) => m.fields)].filter((f) => f.kind === 'number' && !isSim(f)).map((f) => f.key))]),
  ...LECTURE_FIELDS,
];

export const DEFAULT_STATE: ExplorerState = Object.fromEntries(FIELDS.map((f) => [f.key, f.def])) as unknown as ExplorerState;

export function fieldOf(key: keyof ExplorerState): Field {
  const f = FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${String(key)}`);
  return f;
}
