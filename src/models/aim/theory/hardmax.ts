import { brent } from '../../../numeric/brent';
import { bivariateNormalCdf, gaussHermiteProb, normalCdf, normalPdf } from '../../../numeric/normal';
import { symmetricTableFor } from './softmax';

/** Below this Φ₂ a sign pattern has no weight (its term underflows and would only add noise). */
const TINY = 1e-280;
const GH = 48;

/**
 * Hardmax channel, T = 2: E[2g₁₁² + 2g₂₂² + g₁₂²] over ω ~ N(0, q·GOE) and the two output signs, with
 * the correct output function (∂Φ₂/∂κ = φ(κ₁)Φ((κ₂ − ϱκ₁)/√(1−ϱ²)), not the joint density φ₂).
 * Only the differences (a, b) = (ω₁₁ − ω₁₂, ω₂₂ − ω₁₂) ~ N(0, q[[3,1],[1,3]]) matter.
 */
export type HardmaxVariant = 'correct' | 'published';

/** Joint density φ₂(κ₁, κ₂; ϱ) of two standard normals with correlation ϱ. */
function bivariateNormalPdf(k1: number, k2: number, varrho: number): number {
  const c = 1 - varrho * varrho;
  return Math.exp(-(k1 * k1 - 2 * varrho * k1 * k2 + k2 * k2) / (2 * c)) / (2 * Math.PI * Math.sqrt(c));
}

/**
 * `variant = 'published'` reproduces the published hardmax curves, whose output function puts the
 * joint density φ₂(κ₁, κ₂; ϱ) where ∂Φ₂/∂κ belongs: kept only to draw those curves for comparison.
 */
export function hardmaxChannelMoment(q: number, Q0: number, variant: HardmaxVariant = 'correct'): number {
  const V = Q0 - q;
  if (!(V > 0)) throw new RangeError(`the overlap q must be below Q0 = ${Q0} (got ${q})`);
  const r = Math.sqrt(3 * V);
  const { nodes, weights } = gaussHermiteProb(GH);
  // (a, b) = √q·L·(u, v) with L the Cholesky factor of [[3,1],[1,3]].
  const l11 = Math.sqrt(3);
  const l21 = 1 / Math.sqrt(3);
  const l22 = Math.sqrt(3 - 1 / 3);
  const sq = Math.sqrt(Math.max(q, 0));
  const sqr = Math.sqrt(1 - 1 / 9);
  let total = 0;
  for (let i = 0; i < GH; i++)
    for (let j = 0; j < GH; j++) {
      const a = sq * l11 * nodes[i];
      const b = sq * (l21 * nodes[i] + l22 * nodes[j]);
      const wij = weights[i] * weights[j];
      for (const s1 of [1, -1])
        for (const s2 of [1, -1]) {
          const k1 = (s1 * a) / r;
          const k2 = (s2 * b) / r;
          const varrho = (s1 * s2) / 3;
          const Z = bivariateNormalCdf(k1, k2, varrho);
          if (Z < TINY) continue;
          const pub = variant === 'published' ? bivariateNormalPdf(k1, k2, varrho) : 0;
          const d1 = variant === 'published' ? pub : normalPdf(k1) * normalCdf((k2 - varrho * k1) / sqr);
          const d2 = variant === 'published' ? pub : normalPdf(k2) * normalCdf((k1 - varrho * k2) / sqr);
          total += (wij * (2 * d1 * d1 + 2 * d2 * d2 + (s1 * d1 + s2 * d2) ** 2)) / (3 * V * Z);
        }
    }
  return total;
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
 * mmse_ρ(Δ) = Q0 − q and then α = 1/(2Δ·E(q)). No iteration, hence no damping to tune.
 */
export function hardmaxCurve(rho: number, points = 80, variant: HardmaxVariant = 'correct', floor = 1e-4): HardmaxCurve {
  const Q0 = 1 + rho;
  const table = symmetricTableFor(rho);
  const out: HardmaxCurve = { q: [], alpha: [], mmse: [], monotone: true };
  // The error runs from just below 1 (α → 0: only the prior mean is known) down to `floor` (large α):
  // evenly spaced down to 0.5, where the curve bends, then log-spaced because it decays like 1/α.
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
    const alpha = 1 / (2 * delta * hardmaxChannelMoment(q, Q0, variant));
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
): { mmse: number; converged: boolean; outOfRange?: boolean; alphaMax?: number } {
  if (!(alpha > 0)) return { mmse: 1, converged: alpha === 0 };
  const Q0 = 1 + rho;
  const table = symmetricTableFor(rho);
  const alphaOf = (m: number) => {
    const r = brent((l) => table.mmse(Math.exp(l)) - m, Math.log(1e-12), Math.log(1e8), { xtol: 1e-13 });
    return 1 / (2 * Math.exp(r.x) * hardmaxChannelMoment(Q0 - m, Q0, variant));
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
export function hardmaxWeakRecovery(variant: HardmaxVariant = 'correct'): number {
  return 1 / (2 * hardmaxChannelMoment(0, 1, variant));
}

/**
 * ρ → 0 limit of the hardmax model on ᾱ = α/ρ = n/(Dr): the prior part becomes spiked, with
 * q = (1 − t)²₊ and t = 1/(2ᾱ·E(q, Q0 = 1)); parametric in q: ᾱ(q) = 1/(2(1 − √q)·E(q, 1)), error
 * 1 − q. It starts at the weak-recovery threshold ᾱ_c = 1/(2E(0, 1)), below which the error is 1.
 */
export function hardmaxLowRankCurve(points = 48): { alphaBar: number[]; mmse: number[]; alphaBarWR: number } {
  const alphaBarWR = hardmaxWeakRecovery();
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
    alphaBar.push(1 / (2 * (1 - Math.sqrt(q)) * hardmaxChannelMoment(q, 1)));
    mmse.push(m);
  }
  return { alphaBar, mmse, alphaBarWR };
}
