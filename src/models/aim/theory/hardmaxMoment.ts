import { bivariateNormalCdf, gaussHermiteProb, normalCdf, normalPdf } from '../../../numeric/normal';

/**
 * Hardmax channel, T = 2: E[2g₁₁² + 2g₂₂² + g₁₂²] over ω ~ N(0, q·GOE) and the two output signs, with
 * the correct output function (∂Φ₂/∂κ = φ(κ₁)Φ((κ₂ − ϱκ₁)/√(1−ϱ²)), not the joint density φ₂).
 * `variant = 'published'` puts the joint density φ₂(κ₁, κ₂; ϱ) where ∂Φ₂/∂κ belongs, as the published
 * curves do: kept only to draw those curves for comparison.
 */
export type HardmaxVariant = 'correct' | 'published';

/** Below this Φ₂ a sign pattern has no weight (its term underflows and would only add noise). */
const TINY = 1e-280;
const SQ = Math.sqrt(1 - 1 / 9);

/** Joint density φ₂(κ₁, κ₂; ϱ) of two standard normals with correlation ϱ. */
function bivariateNormalPdf(k1: number, k2: number, varrho: number): number {
  const c = 1 - varrho * varrho;
  return Math.exp(-(k1 * k1 - 2 * varrho * k1 * k2 + k2 * k2) / (2 * c)) / (2 * Math.PI * Math.sqrt(c));
}

/**
 * (2d₁² + 2d₂² + (d₁ + σd₂)²)/Φ₂(κ₁, κ₂; σ/3) for the sign product σ = s₁s₂ of the two outputs, where
 * κ = (s₁a, s₂b)/r: the sign patterns enter only through κ and σ.
 */
function signTerm(k1: number, k2: number, sigma: number, variant: HardmaxVariant): number {
  const varrho = sigma / 3;
  const Z = bivariateNormalCdf(k1, k2, varrho);
  if (Z < TINY) return 0;
  let d1: number;
  let d2: number;
  if (variant === 'published') d1 = d2 = bivariateNormalPdf(k1, k2, varrho);
  else {
    d1 = normalPdf(k1) * normalCdf((k2 - varrho * k1) / SQ);
    d2 = normalPdf(k2) * normalCdf((k1 - varrho * k2) / SQ);
  }
  return (2 * d1 * d1 + 2 * d2 * d2 + (d1 + sigma * d2) ** 2) / Z;
}

const GH = 48;

/**
 * The differences (a, b) = (ω₁₁ − ω₁₂, ω₂₂ − ω₁₂) ~ N(0, q[[3,1],[1,3]]) and r = √(3V), V = Q0 − q, enter
 * only as κ = (s₁a, s₂b)/r ~ N(0, t·[[1, σ/3],[σ/3, 1]]) with t = q/V, so V·E(q, Q0) = f(t) is a function of
 * t alone: f(t) = (2/3) Σ_{σ=±1} E_κ[signTerm(κ, σ)].
 *
 * For t ≤ GH_MAX it is a 48×48 Gauss–Hermite sum over the whitened (a, b). Beyond, the integrand lives
 * on strips of width 1 around κ₁ = 0 and κ₂ = 0 while κ spreads over √t, which a Gauss–Hermite rule
 * misses (48 nodes: 8e-5 off at t = 10, 1e-2 at t = 30, 30% at t = 100), so it is a trapezoid sum in
 * κ = sinh(v) with step 0.1 in v, out to 14√t + 40 (the step-0.07 sum agrees to 5e-15 for t from 0.3 to 1e4).
 */
export function hardmaxScaledMoment(t: number, variant: HardmaxVariant = 'correct'): number {
  if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`t = q/(Q0 − q) must be finite and ≥ 0 (got ${t})`);
  return t <= GH_MAX ? scaledMomentHermite(t, variant) : scaledMomentSinh(t, variant, SINH_STEP);
}

const GH_MAX = 1;

/** f(t) by the 48×48 Gauss–Hermite sum alone (accurate for t ≲ 3). */
export function scaledMomentHermite(t: number, variant: HardmaxVariant): number {
  const { nodes, weights } = gaussHermiteProb(GH);
  // (a, b)/r = √(t/3)·L·(u, v) with L the Cholesky factor of [[3,1],[1,3]].
  const c = Math.sqrt(t / 3);
  const l11 = Math.sqrt(3);
  const l21 = 1 / Math.sqrt(3);
  const l22 = Math.sqrt(3 - 1 / 3);
  let total = 0;
  for (let i = 0; i < GH; i++)
    for (let j = 0; j < GH; j++) {
      const a = c * l11 * nodes[i];
      const b = c * (l21 * nodes[i] + l22 * nodes[j]);
      const w = weights[i] * weights[j];
      total += w * (signTerm(a, b, 1, variant) + signTerm(-a, -b, 1, variant) + signTerm(a, -b, -1, variant) + signTerm(-a, b, -1, variant));
    }
  return total / 3;
}

const SINH_STEP = 0.1;

/** f(t) by the trapezoid sum in κ = sinh(v) alone, with the given step in v (accurate for t ≳ 0.3). */
export function scaledMomentSinh(t: number, variant: HardmaxVariant, step: number): number {
  const n = Math.ceil(Math.asinh(14 * Math.sqrt(t) + 40) / step);
  const ks = new Float64Array(2 * n + 1);
  const ws = new Float64Array(2 * n + 1);
  for (let i = -n; i <= n; i++) {
    ks[i + n] = Math.sinh(i * step);
    ws[i + n] = step * Math.cosh(i * step);
  }
  let total = 0;
  for (const sigma of [1, -1]) {
    const r = sigma / 3;
    const det = 1 - r * r;
    const norm = 1 / (2 * Math.PI * t * Math.sqrt(det));
    let s = 0;
    // signTerm and the density are symmetric under κ₁ ↔ κ₂: the lower triangle, off-diagonal terms twice.
    for (let i = 0; i < ks.length; i++)
      for (let j = 0; j <= i; j++) {
        const k1 = ks[i];
        const k2 = ks[j];
        const dens = norm * Math.exp(-(k1 * k1 - 2 * r * k1 * k2 + k2 * k2) / (2 * t * det));
        if (dens === 0) continue;
        s += (i === j ? 1 : 2) * ws[i] * ws[j] * dens * signTerm(k1, k2, sigma, variant);
      }
    total += (2 / 3) * s;
  }
  return total;
}

/** The channel moment E(q, Q0) = f(q/(Q0 − q))/(Q0 − q), by quadrature (no table). */
export function hardmaxChannelMomentExact(q: number, Q0: number, variant: HardmaxVariant = 'correct'): number {
  const V = Q0 - q;
  if (!(V > 0)) throw new RangeError(`the overlap q must be below Q0 = ${Q0} (got ${q})`);
  return hardmaxScaledMoment(Math.max(q, 0) / V, variant) / V;
}
