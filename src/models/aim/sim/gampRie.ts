import type { Outcome, RunResult } from '../../contract';
import { hardmaxChannelMoment } from '../theory/hardmax';
import { softmaxFactor, symmetricTableFor } from '../theory/softmax';
import { hardmaxChannel, softmaxChannel, type OutputChannel } from './channels';
import { aimError, formsToPreActivations, type AimInstance } from './instance';
import { symmetricRie } from './rie';
import { createTokenPasses } from './tokenPasses';

export interface GampOptions {
  maxIter?: number;
  /** Fraction of the previous ω and m kept at each step (0 = no damping). */
  damping?: number;
  /** Stop when the change (1/D)‖Ŝ_t − Ŝ_{t−1}‖² falls below this. */
  tol?: number;
  /** Called after every iteration; return false to stop (cancellation). */
  onIteration?: (it: GampIteration) => boolean | void;
}

export interface GampIteration {
  t: number;
  /** Empirical error (1/D)‖Ŝ − S̃‖² of the denoiser output at this step. */
  mse: number;
  /** State-evolution prediction for this step, run with the same damping from the same m₀ = 1. */
  se: number;
  /** Effective denoising noise Δ, from the empirical channel moment. */
  delta: number;
  /** Change of the estimate since the previous iteration. */
  change: number;
}

export interface GampResult extends RunResult<GampIteration> {
  final: { mse: number; converged: boolean; diverged: boolean };
  /** The last denoiser output, row-major D×D. */
  estimate: Float64Array;
  /** Eigenvalues of the last denoiser input (for the spectrum panel). */
  eigenvalues: Float64Array;
}

/**
 * Damping 0.5 of ω and m. Damping Ŝ instead (with the same m) lets m fall faster than the actual
 * error at D ≈ 80: the step Δ·g then shrinks to nothing and softmax runs below α_PR freeze at
 * about twice the Bayes error (α = 0.15: 0.23–0.35 against 0.128); damping ω reaches 0.13–0.14.
 */
export const DEFAULT_DAMPING = 0.5;

/** An error this large means the iteration has left the basin: report it, do not plot it. */
const DIVERGENCE_ERROR = 1e3;

/**
 * Below this Δ the estimate is exact to the last digits (softmax above α_PR): stop, rather than
 * ask the spectral code for a spectrum collapsed onto the atoms of the prior.
 */
const PERFECT_DELTA = 1e-10;

/**
 * State evolution of the algorithm: from the channel variance V_t, the denoising noise is
 * Δ_t = V_t/((T²+T−2)α) (softmax) or 1/(2α·E(Q0 − V_t)) (hardmax, T = 2), the predicted error is
 * mmse_ρ(Δ_t), and V_{t+1} is that error damped like m.
 */
export function stateEvolution(channel: 'softmax' | 'hardmax', T: number, rho: number, alpha: number): (V: number) => { delta: number; mmse: number } {
  const table = symmetricTableFor(rho);
  const Q0 = 1 + rho;
  if (channel === 'softmax') {
    const k = softmaxFactor(T);
    return (V) => {
      const delta = V / (k * alpha);
      return { delta, mmse: table.mmse(delta) };
    };
  }
  return (V) => {
    const delta = 1 / (2 * alpha * hardmaxChannelMoment(Math.max(0, Q0 - V), Q0));
    return { delta, mmse: table.mmse(delta) };
  };
}

/**
 * GAMP-RIE for the attention-indexed model (sensing Φ_ab = ½(x_a x_bᵀ + x_b x_aᵀ) − δ_ab I, so that
 * h_ab = Tr(Φ_ab S̃)/√D), started from the prior mean Ŝ = √ρ I with m = Q0 − ρ = 1 and g = 0:
 *   ω = Tr(Φ Ŝ)/√D − m(1+δ_ab)g_prev,  g = g_out(y, ω, m),
 *   Δ = 1/(2α·mean[2Σg_aa² + Σ_{a<b}g_ab²]),  R = Ŝ + (2Δ/D^{3/2})Σ_μΣ_{a≤b} g_ab Φ_ab,
 *   Ŝ ← f_RIE(R; Δ, ρ),  m ← mmse_ρ(Δ)   (ω and m damped).
 */
export function runGamp(inst: AimInstance, opts: GampOptions = {}): GampResult {
  const t0 = Date.now();
  const maxIter = opts.maxIter ?? 100;
  const damping = opts.damping ?? DEFAULT_DAMPING;
  const tol = opts.tol ?? 1e-9;
  if (!(damping >= 0 && damping < 1)) throw new RangeError(`damping must lie in [0, 1) (got ${damping})`);
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new RangeError(`the iteration budget must be a positive integer (got ${maxIter})`);
  const { T, D, n, x, y, S, rho, alpha } = inst;
  const channel: OutputChannel & { underflows?: number } = inst.spec.channel === 'softmax' ? softmaxChannel(y, n, T) : hardmaxChannel(y, n);
  const table = symmetricTableFor(rho);
  const se = stateEvolution(inst.spec.channel, T, rho, alpha);
  const TT = T * T;
  let Shat: Float64Array = new Float64Array(D * D);
  for (let i = 0; i < D; i++) Shat[i * D + i] = Math.sqrt(rho);
  let estimate: Float64Array = Shat.slice();
  let m = 1;
  let seV = 1;
  const omega = new Float64Array(n * TT);
  const g = new Float64Array(n * TT);
  const Gsym = new Float64Array(n * TT);
  const passes = createTokenPasses(x, n, T, D);
  const R = new Float64Array(D * D);
  const iterations: GampIteration[] = [];
  let outcome: Outcome = 'max-iter';
  let message = '';
  let eigenvalues: Float64Array = new Float64Array(0);
  const sqrtD = Math.sqrt(D);
  const prevOmega = new Float64Array(n * TT);
  for (let t = 1; t <= maxIter; t++) {
    passes.forms(Shat, omega);
    formsToPreActivations(n, T, D, Shat, omega);
    // Onsager term with the previous g (zero at the first step).
    for (let mu = 0; mu < n; mu++) {
      const o = mu * TT;
      for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) omega[o + a * T + b] -= m * (a === b ? 2 : 1) * g[o + a * T + b];
    }
    if (t > 1 && damping > 0) for (let i = 0; i < omega.length; i++) omega[i] = (1 - damping) * omega[i] + damping * prevOmega[i];
    prevOmega.set(omega);
    const moment = channel.gOut(omega, m, g) / n;
    const delta = 1 / (2 * alpha * moment);
    if (!Number.isFinite(delta) || !(delta > 0)) {
      outcome = 'diverged';
      message = `diverged at iteration ${t} (channel moment ${Number.isFinite(moment) ? moment.toExponential(2) : 'not finite'})`;
      break;
    }
    // Σ_{a≤b} g_ab Φ_ab = Σ_ab G_ab x_a x_bᵀ − (Σ_a g_aa) I with G = g on the diagonal, g/2 off it.
    let diag = 0;
    for (let mu = 0; mu < n; mu++) {
      const o = mu * TT;
      for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) Gsym[o + a * T + b] = a === b ? g[o + a * T + b] : 0.5 * g[o + a * T + b];
      for (let a = 0; a < T; a++) diag += g[o + a * T + a];
    }
    R.fill(0);
    passes.accumulate(Gsym, R);
    const c = (2 * delta) / (D * sqrtD);
    for (let i = 0; i < D * D; i++) R[i] = Shat[i] + c * R[i];
    for (let i = 0; i < D; i++) R[i * D + i] -= c * diag;
    let den: ReturnType<typeof symmetricRie>;
    try {
      den = symmetricRie(R, D, rho, Math.max(delta, PERFECT_DELTA));
    } catch (e) {
      outcome = 'failed';
      message = `denoiser failed at iteration ${t}: ${e instanceof Error ? e.message : String(e)}`;
      break;
    }
    eigenvalues = den.eigenvalues;
    const change = aimError(den.estimate, estimate, D);
    estimate = den.estimate;
    const mse = aimError(estimate, S, D);
    if (!Number.isFinite(mse) || mse > DIVERGENCE_ERROR) {
      outcome = 'diverged';
      message = `diverged at iteration ${t} (error ${Number.isFinite(mse) ? mse.toExponential(2) : 'not finite'})`;
      break;
    }
    const mNew = table.mmse(delta);
    m = damping > 0 ? (1 - damping) * mNew + damping * m : mNew;
    Shat = estimate;
    const pred = se(seV);
    seV = damping > 0 ? (1 - damping) * pred.mmse + damping * seV : pred.mmse;
    const it = { t, mse, se: pred.mmse, delta, change };
    iterations.push(it);
    if (opts.onIteration && opts.onIteration(it) === false) {
      outcome = 'cancelled';
      break;
    }
    if (delta < PERFECT_DELTA) {
      outcome = 'converged';
      message = `reached perfect recovery (Δ = ${delta.toExponential(1)}) at iteration ${t}`;
      break;
    }
    if (change < tol) {
      outcome = 'converged';
      break;
    }
  }
  if (channel.underflows) message = `${message ? message + '; ' : ''}${channel.underflows} samples outside floating-point range at the last step`;
  const last = iterations[iterations.length - 1];
  return {
    iterations,
    outcome,
    message,
    millis: Date.now() - t0,
    final: { mse: last ? last.mse : NaN, converged: outcome === 'converged', diverged: outcome === 'diverged' },
    estimate,
    eigenvalues,
  };
}
