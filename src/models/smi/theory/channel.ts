import { attention } from './link';
import { gridFor, M, posteriorMoments } from './posterior';
import { outerSobolNormals, priorFourth } from './replicates';

/**
 * Outer expectation of the state evolution over (ω, Z) at overlaps (q₁, q₂), with fixed Sobol' nodes:
 * ω_ℓ = √q_ℓ ξ_ℓ, Z_ℓ = ω_ℓ + √(1 − q_ℓ) η_ℓ, y = g(Z₁, Z₂), ξ and η standard normal in ℝ² each.
 */

export interface SmiQuadrature {
  /** outer Sobol' points (a power of two) */
  outer: number;
  /** density of the inner grid relative to `gridFor`'s default spacing */
  refine: number;
  /**
   * ε added to both variances, V_ℓ = 1 − q_ℓ + ε, for the teacher's Z and for the posterior alike (so the
   * Nishimori identities still hold). 0, the default, is the exact state evolution. The published code
   * (BO_2w.py) uses ε = 10⁻³; it keeps V away from 0 and so removes the perfect recovery of the noiseless
   * model at α = 1, which is why its Q₁₁ creeps up to 0.92 at α = 1.6 instead of reaching 1 at α = 1.
   */
  epsilon?: number;
  /**
   * 0 or absent: the fixed Sobol' net; k ≥ 1: the same net under the k-th random digital shift, so that
   * replicates k = 1…R are independent unbiased estimates whose spread gives the error of their mean.
   */
  replicate?: number;
  /**
   * Points per axis of the inner grid, in place of gridFor's for the point's own variances. That count steps with
   * V₂, so F is only piecewise smooth in q₂; a finite difference across a step is a slope of the grid's error.
   */
  gridN?: number;
}

/** ε of the published SMI code, for reproducing its curves. */
export const PAPER_EPSILON = 1e-3;

/**
 * Outer QMC with 1024 points puts 1–3% on F where V₂ is small (F₁, F₂, F₁₁ against 16384 points at
 * q₂ = 0.975–0.995), which moves α by up to 0.01; the shipped data use 4096 points (about 1%). The inner
 * grid at refine 0.3 is within 1e-4 of a four times finer one there, and agrees with importance sampling
 * from the prior, so the narrow posterior peaks at small V₂ are resolved.
 */
export const DEFAULT_QUADRATURE: SmiQuadrature = { outer: 1024, refine: 0.3 };

export interface ChannelMoments {
  /** F_ℓ = E‖g_ℓ‖² (summed over the two tokens), so Q̂_ℓ = αF_ℓ */
  F1: number;
  F2: number;
  /**
   * L_ℓ = E‖E[z_ℓz_ℓᵀ | y, ω, V] − I‖²_F: the slope dF_ℓ/dq_ℓ at q_ℓ = 0 (meaningful only when q_ℓ = 0),
   * which sets the linear stability of Q_ℓℓ = 0. Computed as E‖z_ℓz_ℓᵀ − I‖²_F − E‖Cov[z_ℓz_ℓᵀ | ·]‖ (the
   * summed posterior variances of the entries): the first term is exact (6 at ε = 0, as z_ℓ ~ N(0, I)),
   * and the second has no heavy tail. The plain average of ‖E[z_ℓz_ℓᵀ | ·] − I‖²_F grows like |z_ℓ|⁴ wherever y
   * pins z_ℓ down, and a few thousand points underestimate it: at c = 1, q₂ = 0.975 it gave L₁ = 1.364, 1.396,
   * 1.404, 1.424 with 1024, 4096, 16384, 65536 points.
   */
  L1: number;
  L2: number;
  /** the plain averages of ‖E[z_ℓz_ℓᵀ | ·] − I‖²_F, the same expectations by the second route */
  L1Plain: number;
  L2Plain: number;
  /** outer points whose posterior had no mass on the grid (should be 0) */
  failed: number;
}

export function outerNodes(n: number, replicate = 0): Float64Array {
  return outerSobolNormals(n, 8, replicate);
}

/**
 * ‖Cov[zzᵀ]‖ summed over the four entries of zzᵀ, from the second moments at `second` (E[z₀²], E[z₁²],
 * E[z₀z₁]) and the fourth at `fourth` (E[z₀⁴], E[z₁⁴], E[z₀²z₁²]).
 */
export function secondMomentVariance(out: Float64Array, second: number, fourth: number): number {
  const a = out[second];
  const b = out[second + 1];
  const x = out[second + 2];
  return out[fourth] - a * a + out[fourth + 1] - b * b + 2 * (out[fourth + 2] - x * x);
}

/** Largest overlap handled: V = 1 − q must stay resolvable by the inner grid. */
export const Q_MAX = 0.9995;

/**
 * F₁, F₂, L₁, L₂ at (q₁, q₂). Two unbiased estimators of E‖g‖² are blended with weight q on the second:
 * ‖E[z|·] − ω‖²/V², exact (zero) at q = 0 and relatively accurate for small q, and
 * (2V − tr Cov[z | y, ω, V])/V² (the same expectation by E‖z − ω‖² = 2V), whose outer-sampling error is
 * several times smaller near q → 1 but does not vanish at q = 0. Fixed weights keep F smooth in q.
 */
export function channelMoments(c: number, q1: number, q2: number, quad: SmiQuadrature = DEFAULT_QUADRATURE): ChannelMoments {
  if (!(q1 >= 0 && q1 <= Q_MAX && q2 >= 0 && q2 <= Q_MAX)) throw new RangeError(`overlaps must lie in [0, ${Q_MAX}] (got ${q1}, ${q2})`);
  if (!(c >= 0)) throw new RangeError(`the skip strength c must be ≥ 0 (got ${c})`);
  const pts = outerNodes(quad.outer, quad.replicate);
  const eps = quad.epsilon ?? 0;
  if (!(eps >= 0 && eps < 1)) throw new RangeError(`epsilon must lie in [0, 1) (got ${eps})`);
  const V1 = 1 - q1 + eps;
  const V2 = 1 - q2 + eps;
  const a1 = Math.sqrt(q1);
  const a2 = Math.sqrt(q2);
  const b1 = Math.sqrt(V1);
  const b2 = Math.sqrt(V2);
  // With ε > 0 the estimators below stay unbiased with V in place of 1 − q: the posterior is matched.
  const rule = quad.gridN ? { n: quad.gridN } : gridFor(V1, V2, quad.refine);
  const out = new Float64Array(M.size);
  let tr1 = 0;
  let tr2 = 0;
  let g1 = 0;
  let g2 = 0;
  let L1 = 0;
  let L2 = 0;
  let P1 = 0;
  let P2 = 0;
  let failed = 0;
  const n = quad.outer;
  for (let i = 0; i < n; i++) {
    const o = i * 8;
    const w10 = a1 * pts[o];
    const w11 = a1 * pts[o + 1];
    const w20 = a2 * pts[o + 4];
    const w21 = a2 * pts[o + 5];
    const z10 = w10 + b1 * pts[o + 2];
    const z11 = w11 + b1 * pts[o + 3];
    const z20 = w20 + b2 * pts[o + 6];
    const z21 = w21 + b2 * pts[o + 7];
    const A = attention(z10, z11, c);
    const u0 = A[0] * z20 + A[1] * z21;
    const u1 = A[2] * z20 + A[3] * z21;
    if (!posteriorMoments(u0, u1, w10, w11, V1, w20, w21, V2, c, rule, out)) {
      failed++;
      continue;
    }
    g1 += (out[M.z1] - w10) ** 2 + (out[M.z1 + 1] - w11) ** 2;
    g2 += (out[M.z2] - w20) ** 2 + (out[M.z2 + 1] - w21) ** 2;
    tr1 += out[M.z1z1] - out[M.z1] ** 2 + out[M.z1z1 + 1] - out[M.z1 + 1] ** 2;
    tr2 += out[M.z2z2] - out[M.z2] ** 2 + out[M.z2z2 + 1] - out[M.z2 + 1] ** 2;
    P1 += (out[M.z1z1] - 1) ** 2 + (out[M.z1z1 + 1] - 1) ** 2 + 2 * out[M.z1z1 + 2] ** 2;
    P2 += (out[M.z2z2] - 1) ** 2 + (out[M.z2z2 + 1] - 1) ** 2 + 2 * out[M.z2z2 + 2] ** 2;
    L1 += secondMomentVariance(out, M.z1z1, M.z1q);
    L2 += secondMomentVariance(out, M.z2z2, M.z2q);
  }
  const m = n - failed;
  // Z_ℓ ~ N(0, (1 + ε)I) whatever q_ℓ, so E‖Z_ℓZ_ℓᵀ − I‖² is the same for both layers.
  const K = priorFourth(1 + eps);
  return {
    F1: ((1 - q1) * (g1 / m) + q1 * (2 * V1 - tr1 / m)) / (V1 * V1),
    F2: ((1 - q2) * (g2 / m) + q2 * (2 * V2 - tr2 / m)) / (V2 * V2),
    L1: K - L1 / m,
    L2: K - L2 / m,
    L1Plain: P1 / m,
    L2Plain: P2 / m,
    failed,
  };
}
