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
export const BRANCH_A_Q3 = [
  0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.965, 0.975, 0.985,
  0.99, 0.995, 0.998,
];
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

export interface Branches3 {
  c: number;
  epsilon: number;
  /** [α_c,1, α_c,2, α_c,3]; NaN where the threshold lies beyond the computed path */
  alphaC: [number, number, number];
  /** the whole staircase as one parametric path, increasing in α: branch A, then B, then C */
  path: Branch3Point[];
  monotone: boolean;
}

/** The root of h between a and b (h(a) < 0 < h(b)), or null. */
function crossing(h: (x: number) => number, a: number, b: number, fa?: number, fb?: number): number | null {
  const r = brent(h, a, b, { xtol: 2e-5, maxIter: 40, fa, fb });
  return r.converged ? r.x : null;
}

/**
 * Walks the staircase: α_c,3 = 1/L₃(0); branch A until αL₁ reaches 1 (α_c,1, Brent between the grid
 * points that bracket it); branch B until αL₂ reaches 1 (α_c,2); then branch C. Where a branch stops
 * converging before its crossing (q₃ at the cap), the path ends there and the later thresholds are NaN:
 * at c = 2 layer 2 is still at 0 where layer 1 reaches 0.87 (α ≈ 1.8).
 */
export function computeBranches3(c: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3, log?: (s: string) => void): Branches3 {
  const alpha3 = 1 / channelMoments3(c, [0, 0, 0], forSmallQ(quad, 0)).L[2];
  log?.(`alpha_c3 ${alpha3}`);
  const path: Branch3Point[] = [{ alpha: alpha3, q: [0, 0, 0] }];
  const done = (alpha1: number, alpha2: number): Branches3 => {
    // Interpolation needs α increasing along the path; a point that breaks this (quadrature noise near a
    // junction) is dropped and the flag says so.
    const kept = path.filter((p, i) => i === 0 || p.alpha > Math.max(...path.slice(0, i).map((x) => x.alpha)));
    return { c, epsilon: quad.epsilon ?? 0, alphaC: [alpha1, alpha2, alpha3], path: kept, monotone: kept.length === path.length };
  };

  const hA = (q3: number) => {
    const p = branchAPoint(c, q3, quad);
    return Math.log(p.alpha * p.L1);
  };
  let prev = 0.5;
  let prevH = NaN;
  let q3c: number | null = null;
  for (const q3 of BRANCH_A_Q3) {
    const p = branchAPoint(c, q3, quad);
    const h = Math.log(p.alpha * p.L1);
    if (h >= 0) {
      q3c = crossing(hA, prev, q3, Number.isFinite(prevH) ? prevH : undefined, h);
      break;
    }
    path.push({ alpha: p.alpha, q: p.q });
    log?.(`A ${p.alpha} ${p.q}`);
    prev = q3;
    prevH = h;
  }
  if (q3c === null) return done(NaN, NaN);
  const at1 = branchAPoint(c, q3c, quad);
  path.push({ alpha: at1.alpha, q: at1.q });
  log?.(`alpha_c1 ${at1.alpha} ${at1.q}`);

  // Branch B starts at (α_c,1, 0, 0, q₃*), where αL₂ = α_c,1·L₂.
  let q3s = q3c;
  const hB = (q1: number) => {
    const p = branchBPoint(c, q1, quad, q3s);
    return Math.log(p.aL2);
  };
  let prevQ1 = 0;
  let prevB = Math.log(at1.alpha * at1.L2);
  let q1c: number | null = null;
  for (const q1 of BRANCH_Q1) {
    const p = branchBPoint(c, q1, quad, q3s);
    if (!p.converged) break;
    const h = Math.log(p.aL2);
    if (h >= 0) {
      // hB(0) is the limit α_c,1·L₂ (B meets A there), so the bracket may start at q₁ = 0 via its value.
      q1c = prevQ1 > 0 ? crossing(hB, prevQ1, q1, prevB, h) : crossing((x) => (x === 0 ? prevB : hB(x)), 0, q1, prevB, h);
      break;
    }
    q3s = p.q[2];
    path.push({ alpha: p.alpha, q: p.q });
    log?.(`B ${p.alpha} ${p.q} aL2 ${p.aL2}`);
    prevQ1 = q1;
    prevB = h;
  }
  if (q1c === null) return done(at1.alpha, NaN);
  const at2 = branchBPoint(c, q1c, quad, q3s);
  if (!at2.converged) return done(at1.alpha, NaN);
  path.push({ alpha: at2.alpha, q: at2.q });
  log?.(`alpha_c2 ${at2.alpha} ${at2.q}`);

  let start: [number, number] = [0.02, at2.q[2]];
  for (const q1 of BRANCH_Q1) {
    if (q1 <= q1c + 0.01) continue;
    const p = branchCPoint(c, q1, start, quad);
    log?.(`C ${p.alpha} ${p.q} ${p.converged}`);
    if (!p.converged) continue;
    start = [p.q[1], p.q[2]];
    path.push({ alpha: p.alpha, q: p.q });
  }
  return done(at1.alpha, at2.alpha);
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
 * Q(α) from the path: zero below α_c,3, then linear interpolation along it. For ε = 0, when the path reaches
 * all three layers near Q = I, a linear join to Q = I at α = 3/2 ('unverified') and Q = I after it. Beyond
 * the end of an incomplete path (or any path with ε > 0) nothing is known: NaN, 'not-converged'.
 */
export function curveFromBranches3(br: Branches3, alphas: number[]): SeCurve3 {
  const out: [number[], number[], number[]] = [[], [], []];
  const status: SeStatus[] = [];
  const path = br.path;
  const last = path[path.length - 1];
  const complete = !br.epsilon && last.q[1] > 0 && last.q[0] >= 0.9 && last.alpha < ALPHA_PERFECT3;
  const ext = complete ? [...path, { alpha: ALPHA_PERFECT3, q: [1, 1, 1] as [number, number, number] }] : path;
  for (const a of alphas) {
    let q: [number, number, number];
    let st: SeStatus = 'converged';
    if (!(a >= 0)) {
      q = [NaN, NaN, NaN];
      st = 'failed';
    } else if (a <= path[0].alpha) q = [0, 0, 0];
    else if (complete && a >= ALPHA_PERFECT3) q = [1, 1, 1];
    else if (a > ext[ext.length - 1].alpha) {
      q = [NaN, NaN, NaN];
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
