import { brent } from '../../../numeric/brent';
import { channelMoments, DEFAULT_QUADRATURE, Q_MAX, type SmiQuadrature } from './channel';
import { meanAndError } from './replicates';

/**
 * Weak-recovery thresholds of the two-layer SE with their errors. Every outer expectation is the mean of R
 * randomised replicates of the Sobol' net (replicates.ts); a threshold's error is the standard error of that
 * mean, propagated through the root where there is one.
 */

/** Outer points at Q = 0, where V = 1 keeps the inner grid small. */
export const ZERO_Q_OUTER = 16384;

/**
 * The inner grid's own error is the same in every replicate, so the spread does not show it; it is removed by
 * a correction measured on one replicate with the grid GRID_CHECK times denser (the outer nodes are shared,
 * so the difference is precise). It matters at small c, where A(z₁) is nearly singular and z₂ = A⁻¹u varies
 * fast: at c = 0.1, refine 0.3 put L₂(0) 0.4% and F₂(q₂*) 0.36% low; refine 1.2 is within 1e-4 of 2.4
 * there. At c ≥ 0.5 the correction is about 1e-4 relative.
 */
export const GRID_CHECK = 4;

/** Replicates of the live computation (a skip off the shipped grid). */
export const DEFAULT_REPLICATES = 4;

export interface Thresholds {
  /** [α_c,1, α_c,2] (index ℓ − 1 = layer ℓ) */
  alphaC: [number, number];
  /** standard errors of alphaC: the spread of the replicates over √R */
  alphaCErr: [number, number];
  /** F₂₂(0) = L₂ at Q = 0; α_c,2 = 1/F₂₂(0) */
  F22: number;
  F22Err: number;
  /** F₁₁ at Q = 0: the first layer alone would need α = 1/F₁₁(0) */
  F11: number;
  /** q₂* on the last-layer branch where the first layer becomes learnable */
  q2AtAlpha1: number;
  /** L₁(q₂*) = 1/α_c,1: E‖E[z₁z₁ᵀ | y, ω₂] − I‖²_F at the threshold */
  L1AtAlpha1: number;
  converged: boolean;
  /** the grid correction included in alphaC (GRID_CHECK) */
  gridShift: [number, number];
  /** replicates × outer points per expectation (outer at q₂*; ZERO_Q_OUTER at Q = 0) */
  replicates: number;
  outer: number;
}

interface Sample {
  q2: number;
  /** per replicate: α*(q₂) = q₂/((1 − q₂)F₂) and L₁ */
  alpha: number[];
  L1: number[];
  /** log(α*L₁) of the replicates' means */
  h: number;
}

function sampleAt(c: number, q2: number, quad: SmiQuadrature, R: number): Sample {
  const alpha: number[] = [];
  const L1: number[] = [];
  let F2 = 0;
  let L = 0;
  for (let k = 1; k <= R; k++) {
    const m = channelMoments(c, 0, q2, { ...quad, replicate: k });
    if (m.failed > 0) throw new Error(`posterior without mass on the grid at c = ${c}, q₂ = ${q2}`);
    alpha.push(q2 / ((1 - q2) * m.F2));
    L1.push(m.L1);
    F2 += m.F2 / R;
    L += m.L1 / R;
  }
  return { q2, alpha, L1, h: Math.log((q2 / ((1 - q2) * F2)) * L) };
}

/**
 * L₂(0) and L₁(0) at Q = 0 (ZERO_Q_OUTER points per replicate), grid-corrected; L2Err holds the standard
 * error of L₂(0) and the grid correction that was added.
 */
export function slopesAtZero(c: number, quad: SmiQuadrature, R: number): { L2: number; L2Err: { err: number; gridShift: number }; L1: number } {
  const zero = { ...quad, outer: Math.max(quad.outer, ZERO_Q_OUTER) };
  const L2: number[] = [];
  const L1: number[] = [];
  for (let k = 1; k <= R; k++) {
    const m = channelMoments(c, 0, 0, { ...zero, replicate: k });
    L2.push(m.L2);
    L1.push(m.L1);
  }
  const fine = channelMoments(c, 0, 0, { ...zero, refine: zero.refine * GRID_CHECK, replicate: 1 });
  const m2 = meanAndError(L2);
  const shift = fine.L2 - L2[0];
  return { L2: m2.mean + shift, L2Err: { err: m2.err, gridShift: shift }, L1: meanAndError(L1).mean + fine.L1 - L1[0] };
}

/**
 * α_c,2 = 1/L₂(0), with L₂(0) = E_y‖E[z₂z₂ᵀ | y] − I‖²_F. α_c,1: on the branch Q₁₁ = 0 the first layer's
 * zero loses stability where α*(q₂)L₁(q₂) = 1. A first root on the fixed net (Brent in q₂ ∈ [0.5, Q_MAX])
 * places a narrow bracket, in which Brent finds the root of the replicates' mean. The error: each replicate's
 * own root, linearised about the common one (q*_r = q* − h_r/h′, α_r = α*_r(q*)·exp(a·(q*_r − q*)) with
 * a = d(log α*)/dq₂), whose spread gives the standard error. Both thresholds include the grid correction
 * (GRID_CHECK), which the error does not cover.
 */
export function thresholds(c: number, quad: SmiQuadrature = DEFAULT_QUADRATURE, R = DEFAULT_REPLICATES): Thresholds {
  if (!(Number.isInteger(R) && R >= 2)) throw new RangeError(`at least two replicates are needed for an error (got ${R})`);
  const { L2: L22, L2Err, L1: L11 } = slopesAtZero(c, quad, R);
  const alpha2 = 1 / L22;
  const shift2 = alpha2 - 1 / (L22 - L2Err.gridShift);
  const base = { F22: L22, F22Err: L2Err.err, F11: L11, replicates: R, outer: quad.outer };
  const fail = {
    ...base,
    alphaC: [NaN, alpha2] as [number, number],
    alphaCErr: [NaN, L2Err.err / L22 ** 2] as [number, number],
    gridShift: [NaN, shift2] as [number, number],
  };

  // First root on the fixed net with at most 1024 points: it only places the bracket.
  const coarse = { ...quad, outer: Math.min(quad.outer, 1024) };
  const h0 = (q2: number) => {
    const m = channelMoments(c, 0, q2, coarse);
    return Math.log((q2 / ((1 - q2) * m.F2)) * m.L1);
  };
  let lo = 0.5;
  let hi = 0.995;
  let flo = h0(lo);
  let fhi = h0(hi);
  // The crossing moves towards q₂ → 1 as c grows; widen once before giving up.
  if (flo * fhi > 0 && fhi < 0) {
    lo = hi;
    flo = fhi;
    hi = Q_MAX;
    fhi = h0(hi);
  }
  const r0 = brent(h0, lo, hi, { xtol: 1e-4, fa: flo, fb: fhi, maxIter: 40 });
  if (!r0.converged) return { ...fail, q2AtAlpha1: NaN, L1AtAlpha1: NaN, converged: false };

  const seen: Sample[] = [];
  const h = (q2: number) => {
    const s = sampleAt(c, q2, quad, R);
    seen.push(s);
    return s.h;
  };
  // The replicates' mean differs from the coarse estimate by a few of its standard errors: δq₂ ≈ 1e-3.
  const w = Math.min(0.004, (1 - r0.x) / 4);
  let a = Math.max(lo, r0.x - w);
  let b = Math.min(Q_MAX, r0.x + w);
  let fa = h(a);
  let fb = h(b);
  for (let widen = 0; widen < 3 && fa * fb > 0; widen++) {
    if (fa > 0) {
      b = a;
      fb = fa;
      a = Math.max(lo, a - 2 * w);
      fa = h(a);
    } else {
      a = b;
      fa = fb;
      b = Math.min(Q_MAX, b + 2 * w);
      fb = h(b);
    }
  }
  const r = brent(h, a, b, { xtol: 1e-5, fa, fb, maxIter: 30 });
  if (!r.converged) return { ...fail, q2AtAlpha1: NaN, L1AtAlpha1: NaN, converged: false };

  // The sample nearest the root, and the slopes from the nearest other one.
  seen.sort((x, y) => Math.abs(x.q2 - r.x) - Math.abs(y.q2 - r.x));
  const s = seen.find((x) => x.q2 === r.x) ?? sampleAt(c, r.x, quad, R);
  const t = seen.find((x) => Math.abs(x.q2 - s.q2) > 1e-5) as Sample;
  const mean = (xs: number[]) => xs.reduce((p, q) => p + q, 0) / xs.length;
  const dh = (s.h - t.h) / (s.q2 - t.q2);
  const da = (Math.log(mean(s.alpha)) - Math.log(mean(t.alpha))) / (s.q2 - t.q2);
  const roots = s.alpha.map((al, k) => {
    const dq = -Math.log(al * s.L1[k]) / dh;
    return al * Math.exp(da * dq);
  });
  const alpha1 = meanAndError(roots);
  // The mean of the linearised roots equals α* of the replicates' mean at the root to first order; the
  // root itself is reported, its error from the spread.
  const at = mean(s.alpha) * Math.exp(da * (-s.h / dh));
  const q0 = s.q2 - s.h / dh;
  // Grid correction at the root, on replicate 1, moved along the same linearisation.
  const fine = channelMoments(c, 0, s.q2, { ...quad, refine: quad.refine * GRID_CHECK, replicate: 1 });
  const dLogAlpha = Math.log(s.q2 / ((1 - s.q2) * fine.F2) / s.alpha[0]);
  const dq = -(dLogAlpha + Math.log(fine.L1 / s.L1[0])) / dh;
  const alpha1c = at * Math.exp(dLogAlpha + da * dq);
  return {
    ...base,
    alphaC: [alpha1c, alpha2],
    alphaCErr: [alpha1.err, L2Err.err / L22 ** 2],
    gridShift: [alpha1c - at, shift2],
    q2AtAlpha1: q0 + dq,
    L1AtAlpha1: 1 / alpha1c,
    converged: true,
  };
}
