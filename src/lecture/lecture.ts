/**
 * A lecture: an ordered list of explorer views (links), each with a title and a short note, played like
 * slides. This module knows no model: a view is the hash of an explorer link, checked here only for form.
 *
 * Two ways to carry one: a JSON file (the format below, for download and hand editing) and a compact link
 * text (fflate's deflate, written in base64url: synchronous, small, and every character passes through a link's
 * escaping unchanged, where lz-string's URI alphabet has `+` and `$`, which the link codec would escape).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { DAMAGED_LECTURE, LINK_FORMAT, lectureTextError, short } from './linkField';

export interface LectureStep {
  title: string;
  note: string;
  /** The view's link hash, `#v=1&model=…`. */
  view: string;
}

export interface Lecture {
  title: string;
  steps: LectureStep[];
}

export type Parsed = { lecture: Lecture; error?: undefined } | { lecture?: undefined; error: string };

export const LECTURE_FORMAT = 'tokenphase-lecture';
export const LECTURE_VERSION = 1;
export const MAX_STEPS = 50;
const MAX_TITLE = 200;
const MAX_NOTE = 2000;
const MAX_VIEW = 4000;
/** Keys a step's view may not set itself: they say which lecture is open and where. */
export const LECTURE_KEYS = ['lecture', 'step'] as const;

/** The view's hash with a leading `#`, without the lecture's own keys; a full address is cut to its hash. */
export function normaliseView(view: string): string {
  const at = view.indexOf('#');
  const hash = (at >= 0 ? view.slice(at + 1) : view).trim();
  const parts = hash.split('&').filter((p) => p !== '' && !(LECTURE_KEYS as readonly string[]).includes(p.split('=')[0]));
  return `#${parts.join('&')}`;
}

/** Checks a value read from a file or a link; every problem is named with the step it is in. */
export function validateLecture(value: unknown): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'A lecture is a JSON object with a "title" and a list of "steps".' };
  const v = value as Record<string, unknown>;
  if (v.format !== undefined && v.format !== LECTURE_FORMAT) return { error: `"format" is “${short(String(v.format))}”, not “${LECTURE_FORMAT}”.` };
  if (v.version !== undefined && v.version !== LECTURE_VERSION)
    return { error: `The lecture is format version ${short(String(v.version))}; this page reads version ${LECTURE_VERSION}.` };
  if (typeof v.title !== 'string' || v.title.trim() === '') return { error: 'The lecture has no title (a "title" text).' };
  if (v.title.length > MAX_TITLE) return { error: `The lecture's title is longer than ${MAX_TITLE} characters.` };
  if (!Array.isArray(v.steps)) return { error: 'The lecture has no "steps" list.' };
  if (v.steps.length === 0) return { error: 'The lecture has no steps.' };
  if (v.steps.length > MAX_STEPS) return { error: `The lecture has ${v.steps.length} steps; at most ${MAX_STEPS} are allowed.` };
  const steps: LectureStep[] = [];
  for (const [i, s] of v.steps.entries()) {
    const where = `Step ${i + 1}`;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return { error: `${where} is not an object with "title", "note" and "view".` };
    const { title, note = '', view } = s as Record<string, unknown>;
    if (typeof title !== 'string' || title.trim() === '') return { error: `${where} has no title.` };
    if (title.length > MAX_TITLE) return { error: `${where}: the title is longer than ${MAX_TITLE} characters.` };
    if (typeof note !== 'string') return { error: `${where}: the note must be text.` };
    if (note.length > MAX_NOTE) return { error: `${where}: the note is longer than ${MAX_NOTE} characters.` };
    if (typeof view !== 'string' || !/^(?:.*#)?\s*v=\d+(?:&|$)/.test(view))
      return { error: `${where}: the view must be an explorer link (text like “#v=1&model=…”).` };
    if (view.length > MAX_VIEW || /\s/.test(view.trim())) return { error: `${where}: the view is not a link (it is too long or has spaces).` };
    steps.push({ title: title.trim(), note: note.trim(), view: normaliseView(view) });
  }
  return { lecture: { title: v.title.trim(), steps } };
}

/** A lecture file's text → the lecture, or a message saying what is wrong with it. Never throws. */
export function parseLecture(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `The file is not JSON (${short((e as Error).message, 120)}).` };
  }
  return validateLecture(value);
}

/** The lecture as a file's text (with its format and version, so a file says what it is). */
export function serializeLecture(l: Lecture): string {
  return `${JSON.stringify({ format: LECTURE_FORMAT, version: LECTURE_VERSION, title: l.title, steps: l.steps }, null, 2)}\n`;
}

/** The lecture as link text: `1` then base64url of the deflated `[title, [[title, note, view], …]]`. */
export function encodeLecture(l: Lecture): string {
  const compact = [l.title, l.steps.map((s) => [s.title, s.note, s.view.replace(/^#/, '')])];
  return LINK_FORMAT + toBase64Url(deflateSync(strToU8(JSON.stringify(compact)), { level: 9 }));
}

/** Link text → lecture, or a message. Never throws. */
export function decodeLecture(text: string): Parsed {
  const error = lectureTextError(text);
  if (error) return { error };
  let compact: unknown;
  try {
    compact = JSON.parse(strFromU8(inflateSync(fromBase64Url(text.slice(1)))));
  } catch {
    return { error: DAMAGED_LECTURE };
  }
  if (!Array.isArray(compact) || typeof compact[0] !== 'string' || !Array.isArray(compact[1]))
    return { error: 'The lecture in the link is damaged; it could not be opened.' };
  return validateLecture({
    title: compact[0],
    steps: compact[1].map((s: unknown) => (Array.isArray(s) ? { title: s[0], note: s[1], view: typeof s[2] === 'string' ? `#${s[2]}` : s[2] } : s)),
  });
}

/** The hash that opens a lecture at a step (1-based): the step's view and the lecture's keys. */
export function lectureHash(l: Lecture, step: number, encoded = encodeLecture(l)): string {
  const i = Math.min(Math.max(1, Math.round(step)), l.steps.length);
  return `${normaliseView(l.steps[i - 1].view)}&lecture=${encoded}&step=${i}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error(`not base64url: ${ch}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  return new Uint8Array(out);
}
