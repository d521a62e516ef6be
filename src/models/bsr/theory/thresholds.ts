import { brent } from '../../../numeric/brent';
import { integrateBand } from '../../../numeric/gaussLegendre';
import { assertNonNegative, assertPositive, canonicalShape } from './canonical';

/**
 * Perfect-recovery threshold of the Bayes-optimal estimator (noiseless): the number of degrees of
 * freedom of a rank-r d×L matrix per entry, α_PR = r(d+L−r)/(dL), and 1 once r ≥ min(d, L).
 */
export function alphaPR(beta: number, rho: number): number {
  assertPositive('β', beta);
  assertPositive('ρ', rho);
  const c = canonicalShape(beta, rho);
  return c.rho >= 1 ? 1 : (c.rho * (1 + c.beta - c.rho)) / c.beta;
}

/** α̃ = n/(r(d+L)) = αβ/(ρ(1+β)), the natural axis when the rank is small. */
export function toAlphaTilde(alpha: number, beta: number, rho: number): number {
  return (alpha * beta) / (rho * (1 + beta));
}

export function fromAlphaTilde(alphaTilde: number, beta: number, rho: number): number {
  return (alphaTilde * rho * (1 + beta)) / beta;
}

/** Weak-recovery threshold of the low-rank (r = O(1)) limit on the α̃ axis. */
export function alphaTildeWR(beta: number, delta: number): number {
  assertPositive('β', beta);
  assertNonNegative('Δ', delta);
  return ((1 + delta) * Math.sqrt(beta)) / (1 + beta);
}

/**
 * Phase transition of minimal nuclear-norm estimation (Donoho–Gavish–Montanari): the minimax MSE
 * of singular-value soft thresholding, with Marchenko–Pastur partial moments P_k.
 */
export function alphaMNNE(beta: number, rho: number): number {
  assertPositive('β', beta);
  assertPositive('ρ', rho);
  const c = canonicalShape(beta, rho);
  const r = c.rho;
  if (r >= 1) return 1;
  const b = 1 / c.beta;
  const gamma = (b * (1 - r)) / (1 - r * b);
  const gp = (1 + Math.sqrt(gamma)) ** 2;
  const gm = (1 - Math.sqrt(gamma)) ** 2;
  const P = (k: number, x: number) => {
    const lo = Math.max(x, gm);
    if (lo >= gp) return 0;
    const f = (t: number) => Math.pow(t, k - 1) * Math.sqrt(Math.max(0, (gp - t) * (t - gm)));
    return integrateBand(f, lo, gp, 96) / (2 * Math.PI * gamma);
  };
  const eq = (l: number) => P(0.5, l * l) - l * P(0, l * l) - (l * r) / (1 - r);
  const root = brent(eq, 1e-12, Math.sqrt(gp) * (1 - 1e-12), { xtol: 1e-14 });
  if (!root.converged) throw new Error(`the MNNE threshold equation has no root for β = ${beta}, ρ = ${rho}`);
  const l = root.x;
  const l2 = l * l;
  return r + b * r - b * r * r + (1 - r * b) * (r * l2 + (1 - r) * (P(1, l2) - 2 * l * P(0.5, l2) + l2 * P(0, l2)));
}
