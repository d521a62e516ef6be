import { findModel } from '../models/registry';
import { DEFAULT_STATE, FIELDS, MAX_FAMILY, parseList, type ExplorerState } from './schema';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Version of the link format; bump when a key changes meaning, and keep reading older ones. */
export const URL_VERSION = 1;

export interface Decoded {
  state: ExplorerState;
  /** Specific, user-facing notes on what in the link was adjusted or ignored. */
  notices: string[];
}

/** State → `v=1&model=bsr&alpha=0.3&…` (flat, readable, only what differs from the defaults is optional). */
export function encodeState(s: ExplorerState): string {
  const parts = [`v=${URL_VERSION}`];
  for (const f of FIELDS) {
    const v = (s as unknown as Record<string, unknown>)[f.key];
    if (f.kind === 'bool') {
      if (v !== f.def) parts.push(`${f.key}=${v ? 1 : 0}`);
    } else if (f.kind === 'number') {
      // Simulation settings are written only when changed, so plain theory links stay short.
      const optional = f.quiet || String(f.key).startsWith('sim') || (f.model !== undefined && s.model !== f.model);
      if (!optional || v !== f.def) parts.push(`${f.key}=${formatNumber(v as number)}`);
    } else if (f.kind === 'list') {
      if (v !== f.def) parts.push(`${f.key}=${String(v).split(',').map(encodeURIComponent).join(',')}`);
    } else if (f.kind === 'text') {
      if (v !== f.def) parts.push(`${f.key}=${encodeURIComponent(String(v))}`);
    } else if ((!f.quiet && !String(f.key).startsWith('sim') && !(f.model !== undefined && s.model !== f.model)) || v !== f.def)
      parts.push(`${f.key}=${encodeURIComponent(String(v))}`);
  }
  return parts.join('&');
}

/** Shortest decimal that reads back as the same double: links stay readable and exact. */
export function formatNumber(v: number): string {
  for (let p = 1; p <= 17; p++) {
    const s = Number(v.toPrecision(p)).toString();
    if (Number(s) === v) return s;
  }
  return String(v);
}

/**
 * Link → state. Never throws: unknown keys are ignored, bad values fall back to defaults, out-of-range
 * values are clamped, fractions of whole-number settings rounded and repeated keys resolved to their last
 * value, each with a notice naming the key and what was done; then the model's view fits what it cannot
 * show as is (α past the plot), again with a notice.
 */
export function decodeState(hash: string): Decoded {
  const notices: string[] = [];
  const state: ExplorerState = { ...DEFAULT_STATE };
  const raw = hash.replace(/^#/, '').trim();
  if (raw === '') return { state, notices };
  const params = new Map<string, string>();
  const repeats = new Map<string, string[]>();
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    } catch {
      notices.push(`Ignored a malformed part of the link: “${truncate(part)}”.`);
      continue;
    }
    if (params.has(key)) repeats.set(key, [...(repeats.get(key) ?? [params.get(key)!]), value]);
    params.set(key, value);
  }
  for (const [key, values] of repeats)
    notices.push(`${truncate(key)} appears ${values.length} times in the link (${values.map((x) => `“${truncate(x)}”`).join(', ')}); the last one is used.`);
  const v = params.get('v');
  if (v === undefined) notices.push('The link has no format version (v=…); read as version 1.');
  else if (v !== String(URL_VERSION))
    notices.push(`The link is format version ${truncate(v)}, newer or unknown; values were read as version ${URL_VERSION} where possible.`);
  // Former keys of a field are read as that field (a link made before a rename opens the same view).
  for (const f of FIELDS)
    for (const a of f.kind === 'number' ? (f.aliases ?? []) : []) {
      const old = params.get(a);
      if (old !== undefined && !params.has(f.key)) params.set(f.key, old);
      params.delete(a);
    }
  const known = new Set<string>(['v', ...FIELDS.map((f) => f.key)]);
  const unknown = [...params.keys()].filter((k) => !known.has(k));
  if (unknown.length) notices.push(`Ignored unknown link keys: ${unknown.map(truncate).join(', ')}.`);
  const writable = state as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    const rawValue = params.get(f.key);
    if (rawValue === undefined) continue;
    if (f.kind === 'number') {
      // Decimal numbers only, as on the command line: no hex, no Infinity.
      const x = DECIMAL.test(rawValue.trim()) ? Number(rawValue) : NaN;
      if (!Number.isFinite(x)) {
        notices.push(`${f.label}: “${truncate(rawValue)}” is not a number; using ${f.def}.`);
        continue;
      }
      // A value out of range is set to the nearer end; a fraction of a whole-number setting is rounded. Each says so.
      const c = Math.min(f.max, Math.max(f.min, x));
      const r = f.integer ? Math.round(c) : c;
      if (c !== x) notices.push(`${f.label} = ${truncate(rawValue)} is outside [${f.min}, ${f.max}]; set to ${r}.`);
      else if (r !== x) notices.push(`${f.label} = ${truncate(rawValue)} is not a whole number; rounded to ${r}.`);
      writable[f.key] = r;
    } else if (f.kind === 'bool') {
      if (rawValue === '1' || rawValue === 'true') writable[f.key] = true;
      else if (rawValue === '0' || rawValue === 'false') writable[f.key] = false;
      else notices.push(`${f.label}: “${truncate(rawValue)}” should be 0 or 1; using ${f.def ? 1 : 0}.`);
    } else if (f.kind === 'list') {
      const { values, bad } = parseList(rawValue, f.maxItems);
      if (bad.length)
        notices.push(`${f.label}: ignored ${bad.map(truncate).join(', ')} (values must be numbers in (0, 100], at most ${f.maxItems ?? MAX_FAMILY}).`);
      writable[f.key] = values.join(',');
    } else if (f.kind === 'text') {
      const r = f.read(rawValue);
      writable[f.key] = r.value;
      if (r.notice) notices.push(`${f.label}: ${r.notice}`);
    } else {
      if (f.choices.includes(rawValue)) writable[f.key] = rawValue;
      else notices.push(`${f.label}: “${truncate(rawValue)}” is not one of ${f.choices.join(', ')}; using ${f.def}.`);
    }
  }
  const fit = findModel(state.model)?.fitLink?.(state as unknown as Record<string, unknown>);
  if (fit) {
    Object.assign(writable, fit.patch);
    notices.push(...fit.notices);
  }
  return { state, notices };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
