/**
 * Answers computed before the page ran: the build computes the first view's requests (the home link's curve) and
 * writes them into the page beside its prerendered picture, so the page draws that view from them at once
 * instead of computing them again while its code starts. A seeded answer is what the model's API returns for that
 * exact request (the same code, run at build time), so it serves every call with that request.
 */

const seeds = new Map<string, unknown>();

/** Names one call: model, method and request, compared as JSON. The key of seeded and of primed answers (bridge.ts). */
export const callKey = (model: string, method: string, req: unknown): string => JSON.stringify([model, method, req]);

export interface Seed {
  model: string;
  method: string;
  req: unknown;
  answer: unknown;
}

export function addSeed(s: Seed): void {
  seeds.set(callKey(s.model, s.method, s.req), s.answer);
}

/** The copies handed out, so a view can say its answer was computed by the build, not by this page. */
const handedOut = new WeakSet<object>();

/** A copy of the seeded answer to this call (callers may change what they receive), or undefined. */
export function seededAnswer(model: string, method: string, req: unknown): unknown {
  if (!seeds.size) return undefined;
  const a = seeds.get(callKey(model, method, req));
  if (a === undefined) return undefined;
  const copy = structuredClone(a);
  if (typeof copy === 'object' && copy !== null) handedOut.add(copy);
  return copy;
}

/** Whether this answer came from the seeds (its timing is the build's, not this page's). */
export function fromSeed(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && handedOut.has(answer);
}

/** Whether the page was given the answer to this call (without copying it, as seededAnswer does). */
export function hasSeed(model: string, method: string, req: unknown): boolean {
  return seeds.size > 0 && seeds.has(callKey(model, method, req));
}

export function clearSeeds(): void {
  seeds.clear();
}

/*
 * JSON that keeps what a worker's answer may hold and JSON drops: NaN and ±∞ (an undefined point of a curve) and
 * typed arrays. Hand-written: 30 lines, where a structured-clone serialiser library would add a dependency to
 * the page's first script for two cases.
 */
const TYPED = { Float64Array, Float32Array, Int32Array, Uint32Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;

/** JSON text of `value` that `decodeSeeds` turns back into an equal value. */
export function encodeSeeds(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // `this[key]` is the value before toJSON; typed arrays have none but are seen as objects.
    const raw = this[key];
    if (typeof raw === 'number' && !Number.isFinite(raw)) return { $num: String(raw) };
    if (ArrayBuffer.isView(raw) && !(raw instanceof DataView)) {
      const name = raw.constructor.name as TypedName;
      if (!(name in TYPED)) throw new Error(`cannot write a ${name} into the page`);
      return { $typed: name, values: Array.from(raw as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : String(x))) };
    }
    return v;
  }).replace(/</g, '\\u003c');
}

export function decodeSeeds(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.$num === 'string' && Object.keys(o).length === 1) return Number(o.$num);
      if (typeof o.$typed === 'string' && o.$typed in TYPED && Array.isArray(o.values))
        return new TYPED[o.$typed as TypedName]((o.values as (number | string)[]).map(Number));
    }
    return v;
  });
}
