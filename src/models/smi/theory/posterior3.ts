import { sigmoid } from './link';
import { addLayerFourth, addLayerMoments } from './posterior';

/**
 * Posterior over the projections of the noiseless three-layer model (M = 2 tokens, one direction per layer)
 * given u (up to its sign), cavity means ω_ℓ ∈ ℝ² and variances V_ℓ. With B(z₁, z₂) = A(A(z₁)z₂)·A(z₁), z₃ is
 * fixed by z₃ = ±B⁻¹u with Jacobian 1/det B, so the posterior is a 4-D density in (z₁, z₂):
 *   ∝ N(z₁; ω₁, V₁I) N(z₂; ω₂, V₂I) Σ± N(±B⁻¹u; ω₃, V₃I) / det B.
 *
 * A 4-D grid that resolves the likelihood when V₃ is small needs ~200 points per axis, so the integral is
 * done by importance sampling from the Gaussian factor on a fixed set of Sobol' normals: z_ℓ = ω_ℓ + √V_ℓ t_ℓ.
 * The weights are bounded (det B ≥ c²(1 + c)²), so the estimator has finite variance, and fixed nodes keep the
 * moments smooth in (ω, V). Its effective sample size is returned so that callers can tell when V₃ is too
 * small for the number of nodes.
 */

/** Indices into the moment vector filled by `posteriorMoments3`. */
export const M3 = {
  /** E[z₁ₜ], E[z₁₀²], E[z₁₁²], E[z₁₀z₁₁] for layer 1; the same for layers 2 and 3 at +5 and +10 */
  z1: 0,
  z1z1: 2,
  z2: 5,
  z2z2: 7,
  z3: 10,
  z3z3: 12,
  /** E[z_ℓ₀⁴], E[z_ℓ₁⁴], E[z_ℓ₀²z_ℓ₁²] for layer ℓ at 15 + 3(ℓ − 1) */
  q: 15,
  size: 24,
} as const;

let logW = new Float64Array(0);
let buf = new Float64Array(0);

function ensure(n: number): void {
  if (logW.length >= n) return;
  logW = new Float64Array(n);
  // per node: p₀, p₁ (B⁻¹u), tanh(p·ω₃/V₃), 1/det B
  buf = new Float64Array(4 * n);
}

/**
 * Fills `out` (length M3.size) and returns the effective sample size (Σw)²/Σw² of the weights (0 when the
 * posterior has no mass on the nodes). `nodes` holds 4 standard normals per node (t₁ ∈ ℝ², t₂ ∈ ℝ²).
 */
export function posteriorMoments3(
  u0: number,
  u1: number,
  w: ArrayLike<number>,
  V1: number,
  V2: number,
  V3: number,
  c: number,
  nodes: Float64Array,
  out: Float64Array,
): number {
  const n = nodes.length / 4;
  ensure(n);
  const s1 = Math.sqrt(V1);
  const s2 = Math.sqrt(V2);
  const inv2V3 = 1 / (2 * V3);
  const w30 = w[4];
  const w31 = w[5];
  const ww = w30 * w30 + w31 * w31;
  let maxL = -Infinity;
  for (let k = 0; k < n; k++) {
    const o = 4 * k;
    const x0 = w[0] + s1 * nodes[o];
    const x1 = w[1] + s1 * nodes[o + 1];
    const sa = sigmoid(x0 * (x0 - x1));
    const sb = sigmoid(x1 * (x1 - x0));
    const a00 = sa + c;
    const a01 = 1 - sa;
    const a10 = 1 - sb;
    const a11 = sb + c;
    const y0 = w[2] + s2 * nodes[o + 2];
    const y1 = w[3] + s2 * nodes[o + 3];
    const v0 = a00 * y0 + a01 * y1;
    const v1 = a10 * y0 + a11 * y1;
    const ta = sigmoid(v0 * (v0 - v1));
    const tb = sigmoid(v1 * (v1 - v0));
    const c00 = ta + c;
    const c01 = 1 - ta;
    const c10 = 1 - tb;
    const c11 = tb + c;
    const b00 = c00 * a00 + c01 * a10;
    const b01 = c00 * a01 + c01 * a11;
    const b10 = c10 * a00 + c11 * a10;
    const b11 = c10 * a01 + c11 * a11;
    const det = b00 * b11 - b01 * b10;
    if (!(det > 0)) {
      logW[k] = -Infinity;
      continue;
    }
    const p0 = (b11 * u0 - b01 * u1) / det;
    const p1 = (b00 * u1 - b10 * u0) / det;
    const kk = (p0 * w30 + p1 * w31) * 2 * inv2V3;
    const ak = Math.abs(kk);
    // log Σ± exp(±kk) up to log 2, written so that it never overflows
    const l = -(p0 * p0 + p1 * p1 + ww) * inv2V3 + ak + Math.log1p(Math.exp(-2 * ak));
    logW[k] = l;
    buf[o] = p0;
    buf[o + 1] = p1;
    buf[o + 2] = Math.tanh(kk);
    buf[o + 3] = 1 / det;
    if (l > maxL) maxL = l;
  }
  out.fill(0);
  if (!(maxL > -Infinity) || !Number.isFinite(maxL)) return 0;
  let S = 0;
  let S2 = 0;
  for (let k = 0; k < n; k++) {
    const e = logW[k] - maxL;
    if (e < -46) continue;
    const o = 4 * k;
    const wt = Math.exp(e) * buf[o + 3];
    const x0 = w[0] + s1 * nodes[o];
    const x1 = w[1] + s1 * nodes[o + 1];
    const y0 = w[2] + s2 * nodes[o + 2];
    const y1 = w[3] + s2 * nodes[o + 3];
    const p0 = buf[o];
    const p1 = buf[o + 1];
    const wth = wt * buf[o + 2];
    S += wt;
    S2 += wt * wt;
    addLayerMoments(out, M3.z1, wt, wt, x0, x1);
    addLayerMoments(out, M3.z2, wt, wt, y0, y1);
    addLayerMoments(out, M3.z3, wth, wt, p0, p1);
    addLayerFourth(out, M3.q, wt, x0, x1);
    addLayerFourth(out, M3.q + 3, wt, y0, y1);
    addLayerFourth(out, M3.q + 6, wt, p0, p1);
  }
  for (let m = 0; m < M3.size; m++) out[m] /= S;
  return (S * S) / S2;
}
