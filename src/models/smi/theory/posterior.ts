import { sigmoid } from './link';

/**
 * Posterior over the projections of the noiseless two-layer model given y (through ±u), the cavity
 * means ω₁, ω₂ ∈ ℝ² (one entry per token) and variances V₁, V₂ (one per layer, shared by the tokens).
 * z₂ is fixed by z₁ and the sign of u: z₂ = ±A(z₁)⁻¹u, with Jacobian 1/|det A(z₁)|, so the posterior is a
 * 2-D density in z₁:  ∝ N(z₁; ω₁, V₁I) Σ± N(±A(z₁)⁻¹u; ω₂, V₂I) / |det A(z₁)|.
 *
 * It is integrated by the trapezoid rule on a uniform grid centred on ω₁ (±R√V₁ per axis). For smooth
 * integrands that decay inside the box the trapezoid rule converges geometrically once the spacing is
 * below the narrowest feature, and unlike Gauss–Hermite nodes centred on the prior it keeps resolving the
 * posterior when the likelihood is narrow (V₂ → 0, where a Gauss–Hermite rule misses the peaks).
 */

/** Indices into the moment vector filled by `posteriorMoments`. */
export const M = {
  /** E[z₁ₜ], t = 0, 1 */ z1: 0,
  /** E[z₁₀²], E[z₁₁²], E[z₁₀z₁₁] */ z1z1: 2,
  /** E[z₂ₜ] */ z2: 5,
  /** E[z₂₀²], E[z₂₁²], E[z₂₀z₂₁] */ z2z2: 7,
  /** E[z₁ₜz₂ₜ], t = 0, 1 */ z1z2: 10,
  /** E[z₁₀⁴], E[z₁₁⁴], E[z₁₀²z₁₁²]: with the second moments, the posterior variance of z₁z₁ᵀ */ z1q: 12,
  /** E[z₂₀⁴], E[z₂₁⁴], E[z₂₀²z₂₁²] */ z2q: 15,
  size: 18,
} as const;

/**
 * Adds one weighted point to a layer's block of moments (layout of `M`: E[z₀], E[z₁], E[z₀²], E[z₁²], E[z₀z₁]
 * from `at`). The mean has its own weight because a sign-summed layer enters it with tanh(·) times the weight.
 */
export function addLayerMoments(out: Float64Array, at: number, wMean: number, w: number, x0: number, x1: number): void {
  out[at] += wMean * x0;
  out[at + 1] += wMean * x1;
  out[at + 2] += w * x0 * x0;
  out[at + 3] += w * x1 * x1;
  out[at + 4] += w * x0 * x1;
}

/** Adds one weighted point to a layer's fourth moments (layout of `M.z1q`). */
export function addLayerFourth(out: Float64Array, at: number, w: number, x0: number, x1: number): void {
  const a = x0 * x0;
  const b = x1 * x1;
  out[at] += w * a * a;
  out[at + 1] += w * b * b;
  out[at + 2] += w * a * b;
}

/** Half-width of the grid in prior standard deviations: the prior mass outside is below 1e-9. */
const R = 6.5;

export interface GridRule {
  /** points per axis */
  n: number;
}

/**
 * Points per axis for given variances. The spacing is at most 0.4√V₁ (the prior) and 0.45√V₂ (the
 * likelihood in z₂ moves by O(1) per unit of z₁); `refine` scales the density for convergence checks.
 */
export function gridFor(V1: number, V2: number, refine = 1, maxN = 241): GridRule {
  const h = Math.min(0.4 * Math.sqrt(V1), 0.45 * Math.sqrt(V2)) / refine;
  const n = Math.ceil((2 * R * Math.sqrt(V1)) / h) + 1;
  return { n: Math.max(17, Math.min(maxN, n | 1)) };
}

let logW = new Float64Array(0);
let vx = new Float64Array(0);
let vy = new Float64Array(0);
let th = new Float64Array(0);

function ensure(size: number): void {
  if (logW.length >= size) return;
  logW = new Float64Array(size);
  vx = new Float64Array(size);
  vy = new Float64Array(size);
  th = new Float64Array(size);
}

/**
 * Fills `out` (length M.size) with the posterior moments. Returns false when the posterior has no mass
 * on the grid (never for data drawn from the model). u is either sign: only {u, −u} enters.
 */
export function posteriorMoments(
  u0: number,
  u1: number,
  w10: number,
  w11: number,
  V1: number,
  w20: number,
  w21: number,
  V2: number,
  c: number,
  rule: GridRule,
  out: Float64Array,
): boolean {
  const n = rule.n;
  ensure(n * n);
  const s1 = Math.sqrt(V1);
  const h = (2 * R) / (n - 1);
  const inv2V2 = 1 / (2 * V2);
  const ww = w20 * w20 + w21 * w21;
  let maxL = -Infinity;
  for (let i = 0; i < n; i++) {
    const ti = -R + i * h;
    const x0 = w10 + s1 * ti;
    for (let j = 0; j < n; j++) {
      const tj = -R + j * h;
      const x1 = w11 + s1 * tj;
      const k = i * n + j;
      const sa = sigmoid(x0 * (x0 - x1));
      const sb = sigmoid(x1 * (x1 - x0));
      const a00 = sa + c;
      const a01 = 1 - sa;
      const a10 = 1 - sb;
      const a11 = sb + c;
      const det = a00 * a11 - a01 * a10;
      if (!(det > 0)) {
        logW[k] = -Infinity;
        continue;
      }
      const p0 = (a11 * u0 - a01 * u1) / det;
      const p1 = (a00 * u1 - a10 * u0) / det;
      const kk = (p0 * w20 + p1 * w21) * 2 * inv2V2;
      const ak = Math.abs(kk);
      const l = -0.5 * (ti * ti + tj * tj) - (p0 * p0 + p1 * p1 + ww) * inv2V2 - Math.log(det) + ak + Math.log1p(Math.exp(-2 * ak));
      logW[k] = l;
      vx[k] = p0;
      vy[k] = p1;
      th[k] = Math.tanh(kk);
      if (l > maxL) maxL = l;
    }
  }
  out.fill(0);
  if (!(maxL > -Infinity) || !Number.isFinite(maxL)) return false;
  let S = 0;
  for (let i = 0; i < n; i++) {
    const x0 = w10 + s1 * (-R + i * h);
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const e = logW[k] - maxL;
      if (e < -46) continue;
      const w = Math.exp(e);
      const x1 = w11 + s1 * (-R + j * h);
      const p0 = vx[k];
      const p1 = vy[k];
      const wt = w * th[k];
      S += w;
      addLayerMoments(out, M.z1, w, w, x0, x1);
      addLayerMoments(out, M.z2, wt, w, p0, p1);
      out[10] += wt * x0 * p0;
      out[11] += wt * x1 * p1;
      addLayerFourth(out, M.z1q, w, x0, x1);
      addLayerFourth(out, M.z2q, w, p0, p1);
    }
  }
  for (let m = 0; m < M.size; m++) out[m] /= S;
  return true;
}
