import { assertPositive, canonicalShape } from './canonical';
import { BsrSpectrum, DEFAULT_REL_TOL } from './spectrum';

/** Denoising MMSE together with the self-checks that make a silent failure visible. */
export interface MmseResult {
  mmse: number;
  /** Total mass of the density found; differs from 1 when the support or the branch was missed. */
  mass: number;
  ok: boolean;
}

/** Mass defect above which a spectral evaluation is reported as failed rather than used. */
export const MASS_TOLERANCE = 1e-6;

/**
 * Per-entry MMSE of denoising Y = S + √ζ Z with S = UVᵀ/√r (rank ρd, d×L, β = L/d), the
 * rectangular-RIE formula of SCIENCE.md §2 evaluated on the exact support.
 */
export function denoisingMmse(beta: number, rho: number, zeta: number, relTol = DEFAULT_REL_TOL): MmseResult {
  assertPositive('β', beta);
  assertPositive('ρ', rho);
  assertPositive('ζ', zeta);
  const c = canonicalShape(beta, rho);
  const sp = new BsrSpectrum(c.beta, c.rho, zeta);
  return mmseFromSpectrum(sp, relTol);
}

export function mmseFromSpectrum(sp: BsrSpectrum, relTol = DEFAULT_REL_TOL): MmseResult {
  const { beta, zeta } = sp;
  const b1 = (beta - 1) * (beta - 1);
  const { x, w, mu, converged } = sp.quadrature(relTol);
  let mass = 0;
  let inv2 = 0;
  let cube = 0;
  for (let i = 0; i < x.length; i++) {
    const m = mu[i];
    mass += w[i] * m;
    inv2 += (w[i] * m) / (x[i] * x[i]);
    cube += w[i] * m * m * m;
  }
  mass *= 2;
  // Integrals over ℝ of the even density are twice those over the positive support.
  const bracket = b1 * 2 * inv2 + ((4 * Math.PI * Math.PI) / 3) * 2 * cube;
  const mmse = zeta - (zeta * zeta * bracket) / Math.pow(beta, 1.5);
  const ok = converged && Number.isFinite(mmse) && Math.abs(mass - 1) < MASS_TOLERANCE;
  return { mmse, mass, ok };
}
