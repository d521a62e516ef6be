import { brent } from '../../../numeric/brent';
import { type HardmaxVariant, hardmaxChannelMomentExact } from './hardmaxMoment';
import { hardmaxChannelMomentFromTable } from './hardmaxTable';
import { symmetricTableFor } from './softmax';

export type { HardmaxVariant } from './hardmaxMoment';

/**
 * Where the channel moment comes from: the Chebyshev table (hardmaxTable.ts, about a microsecond, within
 * 1e-12 relative of the quadrature), or the quadrature itself (hardmaxMoment.ts, 10–200 ms), kept to check the table.
 */
export type MomentRoute = 'table' | 'exact';

/** The channel moment E(q, Q0) = E[2g₁₁² + 2g₂₂² + g₁₂²] by quadrature (see hardmaxScaledMoment). */
export const hardmaxChannelMoment = hardmaxChannelMomentExact;

function momentOf(route: MomentRoute): (q: number, Q0: number, variant: HardmaxVariant) => number {
  return route === 'exact' ? hardmaxChannelMomentExact : hardmaxChannelMomentFromTable;
}

export interface HardmaxCurve {
  q: number[];
  alpha: number[];
  mmse: number[];
  /** α(q) must increase with q for the fixed point to be unique. */
  monotone: boolean;
}

/**
 * Bayes-optimal estimation error of the hardmax AIM (T = 2), parametric in the overlap:
 * q̂ = 2α·E(q) and q = Q0 − mmse_ρ(1/q̂), so for each q the denoising noise Δ solves
 * mmse_ρ(Δ) = Q0 − q and then α = 1/(2Δ·E(q)). No iteration, hence no damping to tune. E comes from the
 * table unless `route` is 'exact'. `draft`: from the draft denoising table (symmetricTableFor).
 */
export function hardmaxCurve(
  rho: number,
  points = 80,
  variant: HardmaxVariant = 'correct',
  floor = 1e-4,
  route: MomentRoute = 'table',
  draft = false,
): HardmaxCurve {
  const Q0 = 1 + rho;
  const moment = momentOf(route);
  const table = symmetricTableFor(rho, draft);
  const out: HardmaxCurve = { q: [], alpha: [], mmse: [], monotone: true };
  // The error runs from just below 1 (α → 0: only the prior mean is known) down to `floor` (large α):
  // evenly spaced down to 0.5, where the curve bends, then log-spaced because it decays like a power of α
  // (1/α² at large α, as for a noiseless sign channel).
  const top = Math.round(points / 4);
  const ms = [
    ...Array.from({ length: top }, (_, i) => 0.999 - ((0.999 - 0.5) * i) / top),
    ...Array.from({ length: points - top }, (_, i) => Math.exp(Math.log(0.5) + ((Math.log(floor) - Math.log(0.5)) * i) / (points - top - 1))),
  ];
  for (const m of ms) {
    const q = Q0 - m;
    const r = brent((l) => table.mmse(Math.exp(l)) - m, Math.log(1e-12), Math.log(1e8), { xtol: 1e-12 });
    if (!r.converged) continue;
    const delta = Math.exp(r.x);
    const alpha = 1 / (2 * delta * moment(q, Q0, variant));
    // The published variant's moment vanishes as q → Q0, so its α runs off to infinity: nothing to plot there.
    if (!(alpha < 1e6)) break;
    if (out.alpha.length && alpha <= out.alpha[out.alpha.length - 1]) out.monotone = false;
    out.q.push(q);
    out.alpha.push(alpha);
    out.mmse.push(m);
  }
  return out;
}

/** The hardmax error at given α values, read off the parametric curve (monotone interpolation in log α). */
export function hardmaxAt(curve: HardmaxCurve, alphas: number[]): number[] {
  return alphas.map((a) => {
    if (a <= 0) return 1;
    const xs = curve.alpha;
    if (a <= xs[0]) return 1 + ((curve.mmse[0] - 1) * a) / xs[0];
    if (a >= xs[xs.length - 1]) return NaN;
    let k = 1;
    while (xs[k] < a) k++;
    const t = (Math.log(a) - Math.log(xs[k - 1])) / (Math.log(xs[k]) - Math.log(xs[k - 1]));
    return Math.exp(Math.log(curve.mmse[k - 1]) + t * (Math.log(curve.mmse[k]) - Math.log(curve.mmse[k - 1])));
  });
}

/** Errors the solver resolves: below M_BOTTOM (very large α) it reports no value, above M_TOP the slope at α = 0. */
const M_BOTTOM = 1e-6;
const M_TOP = 1 - 1e-6;

/**
 * The hardmax error at one α, solved exactly: find the error m with α(m) = α, where
 * α(m) = 1/(2Δ(m)·E(Q0 − m)) and mmse_ρ(Δ(m)) = m (bracketed in ln m). The published variant gives
 * the published curve's value, for comparison. Below α(M_TOP) the error is 1 − O(α) and is given by its
 * straight line from (0, 1) (off by less than 10⁻⁶); above α(M_BOTTOM) it is below 10⁻⁶ and not resolved:
 * `outOfRange` is then set, with `alphaMax` the largest α that is.
 */
export function hardmaxSolve(
  rho: number,
  alpha: number,
  variant: HardmaxVariant = 'correct',
  route: MomentRoute = 'table',
): { mmse: number; converged: boolean; outOfRange?: boolean; alphaMax?: number } {
  if (!(alpha > 0)) return { mmse: 1, converged: alpha === 0 };
  const Q0 = 1 + rho;
  const table = symmetricTableFor(rho);
  const moment = momentOf(route);
  const alphaOf = (m: number) => {
    const r = brent((l) => table.mmse(Math.exp(l)) - m, Math.log(1e-12), Math.log(1e8), { xtol: 1e-13 });
    return 1 / (2 * Math.exp(r.x) * moment(Q0 - m, Q0, variant));
  };
  // The published variant's α(m) is infinite at small m (its moment vanishes): capped, the bracket stays usable.
  const h = (lm: number) => Math.min(Math.log(alphaOf(Math.exp(lm))), 700) - Math.log(alpha);
  const lo = Math.log(M_BOTTOM);
  const hi = Math.log(M_TOP);
  const fhi = h(hi);
  if (fhi >= 0) return { mmse: 1 - ((1 - M_TOP) * alpha) / Math.exp(fhi + Math.log(alpha)), converged: true };
  const flo = h(lo);
  if (flo <= 0) return { mmse: NaN, converged: false, outOfRange: true, alphaMax: Math.exp(flo + Math.log(alpha)) };
  const r = brent(h, lo, hi, { xtol: 1e-9, fa: flo, fb: fhi });
  return r.converged ? { mmse: Math.exp(r.x), converged: true } : { mmse: NaN, converged: false };
}

/** Weak-recovery threshold ᾱ_c = 1/(2E(0, 1)) of the ρ → 0 limit on ᾱ = α/ρ. */
export function hardmaxWeakRecovery(variant: HardmaxVariant = 'correct', route: MomentRoute = 'table'): number {
  return 1 / (2 * momentOf(route)(0, 1, variant));
}

/**
 * ρ → 0 limit of the hardmax model on ᾱ = α/ρ = n/(Dr): the prior part becomes spiked, with
 * q = (1 − t)²₊ and t = 1/(2ᾱ·E(q, Q0 = 1)); parametric in q: ᾱ(q) = 1/(2(1 − √q)·E(q, 1)), error
 * 1 − q. It starts at the weak-recovery threshold ᾱ_c = 1/(2E(0, 1)), below which the error is 1.
 */
export function hardmaxLowRankCurve(points = 48, route: MomentRoute = 'table'): { alphaBar: number[]; mmse: number[]; alphaBarWR: number } {
  const moment = momentOf(route);
  const alphaBarWR = hardmaxWeakRecovery('correct', route);
  const alphaBar = [alphaBarWR];
  const mmse = [1];
  // Near the threshold q grows from 0 like (ᾱ − ᾱ_c)²: sample √q evenly there, then the error on a log scale.
  const head = Math.round(points / 3);
  const qs = [
    ...Array.from({ length: head }, (_, i) => (((i + 1) / head) * Math.sqrt(0.7)) ** 2),
    ...Array.from({ length: points - head - 1 }, (_, i) => 1 - Math.exp(Math.log(0.3) + ((Math.log(1e-3) - Math.log(0.3)) * (i + 1)) / (points - head - 1))),
  ];
  for (const q of qs) {
    const m = 1 - q;
    alphaBar.push(1 / (2 * (1 - Math.sqrt(q)) * moment(q, 1, 'correct')));
    mmse.push(m);
  }
  return { alphaBar, mmse, alphaBarWR };
}
