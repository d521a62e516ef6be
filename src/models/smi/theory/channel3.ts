import { threeLayerPre } from './link';
import { M3, posteriorMoments3 } from './posterior3';
import { sobolNormals } from '../../../numeric/sobol';
import { secondMomentVariance } from './channel';
import { outerSobolNormals, priorFourth, shiftedSobolNormals } from './replicates';

/**
 * Outer expectation of the three-layer state evolution at overlaps (q₁, q₂, q₃), on fixed Sobol' nodes in
 * 12 dimensions: ω_ℓ = √q_ℓ ξ_ℓ, Z_ℓ = ω_ℓ + √V_ℓ η_ℓ, u = B(Z₁, Z₂)Z₃; the inner posterior is importance-sampled
 * on a second fixed node set (posterior3.ts).
 */

export interface Smi3Quadrature {
  /** outer Sobol' points (a power of two) */
  outer: number;
  /** inner base nodes; each is used with its four sign reflections (±t₁, ±t₂) */
  inner: number;
  /** ε added to every V_ℓ, as in the two-layer `SmiQuadrature` (0: the exact SE) */
  epsilon?: number;
  /** 0 or absent: the fixed outer net; k ≥ 1: its k-th random digital shift (as in `SmiQuadrature`) */
  replicate?: number;
  /**
   * false or absent: one fixed inner net at every outer point (as the shipped staircases were once computed; its
   * error does not average out over the outer points); true: each outer point its own randomly shifted inner net
   * (innerNodesAt), as every shipped staircase has.
   */
  innerPerPoint?: boolean;
}

export const DEFAULT_QUADRATURE3: Smi3Quadrature = { outer: 1024, inner: 1024 };

export interface ChannelMoments3 {
  /** F_ℓ = E‖g_ℓ‖²; Q̂_ℓ = αF_ℓ */
  F: [number, number, number];
  /**
   * L_ℓ = E‖E[z_ℓz_ℓᵀ | ·] − I‖²_F: the slope of F_ℓ in q_ℓ where q_ℓ = 0. As for two layers (channel.ts), taken
   * as E‖z_ℓz_ℓᵀ − I‖²_F − E‖Cov[z_ℓz_ℓᵀ | ·]‖, which has no heavy tail.
   */
  L: [number, number, number];
  /** the plain averages of ‖E[z_ℓz_ℓᵀ | ·] − I‖²_F */
  LPlain: [number, number, number];
  /** smallest and median effective sample size of the inner integral over the outer points */
  essMin: number;
  essMedian: number;
  failed: number;
}

export function outerNodes12(n: number, replicate = 0): Float64Array {
  return outerSobolNormals(n, 12, replicate);
}

/**
 * The likelihood is even in z₁ and in z₂ separately (A(−z) = A(z), and z₂ → −z₂ flips v = A(z₁)z₂, which A
 * does not see), so each base node enters with its reflections: this keeps E[z_ℓ] = 0 exactly where ω_ℓ = 0.
 */
const innerCache = new Map<number, Float64Array>();
export function innerNodes(n: number): Float64Array {
  let p = innerCache.get(n);
  if (!p) {
    p = withReflections(sobolNormals(n, 4), n);
    innerCache.set(n, p);
  }
  return p;
}

/** The sign patterns (a, b) of the reflections, kept here: a nested array literal in the loop allocated per node. */
const SIGNS = [1, 1, -1, 1, 1, -1, -1, -1];

/** n base nodes (4 normals each), each followed by its reflections (±t₁, ±t₂). */
function withReflections(base: Float64Array, n: number): Float64Array {
  const p = new Float64Array(16 * n);
  let o = 0;
  for (let k = 0; k < n; k++)
    for (let s = 0; s < 8; s += 2) {
      const a = SIGNS[s];
      const b = SIGNS[s + 1];
      p[o++] = a * base[4 * k];
      p[o++] = a * base[4 * k + 1];
      p[o++] = b * base[4 * k + 2];
      p[o++] = b * base[4 * k + 3];
    }
  return p;
}

/** Replicates of the 4-D Sobol' net that per-point inner nets use: outer point i of replicate r uses INNER_SEED·(r + 1) + i. */
const INNER_SEED = 1 << 20;

/**
 * The inner nodes of outer point i (of outer replicate r) when each point has its own net. Why: with one fixed net
 * the inner quadrature error is the same at every outer point and does not average out. At c = 1 on branch A at
 * q₃ = 0.976 (1024 outer points), L₁ and L₂ are 1.102 and 0.536
 * with the fixed 1024-node net, 0.93–1.08 and 0.70–0.81 with four shifted 1024-node nets, and 1.015, 1.021, 1.013
 * and 0.703, 0.713, 0.707 with the fixed net at 4096, 16384 and 65536 nodes. With a net of 1024 nodes per outer
 * point they are 1.022–1.055 and 0.704–0.755 over four draws: the net's error averages out, and what remains
 * is the self-normalised sampling bias, which falls like 1/n (L₂ about +0.04 at 1024 nodes). Drawing the nets
 * adds 11–14% to a call (4096 × 1024 at q = (0.4, 0.2, 0.99), 1024 × 1024 at (0, 0, 0.979)); a third before the
 * normal quantile and the reflections stopped allocating.
 */
export function innerNodesAt(n: number, i: number, r = 0): Float64Array {
  return withReflections(shiftedSobolNormals(n, 4, INNER_SEED * (r + 1) + i), n);
}

export const Q3_MAX = 0.9995;

/** F_ℓ, L_ℓ at (q₁, q₂, q₃); the two estimators of E‖g_ℓ‖² are blended as in the two-layer channel. */
export function channelMoments3(c: number, q: [number, number, number], quad: Smi3Quadrature = DEFAULT_QUADRATURE3): ChannelMoments3 {
  for (const x of q) if (!(x >= 0 && x <= Q3_MAX)) throw new RangeError(`overlaps must lie in [0, ${Q3_MAX}] (got ${q.join(', ')})`);
  if (!(c > 0)) throw new RangeError(`the skip strength c must be > 0 (got ${c})`);
  const eps = quad.epsilon ?? 0;
  if (!(eps >= 0 && eps < 1)) throw new RangeError(`epsilon must lie in [0, 1) (got ${eps})`);
  const pts = outerNodes12(quad.outer, quad.replicate);
  const fixedNodes = quad.innerPerPoint ? null : innerNodes(quad.inner);
  const V = q.map((x) => 1 - x + eps);
  const a = q.map(Math.sqrt);
  const b = V.map(Math.sqrt);
  const out = new Float64Array(M3.size);
  const w = new Float64Array(6);
  const g = [0, 0, 0];
  const tr = [0, 0, 0];
  const L = [0, 0, 0];
  const P = [0, 0, 0];
  const ess: number[] = [];
  let failed = 0;
  for (let i = 0; i < quad.outer; i++) {
    const o = i * 12;
    const Z: [number, number][] = [];
    for (let l = 0; l < 3; l++) {
      w[2 * l] = a[l] * pts[o + 4 * l];
      w[2 * l + 1] = a[l] * pts[o + 4 * l + 1];
      Z.push([w[2 * l] + b[l] * pts[o + 4 * l + 2], w[2 * l + 1] + b[l] * pts[o + 4 * l + 3]]);
    }
    const { u } = threeLayerPre(Z[0], Z[1], Z[2], c);
    const e = posteriorMoments3(u[0], u[1], w, V[0], V[1], V[2], c, fixedNodes ?? innerNodesAt(quad.inner, i, quad.replicate), out);
    if (!(e > 0)) {
      failed++;
      continue;
    }
    ess.push(e);
    for (let l = 0; l < 3; l++) {
      const m = 5 * l;
      g[l] += (out[m] - w[2 * l]) ** 2 + (out[m + 1] - w[2 * l + 1]) ** 2;
      tr[l] += out[m + 2] - out[m] ** 2 + out[m + 3] - out[m + 1] ** 2;
      P[l] += (out[m + 2] - 1) ** 2 + (out[m + 3] - 1) ** 2 + 2 * out[m + 4] ** 2;
      L[l] += secondMomentVariance(out, m + 2, M3.q + 3 * l);
    }
  }
  const m = quad.outer - failed;
  ess.sort((x, y) => x - y);
  const K = priorFourth(1 + eps);
  const F = [0, 1, 2].map((l) => ((1 - q[l]) * (g[l] / m) + q[l] * (2 * V[l] - tr[l] / m)) / (V[l] * V[l])) as [number, number, number];
  return {
    F,
    L: L.map((x) => K - x / m) as [number, number, number],
    LPlain: P.map((x) => x / m) as [number, number, number],
    essMin: ess.length ? ess[0] : 0,
    essMedian: ess.length ? ess[ess.length >> 1] : 0,
    failed,
  };
}
