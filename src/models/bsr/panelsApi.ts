import { boFromTable, mmseTableFor } from './theory/curve';
import { freeEntropyCurve } from './theory/freeEntropy';
import { ridgeOptimalError } from './theory/ridge';
import { bsrSpectrum } from './theory/spectrum';
import { alphaMNNE, alphaPR } from './theory/thresholds';

/** One column of a phase diagram: E_BO (and ridge) along α at one value of the vertical parameter. */
export interface PhaseColumnRequest {
  plane: 'alpha-rho' | 'alpha-beta';
  /** β for the (α, ρ) plane, ρ for the (α, β) plane. */
  fixed: number;
  /** The vertical coordinate of this column: ρ or β. */
  y: number;
  delta: number;
  alphas: number[];
}

export interface PhaseColumn {
  bo: number[];
  ridge: number[];
  alphaPR: number;
  alphaMNNE: number;
  failed: number;
}

export function phaseColumn(req: PhaseColumnRequest): PhaseColumn {
  const beta = req.plane === 'alpha-rho' ? req.fixed : req.y;
  const rho = req.plane === 'alpha-rho' ? req.y : req.fixed;
  // Cells are colours and threshold crossings: the draft table's 10⁻⁵ is far below what a colour shows.
  const table = mmseTableFor(beta, rho, true);
  let failed = 0;
  const bo = req.alphas.map((a) => {
    const r = boFromTable(table, a, req.delta);
    if (r.status === 'failed') failed++;
    return r.error;
  });
  return { bo, ridge: req.alphas.map((a) => ridgeOptimalError(a, req.delta)), alphaPR: alphaPR(beta, rho), alphaMNNE: alphaMNNE(beta, rho), failed };
}

/** The denoising problem at the current fixed point: ζ = 1/q̂ and its singular-value density. */
export interface SpectrumResponse {
  status: 'converged' | 'perfect-recovery' | 'failed';
  zeta: number;
  error: number;
  bands: Array<{ lo: number; hi: number }>;
  s: number[];
  density: number[];
  mass: number;
}

/** The singular-value density at the fixed point (the full table: the panel waits while β or ρ is dragged). */
export function spectrumAt(req: { beta: number; rho: number; delta: number; alpha: number; points: number }): SpectrumResponse {
  const table = mmseTableFor(req.beta, req.rho);
  const fp = boFromTable(table, req.alpha, req.delta);
  if (fp.status !== 'converged' || !(fp.zeta > 0) || !Number.isFinite(fp.zeta)) {
    return { status: fp.status === 'failed' ? 'failed' : 'perfect-recovery', zeta: fp.zeta, error: fp.error, bands: [], s: [], density: [], mass: NaN };
  }
  const sp = bsrSpectrum(req.beta, req.rho, fp.zeta);
  const top = sp.bands.length ? sp.bands[sp.bands.length - 1].hi : 1;
  // A uniform grid plus the band edges themselves, so the drawn support starts and ends where it should.
  const grid = Array.from({ length: req.points }, (_, i) => (1.08 * top * i) / (req.points - 1));
  for (const b of sp.bands) grid.push(b.lo, b.hi);
  grid.sort((a, b) => a - b);
  return { status: 'converged', zeta: fp.zeta, error: fp.error, bands: sp.bands, s: grid, density: grid.map((x) => sp.density(x)), mass: sp.mass() };
}

/**
 * Free entropy Φ(q) at the current α with the fixed point q* = 1 − E_BO, on [0, 0.995] or on a window
 * [qLo, qHi] of it (a zoom near q*; qHi below 1, where Φ is not defined).
 */
export function landscape(req: { beta: number; rho: number; delta: number; alpha: number; points: number; qLo?: number; qHi?: number }) {
  const table = mmseTableFor(req.beta, req.rho);
  const p = { beta: req.beta, rho: req.rho, delta: req.delta };
  const lo = Math.max(0, req.qLo ?? 0);
  const hi = Math.min(0.9995, req.qHi ?? 0.995);
  if (!(hi > lo)) throw new RangeError(`the window of q must have qLo < qHi below 1 (got ${req.qLo}, ${req.qHi})`);
  const qs = Array.from({ length: req.points }, (_, i) => lo + ((hi - lo) * i) / (req.points - 1));
  const c = freeEntropyCurve(table, p, req.alpha, qs);
  const fp = boFromTable(table, req.alpha, req.delta);
  // Φ is defined up to a constant: shift so that its maximum on the grid is 0.
  const top = Math.max(...c.phi);
  return { q: c.q, phi: c.phi.map((v) => v - top), argmax: c.argmax, qStar: 1 - fp.error, status: fp.status };
}

/** α_PR and α_MNNE as functions of ρ for several β (the strong-recovery figure). */
export function strongCurves(req: { betas: number[]; rhos: number[] }) {
  return {
    betas: req.betas,
    rhos: req.rhos,
    alphaPR: req.betas.map((b) => req.rhos.map((r) => alphaPR(b, r))),
    alphaMNNE: req.betas.map((b) => req.rhos.map((r) => alphaMNNE(b, r))),
  };
}
