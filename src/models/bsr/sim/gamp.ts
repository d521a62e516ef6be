import type { Outcome, RunResult } from '../../contract';
import { denoisingMmse } from '../theory/mmse';
import { createInstance, rescaledError, type Instance } from './instance';
import { rieDenoise } from './rie';

export interface GampOptions {
  maxIter?: number;
  /** Fraction of the previous ω and V kept at each step (0 = no damping). */
  damping?: number;
  /** Stop when the change of the estimate (per entry, original units) falls below this. */
  tol?: number;
  /** Called after every iteration; return false to stop (cancellation). */
  onIteration?: (it: GampIteration) => boolean | void;
}

export interface GampIteration {
  t: number;
  /** Empirical error ‖Ŝ − S*‖²/(dL). */
  mse: number;
  /** State-evolution prediction for this iteration, started from the same initial error. */
  se: number;
  /** Effective denoising noise ζ = 1/A used at this step. */
  zeta: number;
  /** Change of the estimate since the previous iteration. */
  change: number;
}

export interface GampResult extends RunResult<GampIteration> {
  final: { mse: number; converged: boolean; diverged: boolean };
  estimate: Float64Array;
  /** Singular values of the last denoiser input (for the spectrum panel). */
  singularValues: Float64Array;
}

/**
 * Undamped GAMP-RIE diverges at small α and for β ≠ 1 at moderate d (as in the published d = 100
 * runs); 0.5 converged in every setting tried, at the price of roughly twice the iterations.
 */
export const DEFAULT_DAMPING = 0.5;

/** An error this large means the iteration has left the basin: report it, do not plot it. */
const DIVERGENCE_ERROR = 1e3;

/**
 * GAMP with the rotationally invariant denoiser (SCIENCE.md §4), canonical A = α/(Δ+V), started
 * from Ŝ = 0, V = 1 (the prior variance), g = 0. Undamped, its state evolution is
 * m_{t+1} = mmse((Δ+m_t)/α) from m_0 = E(Ŝ⁰) = 1; the damped recursion is reported alongside.
 */
export function runGamp(inst: Instance, opts: GampOptions = {}): GampResult {
  const t0 = Date.now();
  const maxIter = opts.maxIter ?? 100;
  const damping = opts.damping ?? DEFAULT_DAMPING;
  const tol = opts.tol ?? 1e-9;
  if (!(damping >= 0 && damping < 1)) throw new RangeError(`damping must lie in [0, 1) (got ${damping})`);
  const { d, L, n, tokens, y, S } = inst;
  const m = d * L;
  const alpha = inst.alpha;
  const delta = inst.spec.delta;
  const sqrtM = Math.sqrt(m);
  let Shat: Float64Array = new Float64Array(m);
  let V = 1;
  const omega = new Float64Array(n);
  const g = new Float64Array(n);
  // State evolution with the same damping of V: V_{t+1} = (1−δ)·mmse((Δ+V_t)/α) + δ·V_t, and the
  // predicted error at step t is mmse((Δ+V_t)/α). Started from V_0 = E(Ŝ⁰) = 1.
  let seV = rescaledError(Shat, S);
  const iterations: GampIteration[] = [];
  const R = new Float64Array(m);
  let outcome: Outcome = 'max-iter';
  let message = '';
  let singularValues: Float64Array = new Float64Array(0);
  for (let t = 1; t <= maxIter; t++) {
    // ω_μ = ⟨X̃_μ, Ŝ⟩ − g_μ V (Onsager term with the previous g), damped with the previous ω; then
    // g_μ = (y_μ − ω_μ)/(Δ+V) and R = Ŝ + (1/(A√(dL))) Σ_μ g_μ X̃_μ, an observation of S* with noise of
    // variance 1/A per entry. The weight c·g_μ is affine in ⟨X̃_μ, Ŝ⟩, so both sums are taken in one pass
    // over the tokens: w_μ = a·⟨X̃_μ, Ŝ⟩ + b_μ.
    const keep = t > 1 && damping > 0 ? damping : 0;
    const A = alpha / (delta + V);
    const c = 1 / (A * sqrtM);
    const cg = c / (delta + V);
    for (let mu = 0; mu < n; mu++) tokens.b[mu] = cg * (y[mu] + (1 - keep) * g[mu] * V - keep * omega[mu]);
    tokens.v.set(Shat);
    tokens.acc.set(Shat);
    tokens.fused(-cg * (1 - keep));
    const dots = tokens.dots;
    for (let mu = 0; mu < n; mu++) {
      omega[mu] = (1 - keep) * (dots[mu] - g[mu] * V) + keep * omega[mu];
      g[mu] = (y[mu] - omega[mu]) / (delta + V);
    }
    R.set(tokens.acc);
    const zeta = 1 / A;
    let den: ReturnType<typeof rieDenoise>;
    try {
      den = rieDenoise(R, d, L, inst.rho, zeta);
    } catch (e) {
      outcome = 'failed';
      message = `denoiser failed at iteration ${t}: ${e instanceof Error ? e.message : String(e)}`;
      break;
    }
    const next = den.estimate;
    singularValues = den.singularValues;
    const change = rescaledError(next, Shat);
    Shat = next;
    const mmse = denoisingMmse(inst.beta, inst.rho, zeta);
    const Vnew = mmse.mmse;
    V = damping > 0 ? (1 - damping) * Vnew + damping * V : Vnew;
    const seM = denoisingMmse(inst.beta, inst.rho, (delta + seV) / alpha).mmse;
    seV = damping > 0 ? (1 - damping) * seM + damping * seV : seM;
    const mse = rescaledError(Shat, S);
    const it = { t, mse, se: seM, zeta, change };
    if (!Number.isFinite(mse) || mse > DIVERGENCE_ERROR || !Number.isFinite(V)) {
      outcome = 'diverged';
      message = `diverged at iteration ${t} (error ${Number.isFinite(mse) ? mse.toExponential(2) : 'not finite'})`;
      break;
    }
    iterations.push(it);
    if (opts.onIteration && opts.onIteration(it) === false) {
      outcome = 'cancelled';
      break;
    }
    if (change < tol) {
      outcome = 'converged';
      break;
    }
  }
  const last = iterations[iterations.length - 1];
  return {
    iterations,
    outcome,
    message,
    final: { mse: last ? last.mse : NaN, converged: outcome === 'converged', diverged: outcome === 'diverged' },
    estimate: Shat,
    singularValues,
    millis: Date.now() - t0,
  };
}

let warmed = false;

/**
 * Runs GAMP-RIE once on a tiny instance (d = 8, three iterations; some 30 ms, once per process), so that the
 * first iteration of a real run does not also parse and compile the spectral code and the denoiser: a run
 * calls this before it draws its data, and its first iteration then takes about as long as the next ones.
 */
export function warmGamp(): void {
  if (warmed) return;
  warmed = true;
  runGamp(createInstance({ d: 8, beta: 1, rho: 0.5, delta: 0, alpha: 0.5, seed: 1 }), { maxIter: 3, tol: 0 });
}
