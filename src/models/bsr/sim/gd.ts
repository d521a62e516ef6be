import { createLowRank } from '../../../numeric/kernels/lowRank';
import { createGaussian, deriveSeed } from '../../../numeric/random/gaussian';
import type { Outcome, RunResult } from '../../contract';
import { rescaledError, type Instance } from './instance';

export interface GdOptions {
  /** Student width k (the teacher has r); k ≥ r over-parametrises. Defaults to r. */
  width?: number;
  /** 'prior': U, V ~ N(0,1); 'small': N(0, initScale²). */
  init?: 'prior' | 'small';
  initScale?: number;
  lr?: number;
  steps?: number;
  /** Stop once the training loss (mean squared residual) falls below this. */
  lossTol?: number;
  /** Record a point every this many steps (and at the last one). */
  every?: number;
  seed: number;
  onRecord?: (p: GdPoint) => boolean | void;
}

export interface GdPoint {
  step: number;
  /** Mean squared training residual, (1/n)Σ(y − ŷ)² = 4𝓛/n. */
  train: number;
  /** Excess test error ‖Ŝ − S*‖²/(dL) (noise excluded). */
  test: number;
}

/** `iterations` holds the recorded steps (every `every` steps and the last). */
export interface GdResult extends RunResult<GdPoint> {
  /** Ŝ in rescaled units (S/(dL)^{1/4}), row-major d×L. */
  estimate: Float64Array;
  final: GdPoint;
}

/**
 * Full-batch gradient descent on 𝓛(U, V) = ¼ Σ_μ (y_μ − ⟨X_μ, UVᵀ⟩/√(k·dL))², the BSR paper's loss
 * (sum over samples, learning rate 0.1 in the authors' runs). Works in the rescaled units of the
 * instance, where ŷ = ⟨X̃_μ, UVᵀ⟩/(√k (dL)^{1/4}); the step is the same as in original units.
 */
export function runGd(inst: Instance, opts: GdOptions): GdResult {
  const t0 = Date.now();
  const { d, L, n, tokens, y, S } = inst;
  const k = opts.width ?? inst.r;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`student width must be a positive integer (got ${k})`);
  const lr = opts.lr ?? 0.1;
  const steps = opts.steps ?? 1000;
  const every = Math.max(1, opts.every ?? Math.ceil(steps / 200));
  const lossTol = opts.lossTol ?? 0;
  const m = d * L;
  // Stream 1: initialisations never share random numbers with the teacher and data (stream 0).
  const g = createGaussian(deriveSeed(opts.seed, 1));
  const sigma = opts.init === 'small' ? (opts.initScale ?? 1e-4) : 1;
  // Ŝ = c·U Vᵀ and the gradients with respect to U and V are products with the factors (in WebAssembly).
  const f = createLowRank(d, L, k);
  const { A: U, B: V, S: Shat, gA: gU, gB: gV } = f;
  for (let i = 0; i < U.length; i++) U[i] = sigma * g();
  for (let i = 0; i < V.length; i++) V[i] = sigma * g();
  const c = 1 / (Math.sqrt(k) * Math.pow(m, 0.25));
  const G = tokens.acc;
  const e = tokens.w;
  for (let mu = 0; mu < n; mu++) tokens.b[mu] = -y[mu];
  const points: GdPoint[] = [];
  let outcome: Outcome = 'max-iter';
  let message = '';
  const product = () => f.product(c);
  for (let t = 0; t <= steps; t++) {
    product();
    // Residuals e_μ = ŷ_μ − y_μ and G = Σ_μ e_μ X̃_μ, in one pass over the tokens.
    G.fill(0);
    tokens.v.set(Shat);
    tokens.fused(1);
    let loss = 0;
    for (let mu = 0; mu < n; mu++) loss += e[mu] * e[mu];
    const train = loss / n;
    const last = t === steps || train < lossTol;
    if (t % every === 0 || last || !Number.isFinite(train)) {
      const p = { step: t, train, test: rescaledError(Shat, S) };
      if (!Number.isFinite(train) || p.test > 1e6) {
        outcome = 'diverged';
        message = `diverged at step ${t}`;
        break;
      }
      points.push(p);
      if (opts.onRecord && opts.onRecord(p) === false) {
        outcome = 'cancelled';
        break;
      }
    }
    if (train < lossTol) {
      outcome = 'converged';
      break;
    }
    if (t === steps) break;
    // ∇_U 𝓛 = ½ c G V, ∇_V 𝓛 = ½ c Gᵀ U.
    f.G.set(G);
    f.grad(0.5 * c);
    for (let i = 0; i < U.length; i++) U[i] -= lr * gU[i];
    for (let i = 0; i < V.length; i++) V[i] -= lr * gV[i];
  }
  product();
  const final = points[points.length - 1] ?? { step: 0, train: NaN, test: NaN };
  return { iterations: points, outcome, message, estimate: Shat.slice(), final, millis: Date.now() - t0 };
}

export interface AveragedGdResult {
  /** Error of the average of the first K runs' estimates, K = 1..runs. */
  errorVsK: number[];
  /** Each run's own final test error. */
  single: number[];
  outcomes: Outcome[];
}

/**
 * Averaged GD: several initialisations on the same data, averaging the learned products Ŝ (not U
 * and V). In the noiseless case the average approaches the Bayes-optimal error.
 */
export function runAveragedGd(inst: Instance, runs: number, opts: GdOptions, onRun?: (k: number, r: GdResult) => boolean | void): AveragedGdResult {
  const sum = new Float64Array(inst.d * inst.L);
  const avg = new Float64Array(sum.length);
  const errorVsK: number[] = [];
  const single: number[] = [];
  const outcomes: Outcome[] = [];
  for (let k = 1; k <= runs; k++) {
    const r = runGd(inst, { ...opts, seed: opts.seed + 7919 * k });
    outcomes.push(r.outcome);
    if (r.outcome === 'cancelled') break;
    single.push(r.final.test);
    for (let i = 0; i < sum.length; i++) sum[i] += r.estimate[i];
    for (let i = 0; i < sum.length; i++) avg[i] = sum[i] / k;
    errorVsK.push(rescaledError(avg, inst.S));
    if (onRun && onRun(k, r) === false) break;
  }
  return { errorVsK, single, outcomes };
}
