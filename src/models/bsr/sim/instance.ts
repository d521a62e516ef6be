import { createTokenStore, type TokenStore } from '../../../numeric/kernels/tokens';
import { createGaussian } from '../../../numeric/random/gaussian';
import { assertNonNegative, assertPositive } from '../theory/canonical';
import { instanceBytes, MAX_INSTANCE_BYTES, sizesOf } from './size';

/** What defines a simulated BSR problem; the same inputs always give the same data. */
export interface InstanceSpec {
  d: number;
  beta: number;
  rho: number;
  delta: number;
  alpha: number;
  seed: number;
}

/**
 * A teacher and its data in rescaled units (entries divided by (dL)^{1/4}), in which the labels
 * are plain inner products: y_μ = ⟨X̃_μ, S̃*⟩ + √Δ ξ_μ.
 */
export interface Instance {
  spec: InstanceSpec;
  d: number;
  L: number;
  r: number;
  n: number;
  /** n×d×L tokens in single precision (row μ is X̃_μ, row-major d×L), with the passes over them. */
  tokens: TokenStore;
  y: Float64Array;
  /** Teacher S̃* = U V^T/(√r (dL)^{1/4}), row-major d×L. */
  S: Float64Array;
  /** Effective β = L/d and ρ = r/d after rounding to integer sizes. */
  beta: number;
  rho: number;
  alpha: number;
}

export function validateSpec(spec: InstanceSpec): void {
  if (!Number.isInteger(spec.d) || spec.d < 2 || spec.d > 2000) throw new RangeError(`d must be an integer from 2 to 2000 (got ${spec.d})`);
  assertPositive('β', spec.beta);
  assertPositive('ρ', spec.rho);
  assertNonNegative('Δ', spec.delta);
  assertPositive('α', spec.alpha);
  if (!Number.isInteger(spec.seed)) throw new RangeError(`seed must be an integer (got ${spec.seed})`);
  const bytes = instanceBytes(spec);
  if (bytes > MAX_INSTANCE_BYTES) {
    throw new RangeError(
      `this run needs about ${(bytes / 2 ** 20).toFixed(0)} MiB for the data, more than the ${(MAX_INSTANCE_BYTES / 2 ** 20).toFixed(0)} MiB allowed; lower d or α`,
    );
  }
}

export function createInstance(spec: InstanceSpec): Instance {
  validateSpec(spec);
  const { d, L, r, n } = sizesOf(spec);
  const g = createGaussian(spec.seed);
  const U = new Float64Array(d * r);
  const V = new Float64Array(L * r);
  for (let i = 0; i < U.length; i++) U[i] = g();
  for (let i = 0; i < V.length; i++) V[i] = g();
  const scale = 1 / (Math.sqrt(r) * Math.pow(d * L, 0.25));
  const S = new Float64Array(d * L);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < L; j++) {
      let s = 0;
      for (let k = 0; k < r; k++) s += U[i * r + k] * V[j * r + k];
      S[i * L + j] = s * scale;
    }
  const m = d * L;
  const xs = Math.pow(m, -0.25);
  const tokens = createTokenStore(n, m);
  const row = new Float32Array(m);
  const y = new Float64Array(n);
  const noise = Math.sqrt(spec.delta);
  for (let mu = 0; mu < n; mu++) {
    let dot = 0;
    for (let k = 0; k < m; k++) {
      const v = Math.fround(g() * xs);
      row[k] = v;
      dot += v * S[k];
    }
    tokens.setRow(mu, row);
    y[mu] = dot + (noise > 0 ? noise * g() : 0);
  }
  return { spec: { ...spec }, d, L, r, n, tokens, y, S, beta: L / d, rho: r / d, alpha: n / (d * L) };
}

/** Per-entry error in original units of an estimate given in rescaled units. */
export function rescaledError(estimate: ArrayLike<number>, truth: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < truth.length; i++) s += (estimate[i] - truth[i]) ** 2;
  return s / Math.sqrt(truth.length);
}
