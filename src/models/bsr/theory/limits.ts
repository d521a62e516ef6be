import { brent } from '../../../numeric/brent';
import { assertNonNegative, assertPositive, canonicalShape } from './canonical';

/** A limit curve's value with how it was obtained. */
export interface LimitPoint {
  error: number;
  status: 'converged' | 'perfect-recovery' | 'no-recovery' | 'failed';
}

/**
 * Low-rank limit r = O(1) (ρ → 0 at fixed α̃ = n/(r(d+L))): the spiked-matrix (BBP) overlaps
 * q = g_a·g_b with q̂ = α̃/(Δ + 1 − q). Below the weak-recovery threshold α̃_WR = (1+Δ)√β/(1+β)
 * only q = 0 solves it (E = 1). Solved by bracketing on q, not by iteration, so it cannot cycle.
 */
export function lowRankError(alphaTilde: number, beta: number, delta: number): LimitPoint {
  assertNonNegative('α̃', alphaTilde);
  assertPositive('β', beta);
  assertNonNegative('Δ', delta);
  const b = beta >= 1 ? beta : 1 / beta;
  // 1 − g_a·g_b written without cancellation (it is the error, and tends to 0 at strong recovery):
  // 1 − g_a = ((b+1)q̂ + b)/A, 1 − g_b = (b(b+1)q̂ + b)/B with A, B the denominators of g_a, g_b.
  const oneMinusOverlap = (qhat: number) => {
    if ((b + 1) ** 2 * qhat * qhat - b <= 0) return 1;
    const c = (b + 1) * qhat;
    const ea = (c + b) / (c * c + c);
    const eb = (b * c + b) / (c * c + b * c);
    return ea + eb - ea * eb;
  };
  // In the variable m = 1 − q: h(m) = m − (1 − g_a g_b)(q̂ = α̃/(Δ + m)).
  const h = (m: number) => m - oneMinusOverlap(alphaTilde / (delta + m));
  if (alphaTilde === 0 || h(1) <= 0) return { error: 1, status: 'no-recovery' };
  const lo = delta > 0 ? 0 : 1e-15;
  if (h(lo) >= 0) return { error: 0, status: 'perfect-recovery' };
  const r = brent(h, lo, 1, { xtol: 1e-14 });
  return r.converged ? { error: r.x, status: 'converged' } : { error: NaN, status: 'failed' };
}

/** Denoising MMSE when β → ∞ (closed form). */
export function largeBetaDenoisingMmse(rho: number, zeta: number): number {
  const D = zeta;
  return D - (D / 2) * (Math.sqrt((rho * D + rho + 1) ** 2 - 4 * rho) - (rho - 1) - rho * D);
}

/**
 * β → ∞ limit at fixed α and ρ: m = mmse_∞((Δ + m)/α). Noiseless it is (1 − α)(1 − α/ρ) below
 * α = min(1, ρ) and 0 above.
 */
export function largeBetaError(alpha: number, rho: number, delta: number): LimitPoint {
  assertNonNegative('α', alpha);
  assertPositive('ρ', rho);
  assertNonNegative('Δ', delta);
  if (alpha === 0) return { error: 1, status: 'converged' };
  if (delta === 0 && alpha >= Math.min(1, rho)) return { error: 0, status: 'perfect-recovery' };
  const h = (m: number) => m - largeBetaDenoisingMmse(rho, (delta + m) / alpha);
  const lo = delta > 0 ? 0 : 1e-15;
  if (h(lo) >= 0) return { error: 0, status: 'perfect-recovery' };
  const r = brent(h, lo, 1, { xtol: 1e-14 });
  return r.converged ? { error: r.x, status: 'converged' } : { error: NaN, status: 'failed' };
}

/** Whether the large-β curve describes this problem's orientation (it needs L ≫ d or d ≫ L). */
export function largeBetaRho(beta: number, rho: number): number {
  return canonicalShape(beta, rho).rho;
}
