import { sobolNormals } from '../../../numeric/sobol';

/**
 * Randomised QMC for the state evolution's outer expectations: replicate k ≥ 1 is the Sobol' net under a
 * random digital shift drawn from k, so replicates 1…R are independent unbiased estimates and the spread of
 * anything computed from each of them (a moment, a threshold) gives the error of their mean. Replicate 0 is
 * the net with its fixed shift.
 */

/** A 30-bit integer from (k, j) by the murmur3 finaliser: the shift of dimension j in replicate k. */
function shiftBits(k: number, j: number): number {
  let h = (Math.imul(k, 0x9e3779b9) ^ Math.imul(j + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 2;
}

/** n points of `dim` standard normals under the k-th random digital shift (k ≥ 1), not kept. */
export function shiftedSobolNormals(n: number, dim: number, k: number): Float64Array {
  return sobolNormals(
    n,
    dim,
    Array.from({ length: dim }, (_, j) => shiftBits(k, j)),
  );
}

const fixed = new Map<string, Float64Array>();
const shifted = new Map<string, Float64Array>();

/** n points of `dim` standard normals (row-major), replicate k: 0 the fixed net, k ≥ 1 randomly shifted. */
export function outerSobolNormals(n: number, dim: number, k = 0): Float64Array {
  if (!(Number.isInteger(k) && k >= 0)) throw new RangeError(`the replicate must be an integer ≥ 0 (got ${k})`);
  const cache = k === 0 ? fixed : shifted;
  const key = `${n}|${dim}|${k}`;
  let p = cache.get(key);
  if (!p) {
    p = k === 0 ? sobolNormals(n, dim) : shiftedSobolNormals(n, dim, k);
    // A threshold's replicates are each used a few times in a row: keep the most recent ones only.
    if (shifted.size >= 16 && k !== 0) shifted.delete(shifted.keys().next().value as string);
    cache.set(key, p);
  }
  return p;
}

/** E‖zzᵀ − I‖²_F for z ~ N(0, s²I) in ℝ²: 2(3s⁴ − 2s² + 1) + 2s⁴, which is 6 at s² = 1. */
export function priorFourth(s2: number): number {
  return 8 * s2 * s2 - 4 * s2 + 2;
}

/** Mean and standard error (sample standard deviation over √R) of R independent replicates. */
export function meanAndError(xs: number[]): { mean: number; err: number } {
  const R = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / R;
  if (R < 2) return { mean, err: NaN };
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1);
  return { mean, err: Math.sqrt(v / R) };
}
