import { brent } from '../../../numeric/brent';
import { rootBeyondTable, TABLE_LN_MAX } from '../../../numeric/spectral/parametricTable';
import { assertNonNegative, assertPositive, canonicalShape } from './canonical';
import { denoisingMmse } from './mmse';
import { alphaPR } from './thresholds';

export type FixedPointStatus = 'converged' | 'perfect-recovery' | 'failed';

/** Bayes-optimal fixed point at one α, with what is needed to trust (or distrust) it. */
export interface FixedPoint {
  /** E_BO = 1 − q (excess error, noise excluded); NaN when failed. */
  error: number;
  q: number;
  qhat: number;
  /** Effective denoising noise ζ = 1/q̂. */
  zeta: number;
  status: FixedPointStatus;
  message?: string;
  evaluations: number;
}

export interface BsrParams {
  beta: number;
  rho: number;
  delta: number;
}

export function assertBsrParams(p: BsrParams): void {
  assertPositive('β', p.beta);
  assertPositive('ρ', p.rho);
  assertNonNegative('Δ', p.delta);
}

/** Smallest effective noise the spectral code is asked about; below it E ≈ α_PR·ζ is negligible. */
const ZETA_FLOOR = 1e-13;

/**
 * Solves q̂ = α/(Δ + 1 − q), q = 1 − mmse(1/q̂) as one equation in ℓ = ln ζ:
 * h(ℓ) = α·e^ℓ − Δ − mmse(e^ℓ) = 0, bracketed, so it cannot wander off or oscillate.
 */
export function solveFixedPoint(p: BsrParams, alpha: number): FixedPoint {
  assertBsrParams(p);
  assertNonNegative('α', alpha);
  const { beta, rho } = canonicalShape(p.beta, p.rho);
  const { delta } = p;
  if (alpha === 0) return { error: 1, q: 0, qhat: 0, zeta: Infinity, status: 'converged', evaluations: 0 };
  if (delta === 0 && alpha >= alphaPR(beta, rho)) {
    return { error: 0, q: 1, qhat: Infinity, zeta: 0, status: 'perfect-recovery', evaluations: 0 };
  }
  // Effective noise above 10⁶ (α ≲ 10⁻⁶): mmse = 1 − 1/ζ to 10⁻¹² there, so the closed form is exact enough.
  const far = rootBeyondTable({ lnZeta: Float64Array.of(TABLE_LN_MAX) }, alpha, delta);
  if (far) return { error: far.mmse, q: 1 - far.mmse, qhat: 1 / far.zeta, zeta: far.zeta, status: 'converged', evaluations: 0 };
  let evaluations = 0;
  let failure: string | undefined;
  const h = (l: number) => {
    const z = Math.exp(l);
    const r = denoisingMmse(beta, rho, z);
    evaluations++;
    if (!r.ok) {
      failure = `spectral density check failed at ζ = ${z.toPrecision(4)} (mass ${r.mass.toPrecision(8)})`;
      return NaN;
    }
    return alpha * z - delta - r.mmse;
  };
  const hi = Math.log((1 + delta) / alpha);
  // A noise so small that Δ/α is below the floor starts where the noiseless case does.
  let lo = delta > 0 && delta / alpha > ZETA_FLOOR ? Math.log(delta / alpha) : hi - Math.LN10;
  let hlo = h(lo);
  // Noiseless below α_PR: h ≈ (α − α_PR)ζ < 0 for small ζ; walk down until the sign changes.
  while (hlo >= 0 && lo > Math.log(ZETA_FLOOR)) {
    lo -= 2 * Math.LN10;
    hlo = h(lo);
  }
  if (failure) return failed(failure, evaluations);
  if (hlo >= 0) {
    return { error: 0, q: 1, qhat: 1 / ZETA_FLOOR, zeta: ZETA_FLOOR, status: 'converged', evaluations, message: 'error below 1e-12' };
  }
  const r = brent(h, lo, hi, { xtol: 1e-13, fa: hlo });
  if (failure) return failed(failure, evaluations);
  if (!r.converged) return failed('no sign change of the fixed-point equation was found', evaluations);
  const zeta = Math.exp(r.x);
  const error = alpha * zeta - delta;
  return { error, q: 1 - error, qhat: 1 / zeta, zeta, status: 'converged', evaluations };
}

function failed(message: string, evaluations: number): FixedPoint {
  return { error: NaN, q: NaN, qhat: NaN, zeta: NaN, status: 'failed', message, evaluations };
}

/** One trajectory of the state evolution m_{t+1} = mmse((Δ + m_t)/α), the GAMP-RIE prediction. */
export function stateEvolution(p: BsrParams, alpha: number, m0: number, steps: number): number[] {
  assertBsrParams(p);
  assertPositive('α', alpha);
  const { beta, rho } = canonicalShape(p.beta, p.rho);
  const out = [m0];
  let m = m0;
  for (let t = 0; t < steps; t++) {
    const z = (p.delta + m) / alpha;
    m = z > 0 ? denoisingMmse(beta, rho, z).mmse : 0;
    out.push(m);
  }
  return out;
}
