import { createGaussian, deriveSeed } from '../../../numeric/random/gaussian';
import { aimInstanceBytes, aimSizesOf, MAX_AIM_BYTES } from './size';
import { quadraticForms } from './tokenPasses';

export type AimChannel = 'softmax' | 'hardmax';

/** What defines a simulated attention-indexed problem; the same inputs always give the same data. */
export interface AimInstanceSpec {
  channel: AimChannel;
  /** Tokens per sequence (softmax: any T ≥ 2; hardmax: T = 2, the only case with a solved theory). */
  T: number;
  /** Token dimension. */
  D: number;
  rho: number;
  alpha: number;
  seed: number;
}

export interface AimInstance {
  spec: AimInstanceSpec;
  T: number;
  D: number;
  r: number;
  n: number;
  /** n·T·D tokens, sample-major then token-major: token a of sample μ starts at (μT + a)D. */
  x: Float64Array;
  /** n·T·T outputs, row-major per sample: the row-wise softmax (probabilities) or hardmax (one-hot) of h. */
  y: Float64Array;
  /** Teacher S̃ = WWᵀ/√(rD), row-major D×D (symmetric). */
  S: Float64Array;
  /** Effective ρ = r/D and α = n/D² after rounding to integer sizes. */
  rho: number;
  alpha: number;
}

/**
 * Independent random streams: the teacher, the tokens and every student initialisation draw from
 * different generators, so changing the sample count does not change the teacher, and runs sharing
 * a user-facing seed never reuse random numbers.
 */
export const STREAM_TEACHER = 0;
export const STREAM_TOKENS = 1;
export const initStream = (k: number): number => 2 + k;

export function validateAimSpec(spec: AimInstanceSpec): void {
  if (spec.channel !== 'softmax' && spec.channel !== 'hardmax') throw new RangeError(`channel must be softmax or hardmax (got ${String(spec.channel)})`);
  if (!Number.isInteger(spec.D) || spec.D < 2 || spec.D > 1000) throw new RangeError(`D must be an integer from 2 to 1000 (got ${spec.D})`);
  if (!Number.isInteger(spec.T) || spec.T < 2 || spec.T > 64) throw new RangeError(`T must be an integer from 2 to 64 (got ${spec.T})`);
  if (spec.channel === 'hardmax' && spec.T !== 2) throw new RangeError(`the hardmax channel is simulated for T = 2 only (got T = ${spec.T})`);
  if (!(spec.rho > 0) || !Number.isFinite(spec.rho)) throw new RangeError(`ρ must be a positive finite number (got ${spec.rho})`);
  if (!(spec.alpha > 0) || !Number.isFinite(spec.alpha)) throw new RangeError(`α must be a positive finite number (got ${spec.alpha})`);
  if (!Number.isInteger(spec.seed)) throw new RangeError(`seed must be an integer (got ${spec.seed})`);
  const bytes = aimInstanceBytes(spec);
  if (bytes > MAX_AIM_BYTES) {
    throw new RangeError(
      `this run needs about ${(bytes / 2 ** 20).toFixed(0)} MiB for the data, more than the ${(MAX_AIM_BYTES / 2 ** 20).toFixed(0)} MiB allowed; lower D or α`,
    );
  }
}

export function createInstance(spec: AimInstanceSpec): AimInstance {
  validateAimSpec(spec);
  const { T, D, r, n } = aimSizesOf(spec);
  const gw = createGaussian(deriveSeed(spec.seed, STREAM_TEACHER));
  const W = new Float64Array(D * r);
  for (let i = 0; i < W.length; i++) W[i] = gw();
  const S = gram(W, D, r, 1 / Math.sqrt(r * D));
  const gx = createGaussian(deriveSeed(spec.seed, STREAM_TOKENS));
  const x = new Float64Array(n * T * D);
  for (let i = 0; i < x.length; i++) x[i] = gx();
  const h = new Float64Array(n * T * T);
  preActivations(x, n, T, D, S, h, new Float64Array(n * T * D));
  const y = new Float64Array(n * T * T);
  if (spec.channel === 'softmax') softmaxRows(h, n * T, T, y);
  else hardmaxRows(h, n * T, T, y);
  return { spec: { ...spec }, T, D, r, n, x, y, S, rho: r / D, alpha: n / (D * D) };
}

/** c·WWᵀ for W row-major D×k. */
export function gram(W: Float64Array, D: number, k: number, c: number, out = new Float64Array(D * D)): Float64Array {
  for (let i = 0; i < D; i++)
    for (let j = i; j < D; j++) {
      let s = 0;
      const oi = i * k;
      const oj = j * k;
      for (let a = 0; a < k; a++) s += W[oi + a] * W[oj + a];
      out[i * D + j] = c * s;
      out[j * D + i] = c * s;
    }
  return out;
}

export function trace(M: Float64Array, D: number): number {
  let t = 0;
  for (let i = 0; i < D; i++) t += M[i * D + i];
  return t;
}

/** h_ab = (x_aᵀ M x_b − δ_ab Tr M)/√D for every sample, into h (n·T·T); `scratch` holds n·T·D. */
export function preActivations(x: Float64Array, n: number, T: number, D: number, M: Float64Array, h: Float64Array, scratch: Float64Array): void {
  quadraticForms(x, n, T, D, M, h, scratch);
  formsToPreActivations(n, T, D, M, h);
}

/** h ← (h − δ_ab Tr M)/√D for quadratic forms h_ab = x_aᵀ M x_b (n·T·T). */
export function formsToPreActivations(n: number, T: number, D: number, M: Float64Array, h: Float64Array): void {
  const tr = trace(M, D);
  const c = 1 / Math.sqrt(D);
  for (let mu = 0; mu < n; mu++) {
    const o = mu * T * T;
    for (let a = 0; a < T; a++) {
      for (let b = 0; b < T; b++) h[o + a * T + b] *= c;
      h[o + a * T + a] -= tr * c;
    }
  }
}

/** Row-wise softmax of `rows` rows of length T (shifted by the row maximum so exp cannot overflow). */
export function softmaxRows(h: Float64Array, rows: number, T: number, out: Float64Array): void {
  for (let i = 0; i < rows; i++) {
    const o = i * T;
    let mx = -Infinity;
    for (let b = 0; b < T; b++) mx = Math.max(mx, h[o + b]);
    let s = 0;
    for (let b = 0; b < T; b++) {
      const e = Math.exp(h[o + b] - mx);
      out[o + b] = e;
      s += e;
    }
    for (let b = 0; b < T; b++) out[o + b] /= s;
  }
}

/** One-hot of the row-wise argmax (ties, of probability zero, go to the first index). */
export function hardmaxRows(h: Float64Array, rows: number, T: number, out: Float64Array): void {
  for (let i = 0; i < rows; i++) {
    const o = i * T;
    let best = 0;
    for (let b = 1; b < T; b++) if (h[o + b] > h[o + best]) best = b;
    for (let b = 0; b < T; b++) out[o + b] = b === best ? 1 : 0;
  }
}

/** The estimation error (1/D)‖Ŝ − S̃‖²_F. */
export function aimError(estimate: ArrayLike<number>, truth: ArrayLike<number>, D: number): number {
  let s = 0;
  for (let i = 0; i < truth.length; i++) s += (estimate[i] - truth[i]) ** 2;
  return s / D;
}
