import { buildParametricTable, FULL_TABLE, type TableOptions } from '../../../numeric/spectral/parametricTable';
import { canonicalShape } from './canonical';
import { denoisingMmse } from './mmse';
import { alphaPR } from './thresholds';

/**
 * mmse(ζ) for one (β, ρ), tabulated on a log grid once so that every change of α or Δ is answered
 * from a spline: the BO curve is parametric in ζ (α = (Δ + mmse(ζ))/ζ, E = mmse(ζ)).
 * The spline is of g(ℓ) = ln(mmse/ζ) in ℓ = ln ζ, which tends to ln α_PR as ζ → 0 and to −ℓ as
 * ζ → ∞, so relative accuracy holds at both ends.
 */
export interface MmseTable {
  beta: number;
  rho: number;
  alphaPR: number;
  lnZeta: Float64Array;
  g: Float64Array;
  /** ζ values where the spectral self-check failed (excluded from the table). */
  failures: number[];
  mmse(zeta: number): number;
}

export function buildMmseTable(beta: number, rho: number, opts: TableOptions = FULL_TABLE): MmseTable {
  const c = canonicalShape(beta, rho);
  const aPR = alphaPR(c.beta, c.rho);
  const t = buildParametricTable((z) => denoisingMmse(c.beta, c.rho, z), aPR, opts);
  return { beta: c.beta, rho: c.rho, alphaPR: aPR, ...t };
}
