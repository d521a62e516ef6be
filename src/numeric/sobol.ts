/**
 * Deterministic outer nodes for the state evolution: a digitally shifted Sobol' net in up to 12
 * dimensions, mapped to standard normals. Fixed nodes make F(q₁, q₂) a smooth function of the
 * overlaps, so roots in q can be found by Brent instead of by noisy damped iteration.
 */

// Joe–Kuo direction numbers (dimensions 2–12): degree s, coefficient a, initial m₁…m_s.
const JOE_KUO: Array<[number, number, number[]]> = [
  [1, 0, [1]],
  [2, 1, [1, 3]],
  [3, 1, [1, 3, 1]],
  [3, 2, [1, 1, 1]],
  [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]],
  [5, 2, [1, 1, 5, 5, 17]],
  [5, 4, [1, 1, 5, 5, 5]],
  [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]],
  [5, 13, [1, 1, 1, 3, 11]],
];
const BITS = 30;
export const MAX_DIM = JOE_KUO.length + 1;

function directions(dim: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dim === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 1 << (BITS - 1 - k);
    return v;
  }
  const [s, a, m0] = JOE_KUO[dim - 1];
  const m = new Array<number>(BITS);
  for (let k = 0; k < BITS; k++) {
    if (k < s) m[k] = m0[k];
    else {
      let x = m[k - s] ^ (m[k - s] << s);
      for (let j = 1; j < s; j++) if ((a >> (s - 1 - j)) & 1) x ^= m[k - j] << j;
      m[k] = x;
    }
    v[k] = m[k] << (BITS - 1 - k);
  }
  return v;
}

// Acklam's coefficients, at module level: written inside normalQuantile they were four arrays allocated per call,
// most of the cost of drawing an inner net per outer point (channel3.ts).
const QA = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const QB = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const QC = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const QD = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Acklam's rational approximation of Φ⁻¹ (relative error below 1.2e-9 on (0, 1)). */
export function normalQuantile(p: number): number {
  const a = QA;
  const b = QB;
  const c = QC;
  const d = QD;
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * n points (a power of two gives a full net) of `dim` standard normals, row-major in one array.
 * The fixed digital shift keeps every point off 0 and 1, where Φ⁻¹ is infinite. A caller's `shift` (one
 * 30-bit integer per dimension, drawn uniformly) replaces it: independent random shifts give independent
 * unbiased replicates of a QMC average, whose spread estimates its error.
 */
export function sobolNormals(n: number, dim: number, shift?: ArrayLike<number>): Float64Array {
  if (dim > MAX_DIM) throw new RangeError(`at most ${MAX_DIM} dimensions`);
  const out = new Float64Array(n * dim);
  const v = Array.from({ length: dim }, (_, j) => directions(j));
  // Fixed shifts (digits of the golden ratio and friends), common to every call.
  const shifts = shift ?? [
    0x1e3779b9, 0x0f4a7c15, 0x2bf58476, 0x14d049bb, 0x2545f491, 0x1b873593, 0x0cc9e2d5, 0x37a1c9f3, 0x165667b1, 0x27d4eb2f, 0x3c6ef372, 0x0a54ff53,
  ];
  const x = new Uint32Array(dim);
  const scale = 1 / 2 ** BITS;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      let k = 0;
      let g = i - 1;
      while (g & 1) {
        g >>= 1;
        k++;
      }
      for (let j = 0; j < dim; j++) x[j] ^= v[j][k];
    }
    for (let j = 0; j < dim; j++) {
      const bits = (x[j] ^ (shifts[j] & ((1 << BITS) - 1))) >>> 0;
      out[i * dim + j] = normalQuantile((bits + 0.5) * scale);
    }
  }
  return out;
}

const cache = new Map<string, Float64Array>();
/** `sobolNormals`, kept: the state evolution reuses the same fixed nodes on every call. */
export function cachedSobolNormals(n: number, dim: number): Float64Array {
  const key = `${n}|${dim}`;
  let p = cache.get(key);
  if (!p) {
    p = sobolNormals(n, dim);
    cache.set(key, p);
  }
  return p;
}
