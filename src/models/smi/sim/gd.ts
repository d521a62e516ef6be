import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createGaussian, deriveSeed } from '../../../numeric/random/gaussian';
import type { Outcome, RunResult } from '../../contract';
import { attention, outputOf } from '../theory/link';

/**
 * Gradient descent for the two-layer tied attention student ŵ₁, ŵ₂ on data from a teacher of the same
 * architecture (see link.ts). Objective on a batch B:
 *   L = (1/|B|) Σ_{μ∈B} ‖ŷ_μ − y_μ‖²_F + (λ/2D)(‖ŵ₁‖² + ‖ŵ₂‖²),
 * with λ set to 0 in the final annealing phase.
 * Both terms are O(1) at ‖ŵ‖² ~ D, but the loss gradient along the teacher is only O(1/√D), so the overlaps
 * move on a time scale of D/lr steps; hence a learning rate proportional to D. The SGD noise in the overlaps
 * scales like lr/|B|, hence a batch proportional to D.
 *
 * Relation to an objective Σ_{μ∈B}‖ŷ−y‖²/d under PyTorch SGD(lr_p, weight_decay λ_p): that loss is ours times
 * |B|/d, so lr = lr_p·|B|/d, and equal shrinkage per step (lr·λ/D = lr_p·λ_p) gives λ = λ_p·d²/|B|.
 * For d = 500, |B| = 200, lr_p = 15, λ_p = 0.07/d this is lr = 6 = 0.012·d, λ = 0.175.
 */

export interface GdOptions {
  D: number;
  alpha: number;
  /** skip-connection strength c of A(z) = softmax(zzᵀ) + c·I */
  skip: number;
  seed: number;
  /** number of updates */
  steps: number;
  optimizer?: 'sgd' | 'adam';
  /**
   * default: sgd 0.5·D/max(1, c²) (u grows like c, so the curvature like c²; at c = 1 twice this oscillates
   * without converging), adam 0.02 (a per-coordinate step, not D-scaled)
   */
  lr?: number;
  /**
   * λ in the objective above (default 0.01). Without it, at D = 100, α = 15 some runs park ŵ₁ at a small norm
   * that fits the training noise (train loss 0.015, test 0.03–0.06, cos₁ ≈ 0.1) and never learn layer 1 (1 of
   * 10 seeds at λ = 0, 0 of 10 at 0.01). It is dropped while annealing: kept, its bias leaves cos₁ ≈ 0.997 and
   * the test error ~1e-3 instead of cos₁ > 0.9998 and ~1e-5.
   */
  weightDecay?: number;
  /**
   * samples per update (default min(n, 2D)); mini-batches walk a reshuffled permutation each epoch. At D = 100,
   * α = 15, λ = 0.02 batches of 200 learned layer 1 in 8/8 seeds, full batches in 7/8 at 7.5× the cost per step.
   */
  batch?: number;
  /**
   * fraction of the final steps over which the learning rate decays linearly to 0 (default 0.2): at a constant
   * rate the SGD noise holds the cosines ~0.01 short of 1 and the test error at 0.005–0.04
   */
  anneal?: number;
  /** student start ŵ_ℓ ~ init·N(0, I) (default 0.9, as in the published run) */
  init?: number;
  /** record every this many steps (default ≈ steps/150) */
  recordEvery?: number;
  /** held-out samples for the test error (default 500) */
  testSamples?: number;
  /** stop as 'converged' once the full training loss falls below this (default 1e-8) */
  tol?: number;
  onIteration?: (it: GdIteration) => void;
}

export interface GdIteration {
  step: number;
  /** full training loss (1/n)Σ‖ŷ−y‖²_F, without the weight decay */
  loss: number;
  /** per layer: |ŵ_ℓ·w_ℓ|/(‖ŵ_ℓ‖‖w_ℓ‖); the sign of w_ℓ is not identifiable (z_ℓ → −z_ℓ leaves y unchanged) */
  cosine: [number, number];
  /** per layer: ‖ŵ_ℓ‖²/D */
  q: [number, number];
  /** mean ‖ŷ−y‖²_F on held-out samples */
  testError: number;
}

export interface GdResult extends RunResult<GdIteration> {
  /** number of training sequences, round(αD) */
  n: number;
  /** test error of the final student */
  testError: number;
}

/** x[(μ·2 + t)·D + i] is coordinate i of token t of sample μ; y[2μ + k] = y_μ,kk (rows sum to one). */
export interface GdData {
  D: number;
  n: number;
  x: Float64Array;
  y: Float64Array;
}

export function makeGdData(w1: Float64Array, w2: Float64Array, n: number, c: number, gauss: () => number): GdData {
  const D = w1.length;
  const x = new Float64Array(n * 2 * D);
  for (let i = 0; i < x.length; i++) x[i] = gauss();
  const y = new Float64Array(2 * n);
  const zero = new Float64Array(0);
  lossAndGradient({ D, n, x, y }, w1, w2, c, null, zero, zero, y);
  return { D, n, x, y };
}

/**
 * Mean ‖ŷ−y‖²_F over the samples in idx (all when null), accumulating its gradient w.r.t. w1, w2 into g1, g2
 * (skipped when they are empty). With `out` the predictions ŷ_μ,kk are written there instead.
 */
export function lossAndGradient(
  data: GdData,
  w1: Float64Array,
  w2: Float64Array,
  c: number,
  idx: Int32Array | null,
  g1: Float64Array,
  g2: Float64Array,
  out?: Float64Array,
): number {
  const { D, x, y } = data;
  const m = idx ? idx.length : data.n;
  const sq = Math.sqrt(D);
  const grad = g1.length > 0;
  if (grad) {
    g1.fill(0);
    g2.fill(0);
  }
  let loss = 0;
  for (let k = 0; k < m; k++) {
    const mu = idx ? idx[k] : k;
    const o0 = 2 * mu * D;
    const o1 = o0 + D;
    let p0 = 0,
      p1 = 0,
      a = 0,
      b = 0;
    for (let i = 0; i < D; i++) {
      const x0 = x[o0 + i],
        x1 = x[o1 + i];
      p0 += w1[i] * x0;
      p1 += w1[i] * x1;
      a += w2[i] * x0;
      b += w2[i] * x1;
    }
    p0 /= sq;
    p1 /= sq;
    a /= sq;
    b /= sq;
    const A = attention(p0, p1, c);
    const u0 = A[0] * a + A[1] * b;
    const u1 = A[2] * a + A[3] * b;
    const Y = outputOf([u0, u1]);
    if (out) {
      out[2 * mu] = Y[0];
      out[2 * mu + 1] = Y[3];
      continue;
    }
    // ŷ has entries t₀, 1−t₀, 1−t₁, t₁, so ‖ŷ−y‖²_F = 2(t₀−y₀₀)² + 2(t₁−y₁₁)².
    const e0 = Y[0] - y[2 * mu],
      e1 = Y[3] - y[2 * mu + 1];
    loss += 2 * (e0 * e0 + e1 * e1);
    if (!grad) continue;
    const G0 = 4 * e0 * Y[0] * (1 - Y[0]);
    const G1 = 4 * e1 * Y[3] * (1 - Y[3]);
    const gu0 = G0 * (2 * u0 - u1) - G1 * u1;
    const gu1 = -G0 * u0 + G1 * (2 * u1 - u0);
    const ga = A[0] * gu0 + A[2] * gu1;
    const gb = A[1] * gu0 + A[3] * gu1;
    const s0 = A[0] - c,
      s1 = A[3] - c;
    const H0 = gu0 * (a - b) * s0 * (1 - s0);
    const H1 = gu1 * (b - a) * s1 * (1 - s1);
    const gp0 = (H0 * (2 * p0 - p1) - H1 * p1) / sq;
    const gp1 = (-H0 * p0 + H1 * (2 * p1 - p0)) / sq;
    const gx0 = ga / sq,
      gx1 = gb / sq;
    for (let i = 0; i < D; i++) {
      const x0 = x[o0 + i],
        x1 = x[o1 + i];
      g1[i] += gp0 * x0 + gp1 * x1;
      g2[i] += gx0 * x0 + gx1 * x1;
    }
  }
  if (grad)
    for (let i = 0; i < D; i++) {
      g1[i] /= m;
      g2[i] /= m;
    }
  return loss / m;
}

export function runGd(opts: GdOptions): GdResult {
  const t0 = Date.now();
  const { D, alpha, seed, steps } = opts;
  const c = opts.skip;
  const optimizer = opts.optimizer ?? 'sgd';
  const lr = opts.lr ?? (optimizer === 'adam' ? 0.02 : (0.5 * D) / Math.max(1, c * c));
  const lambda = opts.weightDecay ?? 0.01;
  const init = opts.init ?? 0.9;
  const anneal = opts.anneal ?? 0.2;
  const nTest = opts.testSamples ?? 500;
  const tol = opts.tol ?? 1e-8;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  if (!(Number.isInteger(D) && D >= 2)) throw new RangeError(`D must be an integer ≥ 2 (got ${D})`);
  if (!(alpha > 0 && Number.isFinite(alpha))) throw new RangeError(`alpha must be a finite number > 0 (got ${alpha})`);
  if (!(c >= 0 && Number.isFinite(c))) throw new RangeError(`the skip strength c must be ≥ 0 (got ${c})`);
  if (!(Number.isInteger(steps) && steps >= 1)) throw new RangeError(`steps must be an integer ≥ 1 (got ${steps})`);
  if (optimizer !== 'sgd' && optimizer !== 'adam') throw new RangeError(`optimizer must be 'sgd' or 'adam' (got ${optimizer})`);
  if (!(lr > 0 && Number.isFinite(lr))) throw new RangeError(`lr must be a finite number > 0 (got ${lr})`);
  if (!(lambda >= 0 && Number.isFinite(lambda))) throw new RangeError(`weightDecay must be ≥ 0 (got ${lambda})`);
  if (!(anneal >= 0 && anneal <= 1)) throw new RangeError(`anneal must lie in [0, 1] (got ${anneal})`);
  if (!(init > 0 && Number.isFinite(init))) throw new RangeError(`init must be > 0 (got ${init})`);
  if (!(Number.isInteger(nTest) && nTest >= 1)) throw new RangeError(`testSamples must be an integer ≥ 1 (got ${nTest})`);
  const n = Math.max(1, Math.round(alpha * D));
  if ((n + nTest) * 2 * D > 4e7) throw new RangeError(`(n + testSamples)·2·D = ${(n + nTest) * 2 * D} exceeds the memory cap 4e7; lower D or alpha`);
  const batch = opts.batch ?? Math.min(n, 2 * D);
  if (!(Number.isInteger(batch) && batch >= 1 && batch <= n)) throw new RangeError(`batch must be an integer in [1, n = ${n}] (got ${batch})`);
  const recordEvery = opts.recordEvery ?? Math.max(1, Math.round(steps / 150));
  if (!(Number.isInteger(recordEvery) && recordEvery >= 1)) throw new RangeError(`recordEvery must be an integer ≥ 1 (got ${recordEvery})`);

  const gt = createGaussian(deriveSeed(seed, 0));
  const w = [new Float64Array(D), new Float64Array(D)];
  for (const v of w) for (let i = 0; i < D; i++) v[i] = gt();
  const train = makeGdData(w[0], w[1], n, c, gt);
  const test = makeGdData(w[0], w[1], nTest, c, gt);
  const gi = createGaussian(deriveSeed(seed, 1));
  const wh = [new Float64Array(D), new Float64Array(D)];
  for (const v of wh) for (let i = 0; i < D; i++) v[i] = init * gi();
  const rng = xoroshiro128plus(deriveSeed(seed, 2));

  const g = [new Float64Array(D), new Float64Array(D)];
  const mom = [new Float64Array(D), new Float64Array(D)];
  const vel = [new Float64Array(D), new Float64Array(D)];
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  let cursor = n;
  const nextBatch = (): Int32Array | null => {
    if (batch === n) return null;
    if (cursor + batch > n) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(uniformFloat64(rng) * (i + 1));
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      cursor = 0;
    }
    cursor += batch;
    return perm.subarray(cursor - batch, cursor);
  };

  const none = new Float64Array(0);
  const norm2 = w.map((v) => v.reduce((s, a) => s + a * a, 0));
  const iterations: GdIteration[] = [];
  const record = (step: number): GdIteration => {
    const cosine: [number, number] = [0, 0];
    const q: [number, number] = [0, 0];
    for (let l = 0; l < 2; l++) {
      let ab = 0,
        bb = 0;
      for (let i = 0; i < D; i++) {
        ab += wh[l][i] * w[l][i];
        bb += wh[l][i] * wh[l][i];
      }
      q[l] = bb / D;
      cosine[l] = bb > 0 ? Math.abs(ab) / Math.sqrt(bb * norm2[l]) : 0;
    }
    const loss = lossAndGradient(train, wh[0], wh[1], c, null, none, none);
    const testError = lossAndGradient(test, wh[0], wh[1], c, null, none, none);
    const r: GdIteration = { step, loss, cosine, q, testError };
    iterations.push(r);
    opts.onIteration?.(r);
    return r;
  };
  const done = (outcome: Outcome, message: string): GdResult => {
    const last = iterations[iterations.length - 1];
    return { outcome, message, n, iterations, testError: last ? last.testError : NaN, millis: Date.now() - t0 };
  };

  record(0);
  const b1 = 0.9,
    b2 = 0.999,
    eps = 1e-8; // Adam's usual moments
  for (let step = 1; step <= steps; step++) {
    const bl = lossAndGradient(train, wh[0], wh[1], c, nextBatch(), g[0], g[1]);
    if (!Number.isFinite(bl)) return done('diverged', `step ${step}: the batch loss is not finite`);
    const tail = steps - step + 1;
    const annealing = tail < anneal * steps;
    const rate = annealing ? (lr * tail) / (anneal * steps) : lr;
    const decay = annealing ? 0 : lambda / D;
    let qmax = 0;
    for (let l = 0; l < 2; l++) {
      const p = wh[l],
        gl = g[l],
        ml = mom[l],
        vl = vel[l];
      let qq = 0;
      for (let i = 0; i < D; i++) {
        const gi2 = gl[i] + decay * p[i];
        if (optimizer === 'sgd') p[i] -= rate * gi2;
        else {
          ml[i] = b1 * ml[i] + (1 - b1) * gi2;
          vl[i] = b2 * vl[i] + (1 - b2) * gi2 * gi2;
          p[i] -= (rate * ml[i]) / (1 - b1 ** step) / (Math.sqrt(vl[i] / (1 - b2 ** step)) + eps);
        }
        qq += p[i] * p[i];
      }
      qmax = Math.max(qmax, qq / D);
    }
    // A teacher-sized student has q ≈ 1; at q = 100 (|z| ~ 10) the softmaxes saturate and the gradient vanishes.
    if (!(qmax < 100)) return done('diverged', `step ${step}: the student norm ‖ŵ‖²/D = ${qmax.toExponential(2)} blew up; lower lr`);
    if (step % recordEvery === 0 || step === steps) {
      const r = record(step);
      if (!Number.isFinite(r.loss)) return done('diverged', `step ${step}: the training loss is not finite`);
      if (r.loss < tol) return done('converged', `training loss ${r.loss.toExponential(2)} < ${tol} after ${step} steps`);
    }
  }
  return done('max-iter', `stopped after ${steps} steps`);
}
