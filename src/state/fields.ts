/**
 * The kinds of setting a state slice is made of. Each field is a URL key with its range and default; the
 * store, the URL codec and the controls are all driven by the fields, so a new setting is one line in
 * the slice that owns it (the shell's, the shared one below, or a model's own `fields.ts`).
 */

export interface NumberField {
  kind: 'number';
  key: string;
  /** Belongs to one model's view: links of other models leave it out unless it was changed. */
  model?: string;
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
  /** Former URL keys of this field, still read from old links. */
  aliases?: readonly string[];
  /** Written into links only when it differs from `def` (a way of showing, not a setting of the science). */
  quiet?: boolean;
}

export interface BoolField {
  kind: 'bool';
  model?: string;
  key: string;
  label: string;
  def: boolean;
}

export interface ChoiceField {
  kind: 'choice';
  key: string;
  /** Belongs to one model's view: links of other models leave it out unless it was changed. */
  model?: string;
  label: string;
  choices: readonly string[];
  def: string;
  /** Written into links only when it differs from `def` (a way of showing, not a setting of the science). */
  quiet?: boolean;
}

/** A comma-separated list of positive numbers (kept as text so links stay as typed). */
export interface ListField {
  kind: 'list';
  model?: string;
  key: string;
  label: string;
  def: string;
  maxItems?: number;
}

/** Structured text (e.g. pinned curves): the field reads a link's value itself and says what it set aside. */
export interface TextField {
  kind: 'text';
  model?: string;
  key: string;
  label: string;
  def: string;
  /** The value kept from a link's text, and a notice when part of it could not be used. */
  read(raw: string): { value: string; notice?: string };
}

export type Field = NumberField | BoolField | ChoiceField | ListField | TextField;

/** At most this many family curves, each in (0, 100]. */
export const MAX_FAMILY = 8;

/** Parses a family list; invalid items are reported, not silently dropped. */
export function parseList(text: string, maxItems = MAX_FAMILY): { values: number[]; bad: string[] } {
  const values: number[] = [];
  const bad: string[] = [];
  for (const item of text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')) {
    const v = Number(item);
    if (Number.isFinite(v) && v > 0 && v <= 100 && values.length < maxItems) values.push(v);
    else bad.push(item);
  }
  return { values, bad };
}
