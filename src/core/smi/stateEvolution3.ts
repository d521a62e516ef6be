import { brent } from '../numeric/brent';
import { channelMoments3, DEFAULT_QUADRATURE3, Q3_MAX, type Smi3Quadrature } from './channel3';
import type { SeStatus } from './stateEvolution';

/**
 * Bayes-optimal state evolution of the three-layer SMI (M = 2, one direction per layer), read off three
 * parametric branches instead of iterating Q ← Q̂/(1 + Q̂), which is slow near each onset (at α = 1.25 a
 * damped iteration still moved by 1e-3 per step after 40 steps):
 *   A: Q₁₁ = Q₂₂ = 0, parameter q₃: α*(q₃) = q₃/((1 − q₃)F₃);
 *   B: Q₂₂ = 0, parameter q₁ (layer 1 is learned before layer 2);
 *   C: all three informed, parameter q₁.
 * Q₁₁ = 0 and Q₂₂ = 0 stay fixed points by the z_ℓ → −z_ℓ symmetry; a layer starts to be learned where its
 * zero loses stability, αL_ℓ = 1 (L_ℓ = ∂F_ℓ/∂q_ℓ at q_ℓ = 0; the Jacobian is diagonal there).
 */

export interface Branch3Point {
  alpha: number;
  q: [number, number, number];
}

export interface Thresholds3 {
  /** [α_c,1, α_c,2, α_c,3] (index ℓ − 1 = layer ℓ) */
  alphaC: [number, number, number];
  /** L₃(0) = E_y‖E[z₃z₃ᵀ | y] − I‖²_F, α_c,3 = 1/L₃(0) */
  L3: number;
  /** the overlaps where layer 1 and layer 2 start (on branches A and B) */
  atAlpha1: [number, number, number];
  atAlpha2: [number, number, number];
  converged: boolean;
}

/**
 * Near q = 0, F(q) ≈ qL is a small difference of O(1) moments, so the outer average needs more points (as in
 * the two-layer SE): at q₃ = 0.005 with 1024 outer points α*(q₃) came out 0.189 against α_c,3 = 0.206.
 * There V ≈ 1 and the inner weights are nearly uniform, so the extra points cost only time.
 */
const SMALL_Q = 0.1;
const SMALL_Q_OUTER = 16384;
function forSmallQ(quad: Smi3Quadrature, q: number): Smi3Quadrature {
  return q <= SMALL_Q ? { ...quad, outer: Math.max(quad.outer, SMALL_Q_OUTER) } : quad;
}

/** Grid of branch A in q₃: dense near the onset and near saturation. */
export const BRANCH_A_Q3 = [0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.965, 0.975];
/**
 * Grid of branches B and C in q₁ (B stops where layer 2 starts). It starts at 0.05: below, the importance
 * sampling noise in E[z₁ | ·] inflates ‖g₁‖² (at q₁ = 0.02, F₁/q₁ = 1.05 with 1024 inner nodes against 1.007
 * with 4096 and L₁ = 0.967); the path joins the threshold point linearly.
 */
export const BRANCH_Q1 = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.87, 0.92, 0.95, 0.975];

export function branchAPoint(c: number, q3: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3): Branch3Point & { L1: number; L2: number } {
  const F = channelMoments3(c, [0, 0, q3], forSmallQ(quad, q3));
  return { alpha: q3 / ((1 - q3) * F.F[2]), q: [0, 0, q3], L1: F.L[0], L2: F.L[1] };
}

/**
 * Branch B at q₁: α from layer 1's equation, q₃ from its own fixed point at that α (layer 3 is saturated, so
 * this 1-D iteration contracts in a few steps). Also returns αL₂, whose crossing of 1 starts layer 2.
 */
export function branchBPoint(c: number, q1: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3, q3Start = 0.985): Branch3Point & { aL2: number; converged: boolean } {
  let q3 = q3Start;
  for (let it = 0; it < 40; it++) {
    const F = channelMoments3(c, [q1, 0, q3], quad);
    const alpha = q1 / ((1 - q1) * F.F[0]);
    const h = alpha * F.F[2];
    const next = Math.min(Q3_MAX, h / (1 + h));
    if (!Number.isFinite(next)) break;
    const d = Math.abs(next - q3);
    q3 = next;
    if (d < 2e-6) return { alpha, q: [q1, 0, q3], aL2: alpha * F.L[1], converged: q3 < Q3_MAX };
  }
  return { alpha: NaN, q: [q1, 0, NaN], aL2: NaN, converged: false };
}

/**
 * Branch C at q₁: (q₂, q₃) solve the fixed point of layers 2 and 3 at the α of layer 1. Plain iteration
 * contracts slowly in q₂ (factor ~0.8 per step at q₁ = 0.4), so Newton's method with a finite-difference
 * Jacobian is used; fixed quadrature nodes make the residual smooth. Layer 2's equation is divided by q₂
 * (log(αF₂/q₂) = −log(1 − q₂)): q₂ = 0 solves the undivided one by symmetry, and Newton fell into that
 * (unstable) root at q₁ = 0.3–0.5.
 */
export function branchCPoint(c: number, q1: number, start: [number, number], quad: Smi3Quadrature = DEFAULT_QUADRATURE3): Branch3Point & { converged: boolean } {
  const resid = (q2: number, q3: number) => {
    const F = channelMoments3(c, [q1, q2, q3], quad);
    const alpha = q1 / ((1 - q1) * F.F[0]);
    return { alpha, r: [Math.log((alpha * F.F[1]) / q2) + Math.log1p(-q2), Math.log(alpha * F.F[2]) - Math.log(q3 / (1 - q3))] };
  };
  let [q2, q3] = start;
  for (let it = 0; it < 15; it++) {
    const f = resid(q2, q3);
    if (!f.r.every(Number.isFinite)) break;
    if (Math.abs(f.r[0]) < 1e-5 && Math.abs(f.r[1]) < 1e-5) return { alpha: f.alpha, q: [q1, q2, q3], converged: q3 < Q3_MAX };
    const h2 = Math.min(1e-4, q2 / 10);
    const h3 = Math.min(1e-5, (1 - q3) / 20);
    const a = resid(q2 + h2, q3).r;
    const b = resid(q2, q3 - h3).r;
    const j00 = (a[0] - f.r[0]) / h2;
    const j10 = (a[1] - f.r[1]) / h2;
    const j01 = (f.r[0] - b[0]) / h3;
    const j11 = (f.r[1] - b[1]) / h3;
    const det = j00 * j11 - j01 * j10;
    if (!(Math.abs(det) > 0)) break;
    const d2 = (j11 * f.r[0] - j01 * f.r[1]) / det;
    const d3 = (j00 * f.r[1] - j10 * f.r[0]) / det;
    // Keep the step inside the domain (q₂ > 0, q₃ below the cap) by halving it.
    let t = 1;
    while (t > 1e-3 && !(q2 - t * d2 > 1e-4 && q2 - t * d2 < Q3_MAX && q3 - t * d3 < Q3_MAX && q3 - t * d3 > 0)) t /= 2;
    if (t <= 1e-3) break;
    q2 -= t * d2;
    q3 -= t * d3;
  }
  return { alpha: NaN, q: [q1, NaN, NaN], converged: false };
}

/**
 * α_c,3 = 1/L₃(0). α_c,1: where αL₁ = 1 on branch A (Brent in q₃). α_c,2: where αL₂ = 1 on branch B
 * (Brent in q₁); layer 2 starts after layer 1 (checked: αL₂ ≈ 0.75 at α_c,1 for c = 1).
 */
export function thresholds3(c: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3): Thresholds3 {
  const L3 = channelMoments3(c, [0, 0, 0], forSmallQ(quad, 0)).L[2];
  const hA = (q3: number) => {
    const p = branchAPoint(c, q3, quad);
    return Math.log(p.alpha * p.L1);
  };
  const rA = brent(hA, 0.9, 0.998, { xtol: 2e-5, maxIter: 40 });
  const pA = rA.converged ? branchAPoint(c, rA.x, quad) : null;
  let q3s = pA ? pA.q[2] : 0.985;
  const hB = (q1: number) => {
    const p = branchBPoint(c, q1, quad, q3s);
    if (p.converged) q3s = p.q[2];
    return Math.log(p.aL2);
  };
  const rB = brent(hB, 0.05, 0.6, { xtol: 2e-5, maxIter: 40 });
  const pB = rB.converged ? branchBPoint(c, rB.x, quad, q3s) : null;
  return {
    alphaC: [pA ? pA.alpha : NaN, pB ? pB.alpha : NaN, 1 / L3],
    L3,
    atAlpha1: pA ? pA.q : [NaN, NaN, NaN],
    atAlpha2: pB ? pB.q : [NaN, NaN, NaN],
    converged: rA.converged && rB.converged && !!pB?.converged,
  };
}

export interface Branches3 {
  c: number;
  epsilon: number;
  alphaC: [number, number, number];
  /** the whole staircase as one parametric path, increasing in α: branch A, then B, then C */
  path: Branch3Point[];
  monotone: boolean;
}

export function computeBranches3(c: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3, log?: (s: string) => void): Branches3 {
  const th = thresholds3(c, quad);
  log?.(`thresholds ${th.alphaC.join(' ')}`);
  const path: Branch3Point[] = [{ alpha: th.alphaC[2], q: [0, 0, 0] }];
  for (const q3 of BRANCH_A_Q3) {
    if (q3 >= th.atAlpha1[2]) break;
    const p = branchAPoint(c, q3, quad);
    path.push({ alpha: p.alpha, q: p.q });
    log?.(`A ${p.alpha} ${p.q}`);
  }
  path.push({ alpha: th.alphaC[0], q: th.atAlpha1 });
  let q3s = th.atAlpha1[2];
  for (const q1 of BRANCH_Q1) {
    if (q1 >= th.atAlpha2[0]) break;
    const p = branchBPoint(c, q1, quad, q3s);
    if (!p.converged) continue;
    q3s = p.q[2];
    path.push({ alpha: p.alpha, q: p.q });
    log?.(`B ${p.alpha} ${p.q}`);
  }
  path.push({ alpha: th.alphaC[1], q: th.atAlpha2 });
  let start: [number, number] = [0.02, th.atAlpha2[2]];
  for (const q1 of BRANCH_Q1) {
    if (q1 <= th.atAlpha2[0] + 0.01) continue;
    const p = branchCPoint(c, q1, start, quad);
    log?.(`C ${p.alpha} ${p.q} ${p.converged}`);
    if (!p.converged) continue;
    start = [p.q[1], p.q[2]];
    path.push({ alpha: p.alpha, q: p.q });
  }
  // Interpolation needs α increasing along the path; a point that breaks this (quadrature noise near a
  // junction) is dropped and the flag says so.
  const kept = path.filter((p, i) => i === 0 || p.alpha > Math.max(...path.slice(0, i).map((x) => x.alpha)));
  return { c, epsilon: quad.epsilon ?? 0, alphaC: th.alphaC, path: kept, monotone: kept.length === path.length };
}

/**
 * Perfect recovery of the noiseless three-layer model: each sample fixes two numbers (u up to its sign) for
 * three unknown D-vectors, so Q = I needs α ≥ 3/2; near Q = I, Σ_ℓ V_ℓF_ℓ → 2 and Q = I is stable for
 * α > 3/2 when the three layers share the two constrained directions equally.
 */
export const ALPHA_PERFECT3 = 1.5;

export interface SeCurve3 {
  alpha: number[];
  overlaps: [number[], number[], number[]];
  status: SeStatus[];
}

/**
 * Q(α) from the path: zero below α_c,3, then linear interpolation along the path; for ε = 0 beyond its
 * last point a linear join to Q = I at α = 3/2 ('unverified'), and Q = I after it.
 */
export function curveFromBranches3(br: Branches3, alphas: number[]): SeCurve3 {
  const out: [number[], number[], number[]] = [[], [], []];
  const status: SeStatus[] = [];
  const path = br.path;
  const last = path[path.length - 1];
  const ext = !br.epsilon && last.alpha < ALPHA_PERFECT3 ? [...path, { alpha: ALPHA_PERFECT3, q: [1, 1, 1] as [number, number, number] }] : path;
  for (const a of alphas) {
    let q: [number, number, number];
    let st: SeStatus = 'converged';
    if (!(a >= 0)) {
      q = [NaN, NaN, NaN];
      st = 'failed';
    } else if (a <= path[0].alpha) q = [0, 0, 0];
    else if (!br.epsilon && a >= ALPHA_PERFECT3) q = [1, 1, 1];
    else if (a > ext[ext.length - 1].alpha) {
      q = [...last.q];
      st = 'not-converged';
    } else {
      let k = 1;
      while (k < ext.length - 1 && ext[k].alpha < a) k++;
      const t = (a - ext[k - 1].alpha) / (ext[k].alpha - ext[k - 1].alpha);
      q = [0, 1, 2].map((l) => ext[k - 1].q[l] + t * (ext[k].q[l] - ext[k - 1].q[l])) as [number, number, number];
      if (a > last.alpha) st = 'unverified';
    }
    for (let l = 0; l < 3; l++) out[l].push(q[l]);
    status.push(st);
  }
  return { alpha: alphas.slice(), overlaps: out, status };
}
