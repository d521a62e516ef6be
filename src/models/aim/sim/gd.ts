import { createGaussian, deriveSeed } from '../../../numeric/random/gaussian';
import type { Outcome, RunResult } from '../../contract';
import { aimError, initStream, type AimInstance } from './instance';

export type Optimizer = 'adam' | 'gd';

export interface GdOptions {
  /** Student width r_s (the teacher has r); defaults to r. */
  width?: number;
  optimizer?: Optimizer;
  lr?: number;
  steps?: number;
  /** Stop once the training loss Σ‖ŷ − y‖²/D falls below this. */
  lossTol?: number;
  /** Record a point every this many steps (and at the last one). */
  every?: number;
  /** Index of the initialisation: run k draws its N(0,1) start from its own random stream. */
  init?: number;
  onRecord?: (p: GdPoint) => boolean | void;
}

export interface GdPoint {
  step: number;
  /** Training loss Σ_μ ‖ŷ_μ − y_μ‖²_F / D. */
  train: number;
  /** Estimation error (1/D)‖S − S̃‖²_F. */
  test: number;
}

export interface GdResult extends RunResult<GdPoint> {
  /** The learned S = WWᵀ/√(r_s D), row-major D×D. */
  estimate: Float64Array;
  final: GdPoint;
}

/** c·WWᵀ from Wᵀ (k×D, row-major). */
export function gramOfColumns(Wt: Float64Array, D: number, k: number, c: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let a = 0; a < k; a++) {
    const o = a * D;
    for (let i = 0; i < D; i++) {
      const wi = c * Wt[o + i];
      const oi = i * D;
      for (let l = i; l < D; l++) out[oi + l] += wi * Wt[o + l];
    }
  }
  for (let i = 0; i < D; i++) for (let l = i + 1; l < D; l++) out[l * D + i] = out[i * D + l];
  return out;
}

/** An error this large (or a non-finite loss) means the weights blew up. */
const DIVERGENCE_ERROR = 1e6;

/**
 * The loss and its gradient for the tied softmax attention student S = WWᵀ/√(r_s D):
 * h = c(UUᵀ − ‖W‖²I) with U = xW and c = 1/(D√r_s); with Γ = ∂L/∂h (the softmax Jacobian applied
 * to 2(ŷ − y)/D, row by row), ∂L/∂W = c Σ_μ [xᵀ(Γ + Γᵀ)U − 2 Tr(Γ) W]. W and its gradient are held
 * transposed (k×D, row a = column a of W). Buffers are allocated once, so a step allocates nothing.
 */
export function softmaxAimLoss(inst: AimInstance, width: number): { evaluate(W: Float64Array, grad: Float64Array | null): number } {
  const { T, D, n, x, y } = inst;
  const k = width;
  const c = 1 / (D * Math.sqrt(k));
  const U = new Float64Array(n * T * k);
  const V = new Float64Array(n * T * k);
  const yh = new Float64Array(T * T);
  const Gam = new Float64Array(T * T);
  return {
    evaluate(W, grad) {
      let w2 = 0;
      for (let i = 0; i < W.length; i++) w2 += W[i] * W[i];
      // U = xW with W held as Wᵀ (k×D), so every inner loop runs over D contiguous entries.
      const rows = n * T;
      let row = 0;
      for (; row + 2 <= rows; row += 2) {
        const o0 = row * D;
        const o1 = o0 + D;
        for (let j = 0; j < k; j++) {
          const ow = j * D;
          let s0 = 0;
          let s1 = 0;
          for (let i = 0; i < D; i++) {
            const w = W[ow + i];
            s0 += w * x[o0 + i];
            s1 += w * x[o1 + i];
          }
          U[row * k + j] = s0;
          U[(row + 1) * k + j] = s1;
        }
      }
      for (; row < rows; row++) {
        const o = row * D;
        for (let j = 0; j < k; j++) {
          const ow = j * D;
          let s = 0;
          for (let i = 0; i < D; i++) s += W[ow + i] * x[o + i];
          U[row * k + j] = s;
        }
      }
      let loss = 0;
      let trGam = 0;
      for (let mu = 0; mu < n; mu++) {
        const base = mu * T;
        const oy = mu * T * T;
        for (let a = 0; a < T; a++) {
          const oa = (base + a) * k;
          let mx = -Infinity;
          for (let b = 0; b < T; b++) {
            const ob = (base + b) * k;
            let s = 0;
            for (let j = 0; j < k; j++) s += U[oa + j] * U[ob + j];
            const h = c * (s - (a === b ? w2 : 0));
            yh[a * T + b] = h;
            if (h > mx) mx = h;
          }
          let z = 0;
          for (let b = 0; b < T; b++) {
            const e = Math.exp(yh[a * T + b] - mx);
            yh[a * T + b] = e;
            z += e;
          }
          let dot = 0;
          for (let b = 0; b < T; b++) {
            const p = yh[a * T + b] / z;
            yh[a * T + b] = p;
            const e = p - y[oy + a * T + b];
            loss += e * e;
            dot += e * p;
          }
          if (grad) for (let b = 0; b < T; b++) Gam[a * T + b] = (2 / D) * yh[a * T + b] * (yh[a * T + b] - y[oy + a * T + b] - dot);
        }
        if (!grad) continue;
        // V_a = Σ_b (Γ + Γᵀ)_ab U_b.
        for (let a = 0; a < T; a++) {
          trGam += Gam[a * T + a];
          const ov = (base + a) * k;
          for (let j = 0; j < k; j++) V[ov + j] = 0;
          for (let b = 0; b < T; b++) {
            const s = Gam[a * T + b] + Gam[b * T + a];
            const ob = (base + b) * k;
            for (let j = 0; j < k; j++) V[ov + j] += s * U[ob + j];
          }
        }
      }
      if (grad) {
        grad.fill(0);
        for (let r0 = 0; r0 < rows; r0++) {
          const ox = r0 * D;
          const ov = r0 * k;
          for (let j = 0; j < k; j++) {
            const v = V[ov + j];
            const og = j * D;
            for (let i = 0; i < D; i++) grad[og + i] += v * x[ox + i];
          }
        }
        for (let i = 0; i < grad.length; i++) grad[i] = c * (grad[i] - 2 * trGam * W[i]);
      }
      return loss / D;
    },
  };
}

/**
 * Full-batch training of the tied softmax attention student on Σ_μ‖ŷ_μ − y_μ‖²_F / D from an N(0,1)
 * initialisation (the published runs: Adam, lr 0.1, 1000 steps, no regularisation).
 */
export function runGd(inst: AimInstance, opts: GdOptions = {}): GdResult {
  if (inst.spec.channel !== 'softmax') throw new RangeError('gradient descent is implemented for the softmax channel only');
  const { D } = inst;
  const k = opts.width ?? inst.r;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`student width must be a positive integer (got ${k})`);
  const lr = opts.lr ?? 0.1;
  if (!(lr > 0) || !Number.isFinite(lr)) throw new RangeError(`learning rate must be a positive number (got ${lr})`);
  const steps = opts.steps ?? 500;
  const every = Math.max(1, opts.every ?? Math.ceil(steps / 200));
  const t0 = Date.now();
  const lossTol = opts.lossTol ?? 0;
  const optimizer = opts.optimizer ?? 'adam';
  const g = createGaussian(deriveSeed(inst.spec.seed, initStream(opts.init ?? 0)));
  // Held transposed (k×D): column a of W is row a here.
  const W = new Float64Array(k * D);
  for (let i = 0; i < W.length; i++) W[i] = g();
  const grad = new Float64Array(W.length);
  const m1 = new Float64Array(W.length);
  const m2 = new Float64Array(W.length);
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  const f = softmaxAimLoss(inst, k);
  const scale = 1 / Math.sqrt(k * D);
  const S = new Float64Array(D * D);
  const iterations: GdPoint[] = [];
  let outcome: Outcome = 'max-iter';
  let message = '';
  for (let t = 0; t <= steps; t++) {
    const train = f.evaluate(W, t < steps ? grad : null);
    const last = t === steps || train < lossTol;
    if (t % every === 0 || last || !Number.isFinite(train)) {
      const test = Number.isFinite(train) ? aimError(gramOfColumns(W, D, k, scale, S), inst.S, D) : NaN;
      if (!Number.isFinite(train) || !(test < DIVERGENCE_ERROR)) {
        outcome = 'diverged';
        message = `diverged at step ${t}`;
        break;
      }
      const p = { step: t, train, test };
      iterations.push(p);
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
    if (optimizer === 'adam') {
      const c1 = 1 / (1 - Math.pow(b1, t + 1));
      const c2 = 1 / (1 - Math.pow(b2, t + 1));
      for (let i = 0; i < W.length; i++) {
        m1[i] = b1 * m1[i] + (1 - b1) * grad[i];
        m2[i] = b2 * m2[i] + (1 - b2) * grad[i] * grad[i];
        W[i] -= (lr * m1[i] * c1) / (Math.sqrt(m2[i] * c2) + eps);
      }
    } else for (let i = 0; i < W.length; i++) W[i] -= lr * grad[i];
  }
  gramOfColumns(W, D, k, scale, S);
  const final = iterations[iterations.length - 1] ?? { step: 0, train: NaN, test: NaN };
  return { iterations, outcome, message, millis: Date.now() - t0, estimate: S, final };
}

export interface AveragedGdResult {
  /** Error of the average of the first K runs' S, K = 1..runs. */
  errorVsK: number[];
  /** Each run's own final error. */
  single: number[];
  outcomes: Outcome[];
}

/**
 * Averaged GD: several initialisations on the same data, averaging the learned S (not W, which is
 * defined only up to a rotation). A diverged run is left out of the average.
 */
export function runAveragedGd(inst: AimInstance, runs: number, opts: GdOptions, onRun?: (k: number, r: GdResult) => boolean | void): AveragedGdResult {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`the number of initialisations must be a positive integer (got ${runs})`);
  const D = inst.D;
  const sum = new Float64Array(D * D);
  const avg = new Float64Array(D * D);
  const errorVsK: number[] = [];
  const single: number[] = [];
  const outcomes: Outcome[] = [];
  let used = 0;
  for (let k = 1; k <= runs; k++) {
    const r = runGd(inst, { ...opts, init: k - 1 });
    outcomes.push(r.outcome);
    if (r.outcome === 'cancelled') break;
    single.push(r.final.test);
    if (r.outcome !== 'diverged') {
      used++;
      for (let i = 0; i < sum.length; i++) sum[i] += r.estimate[i];
    }
    for (let i = 0; i < sum.length; i++) avg[i] = sum[i] / Math.max(1, used);
    errorVsK.push(used ? aimError(avg, inst.S, D) : NaN);
    if (onRun && onRun(k, r) === false) break;
  }
  return { errorVsK, single, outcomes };
}
