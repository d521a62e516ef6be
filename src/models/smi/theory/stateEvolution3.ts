import { brent } from '../../../numeric/brent';
import { channelMoments3, DEFAULT_QUADRATURE3, Q3_MAX, type Smi3Quadrature } from './channel3';
import { meanAndError } from './replicates';
import type { SeStatus } from './stateEvolution';

/**
 * Bayes-optimal state evolution of the three-layer SMI (M = 2, one direction per layer), read off three
 * parametric branches instead of iterating Q ← Q̂/(1 + Q̂), which is slow near each onset (at α = 1.25 a
 * damped iteration still moved by 1e-3 per step after 40 steps):
 *   A: Q₁₁ = Q₂₂ = 0, parameter q₃: α*(q₃) = q₃/((1 − q₃)F₃);
 *   B: one of layers 1, 2 informed (the first to lose stability on A), the other at 0;
 *   C: all three informed.
 * Q₁₁ = 0 and Q₂₂ = 0 stay fixed points by the z_ℓ → −z_ℓ symmetry; a layer starts to be learned where its
 * zero loses stability, αL_ℓ = 1 (L_ℓ = ∂F_ℓ/∂q_ℓ at q_ℓ = 0; the Jacobian is diagonal there).
 */

export interface Branch3Point {
  alpha: number;
  q: [number, number, number];
}

/**
 * Near q = 0, F(q) ≈ qL is a small difference of O(1) moments, so the outer average needs more points (as in
 * the two-layer SE): at q₃ = 0.005 with 1024 outer points α*(q₃) came out 0.189 against α_c,3 = 0.2071.
 * There V ≈ 1 and the inner weights are nearly uniform, so the extra points cost only time.
 */
const SMALL_Q = 0.1;
export const SMALL_Q_OUTER = 16384;
function forSmallQ(quad: Smi3Quadrature, q: number): Smi3Quadrature {
  return q <= SMALL_Q ? { ...quad, outer: Math.max(quad.outer, SMALL_Q_OUTER) } : quad;
}

/** Grid of branch A in q₃: dense near the onset and near saturation. */
export const BRANCH_A_Q3 = [
  0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.965, 0.975,
  0.985, 0.99, 0.995, 0.998,
];
/**
 * Grid of branches B and C in the lead layer's overlap (B stops where the other layer starts). It starts at
 * 0.05: below, the importance sampling noise in E[z₁ | ·] inflates ‖g₁‖² (at q₁ = 0.02, F₁/q₁ = 1.05 with 1024
 * inner nodes against 1.007 with 4096 and L₁ = 0.967); the path joins the threshold point linearly.
 */
export const BRANCH_Q1 = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.87, 0.92, 0.95, 0.975];

export function branchAPoint(c: number, q3: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3): Branch3Point & { L1: number; L2: number } {
  const F = channelMoments3(c, [0, 0, q3], forSmallQ(quad, q3));
  return { alpha: q3 / ((1 - q3) * F.F[2]), q: [0, 0, q3], L1: F.L[0], L2: F.L[1] };
}

/**
 * A small overlap of layer 1 or 2 enters α through F/q, whose importance-sampling bias grows like 1/(ESS·q):
 * at q₁ = 0.05 and c = 2 (V₃ ≈ 0.009) 1024 inner nodes put α 6% below α_c,1. Four times the nodes there.
 */
export const SMALL_LAYER_INNER = 4096;
export function forSmallLayer(quad: Smi3Quadrature, q: number, floor = SMALL_LAYER_INNER): Smi3Quadrature {
  return q <= SMALL_Q ? { ...quad, inner: Math.max(quad.inner, floor) } : quad;
}

/** Overlaps with layer `lead` (0 or 1) at qa, the other of layers 1, 2 at qb, and layer 3 at q3. */
function qv(lead: 0 | 1, qa: number, qb: number, q3: number): [number, number, number] {
  return lead === 0 ? [qa, qb, q3] : [qb, qa, q3];
}

/**
 * Branch B: layer `lead` (whichever of layers 1 and 2 loses stability first on branch A; layer 1 at
 * every shipped c but 1.5) at overlap qa, the other at 0. α comes from the lead layer's equation and q₃ from its own
 * fixed point at that α (layer 3 is saturated, so this 1-D iteration contracts in a few steps). Also returns
 * α·L of the other layer, whose crossing of 1 starts it.
 */
export function branchBPoint(
  c: number,
  lead: 0 | 1,
  qa: number,
  quad: Smi3Quadrature = DEFAULT_QUADRATURE3,
  q3Start = 0.985,
  /** the inner nodes a small overlap gets at least (0: exactly quad.inner, for checks of the inner sampling) */
  smallLayerInner = SMALL_LAYER_INNER,
): Branch3Point & { aLother: number; converged: boolean } {
  let q3 = q3Start;
  const qd = forSmallLayer(quad, qa, smallLayerInner);
  for (let it = 0; it < 40; it++) {
    const F = channelMoments3(c, qv(lead, qa, 0, q3), qd);
    const alpha = qa / ((1 - qa) * F.F[lead]);
    const h = alpha * F.F[2];
    const next = Math.min(Q3_MAX, h / (1 + h));
    if (!Number.isFinite(next)) break;
    const d = Math.abs(next - q3);
    q3 = next;
    if (d < 2e-6) return { alpha, q: qv(lead, qa, 0, q3), aLother: alpha * F.L[1 - lead], converged: q3 < Q3_MAX };
  }
  return { alpha: NaN, q: qv(lead, qa, 0, NaN), aLother: NaN, converged: false };
}

/**
 * Branch C at qa (the lead layer's overlap): the other layer's overlap qb and q₃ solve their fixed points at
 * the α of the lead layer. Plain iteration contracts slowly in qb (factor ~0.8 per step at c = 1, q₁ = 0.4),
 * so Newton's method with a finite-difference Jacobian is used; fixed quadrature nodes make the residual
 * smooth. The other layer's equation is divided by qb (log(αF/qb) = −log(1 − qb)): qb = 0 solves the undivided
 * one by symmetry, and Newton fell into that (unstable) root at q₁ = 0.3–0.5.
 */
export function branchCPoint(
  c: number,
  lead: 0 | 1,
  qa: number,
  start: [number, number],
  quad: Smi3Quadrature = DEFAULT_QUADRATURE3,
): Branch3Point & { converged: boolean } {
  const resid = (qb: number, q3: number) => {
    const F = channelMoments3(c, qv(lead, qa, qb, q3), forSmallLayer(quad, Math.min(qa, qb)));
    const alpha = qa / ((1 - qa) * F.F[lead]);
    return { alpha, r: [Math.log((alpha * F.F[1 - lead]) / qb) + Math.log1p(-qb), Math.log(alpha * F.F[2]) - Math.log(q3 / (1 - q3))] };
  };
  let [qb, q3] = start;
  for (let it = 0; it < 15; it++) {
    const f = resid(qb, q3);
    if (!f.r.every(Number.isFinite)) break;
    if (Math.abs(f.r[0]) < 1e-5 && Math.abs(f.r[1]) < 1e-5) return { alpha: f.alpha, q: qv(lead, qa, qb, q3), converged: q3 < Q3_MAX };
    const hb = Math.min(1e-4, qb / 10);
    const h3 = Math.min(1e-5, (1 - q3) / 20);
    const a = resid(qb + hb, q3).r;
    const b = resid(qb, q3 - h3).r;
    const j00 = (a[0] - f.r[0]) / hb;
    const j10 = (a[1] - f.r[1]) / hb;
    const j01 = (f.r[0] - b[0]) / h3;
    const j11 = (f.r[1] - b[1]) / h3;
    const det = j00 * j11 - j01 * j10;
    if (!(Math.abs(det) > 0)) break;
    const db = (j11 * f.r[0] - j01 * f.r[1]) / det;
    const d3 = (j00 * f.r[1] - j10 * f.r[0]) / det;
    // Keep the step inside the domain (qb > 0, q₃ below the cap) by halving it.
    let t = 1;
    while (t > 1e-3 && !(qb - t * db > 1e-4 && qb - t * db < Q3_MAX && q3 - t * d3 < Q3_MAX && q3 - t * d3 > 0)) t /= 2;
    if (t <= 1e-3) break;
    qb -= t * db;
    q3 -= t * d3;
  }
  return { alpha: NaN, q: qv(lead, qa, NaN, NaN), converged: false };
}

export interface Branches3 {
  c: number;
  epsilon: number;
  /** [α_c,1, α_c,2, α_c,3]; NaN where the threshold lies beyond the computed path */
  alphaC: [number, number, number];
  /** the whole staircase as one parametric path, increasing in α: branch A, then B, then C */
  path: Branch3Point[];
  monotone: boolean;
  /** where layers 1 and 2 start together (jointStart): the α at which the second's zero loses stability on branch B */
  otherOnB?: number;
}

/** The root of h between a and b (h(a) < 0 < h(b)), or null. */
function crossing(h: (x: number) => number, a: number, b: number, fa?: number, fb?: number): number | null {
  const r = brent(h, a, b, { xtol: 2e-5, maxIter: 40, fa, fb });
  return r.converged ? r.x : null;
}

/**
 * Walks the staircase: α_c,3 = 1/L₃(0); branch A until α·max(L₁, L₂) reaches 1 (Brent between the grid
 * points that bracket it), which starts the lead layer (layer 1 at every shipped c but 1.5; at c = 2 at q₃ = 0.99183,
 * where α·L₂ is just below 1); branch B until α·L of the other layer reaches 1, or straight to branch C where
 * that happens below the A crossing (jointStart); then branch C. Where a branch stops converging before its crossing (q₃ at the cap), the path ends there
 * and the later thresholds are NaN.
 */
/** L₃(0) = E_y‖E[z₃z₃ᵀ | y] − I‖²_F on the fixed net, with the outer points a small overlap needs; α_c,3 = 1/L₃(0). */
export function lastLayerSlope(c: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3): number {
  return channelMoments3(c, [0, 0, 0], forSmallQ(quad, 0)).L[2];
}

/**
 * Inner base nodes of the correction in `lastLayerThreshold`, relative to the quadrature's: at Q = 0, 1024 and
 * 4096 base nodes gave L₃(0) = 4.8294 and 4.8280 at c = 1, 3.5703 and 3.5682 at c = 0.1 (the same 1024 outer
 * points), a bias of the self-normalised importance sampling that the outer spread does not show.
 */
export const INNER_CHECK = 4;

/**
 * α_c,3 = 1/L₃(0) with its standard error, from R randomised replicates of the outer net (replicates.ts), each
 * with quad.outer points. The inner importance sampling is the same in every replicate, so its bias is not in
 * the spread: it is corrected by the difference that INNER_CHECK times the inner nodes make on replicate 1,
 * with a quarter of the outer points (the difference is systematic, so fewer points measure it).
 */
export function lastLayerThreshold(
  c: number,
  quad: Smi3Quadrature = DEFAULT_QUADRATURE3,
  R = 4,
): { alpha3: number; err: number; L3: number; L3Err: number; innerShift: number } {
  if (!(Number.isInteger(R) && R >= 2)) throw new RangeError(`at least two replicates are needed for an error (got ${R})`);
  const L: number[] = [];
  for (let k = 1; k <= R; k++) L.push(channelMoments3(c, [0, 0, 0], { ...quad, replicate: k }).L[2]);
  const few = { ...quad, outer: Math.max(256, quad.outer >> 2), replicate: 1 };
  const innerShift = channelMoments3(c, [0, 0, 0], { ...few, inner: quad.inner * INNER_CHECK }).L[2] - channelMoments3(c, [0, 0, 0], few).L[2];
  const m = meanAndError(L);
  const L3 = m.mean + innerShift;
  return { alpha3: 1 / L3, err: m.err / L3 ** 2, L3, L3Err: m.err, innerShift };
}

export function computeBranches3(c: number, quad: Smi3Quadrature = DEFAULT_QUADRATURE3, log?: (s: string) => void): Branches3 {
  const alpha3 = 1 / lastLayerSlope(c, quad);
  log?.(`alpha_c3 ${alpha3}`);
  const path: Branch3Point[] = [{ alpha: alpha3, q: [0, 0, 0] }];
  const done = (alpha1: number, alpha2: number): Branches3 => {
    // Interpolation needs α increasing along the path; a point that breaks this (quadrature noise near a
    // junction) is dropped and the flag says so.
    const kept = path.filter((p, i) => i === 0 || p.alpha > Math.max(...path.slice(0, i).map((x) => x.alpha)));
    return { c, epsilon: quad.epsilon ?? 0, alphaC: [alpha1, alpha2, alpha3], path: kept, monotone: kept.length === path.length };
  };

  // Branch A until the first of layers 1 and 2 loses stability (α·L_ℓ = 1).
  const worst = (p: { alpha: number; L1: number; L2: number }) => Math.log(p.alpha * Math.max(p.L1, p.L2));
  const hA = (q3: number) => worst(branchAPoint(c, q3, quad));
  let prev = 0.5;
  let prevH = NaN;
  let q3c: number | null = null;
  for (const q3 of BRANCH_A_Q3) {
    const p = branchAPoint(c, q3, quad);
    const h = worst(p);
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
  const lead: 0 | 1 = at1.L1 >= at1.L2 ? 0 : 1;
  const other = 1 - lead;
  path.push({ alpha: at1.alpha, q: at1.q });
  const endOfA = path.length;
  log?.(`layer ${lead + 1} first at ${at1.alpha} ${at1.q}`);

  // Branch B starts at the A crossing, where α·L_other = α·L of the layer that has not started yet.
  let q3s = q3c;
  const hB = (qa: number) => Math.log(branchBPoint(c, lead, qa, quad, q3s).aLother);
  let prevQa = 0;
  let prevB = Math.log(at1.alpha * (lead === 0 ? at1.L2 : at1.L1));
  let qac: number | null = null;
  for (const qa of BRANCH_Q1) {
    const p = branchBPoint(c, lead, qa, quad, q3s);
    if (!p.converged) break;
    const h = Math.log(p.aLother);
    if (h >= 0) {
      // hB(0) is the limit at the A crossing (B meets A there), so the bracket may start at 0 via its value.
      qac = prevQa > 0 ? crossing(hB, prevQa, qa, prevB, h) : crossing((x) => (x === 0 ? prevB : hB(x)), 0, qa, prevB, h);
      break;
    }
    q3s = p.q[2];
    path.push({ alpha: p.alpha, q: p.q });
    log?.(`B ${p.alpha} ${p.q} aL ${p.aLother}`);
    prevQa = qa;
    prevB = h;
  }
  const thresholds = (a2: number): [number, number] => (lead === 0 ? [at1.alpha, a2] : [a2, at1.alpha]);
  if (qac === null) return done(...thresholds(NaN));
  const at2 = branchBPoint(c, lead, qac, quad, q3s);
  if (!at2.converged) return done(...thresholds(NaN));
  log?.(`layer ${other + 1} at ${at2.alpha} ${at2.q}`);
  // Where branch B bends back from the A crossing (its states there lie below α_L, so they are unstable) and the
  // other layer's zero is unstable on it before it gets back to α_L (c = 2 with one fixed inner net: α·L₂ reached 1
  // at q₁ ≈ 0.017, α = 1.0622, against 1.0654 at the A crossing; with a net per outer point no shipped c does), the
  // state evolution leaving branch A at α_L goes on to branch C: both layers start at α_L (jointStart), and branch
  // B is not on the path.
  const joint = jointStart(at1.alpha, at2.alpha);
  if (joint) {
    path.length = endOfA;
    log?.(`layers 1 and 2 start together at ${at1.alpha} (layer ${other + 1}'s crossing on branch B ${at2.alpha} is below it)`);
  } else path.push({ alpha: at2.alpha, q: at2.q });

  let start: [number, number] = [0.02, at2.q[2]];
  for (const qa of BRANCH_Q1) {
    if (qa <= qac + 0.01) continue;
    const p = branchCPoint(c, lead, qa, start, quad);
    log?.(`C ${p.alpha} ${p.q} ${p.converged}`);
    if (!p.converged) continue;
    start = [p.q[other], p.q[2]];
    path.push({ alpha: p.alpha, q: p.q });
  }
  const br = done(...thresholds(joint ? at1.alpha : at2.alpha));
  return joint ? { ...br, otherOnB: at2.alpha } : br;
}

/**
 * Whether the second of layers 1 and 2 starts with the first: its crossing on branch B (alphaOther) lies below
 * the first's on branch A (alphaLead), so branch B holds no stable state (computeBranches3). Both thresholds are
 * then alphaLead, and alphaLead − alphaOther measures how near the two crossings are (thresholdSpread3.ts adds
 * it to the second threshold's error).
 */
export function jointStart(alphaLead: number, alphaOther: number): boolean {
  return alphaOther <= alphaLead;
}

/**
 * The layer (0 or 1) that starts first: the one with the smaller threshold; where both start together, the one
 * whose overlap parametrises branch C (its rows have it at the nodes BRANCH_Q1).
 */
export function leadLayer(path: readonly (readonly number[])[], a1: number, a2: number): 0 | 1 {
  if (a1 !== a2) return a1 < a2 ? 0 : 1;
  const onC = path.filter((r) => r[0] > a1);
  return onC.length > 0 && onC.every((r) => BRANCH_Q1.includes(r[2])) && !onC.every((r) => BRANCH_Q1.includes(r[1])) ? 1 : 0;
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
 * all three layers near Q = I (both of layers 1 and 2 at 0.8 or more), a linear join to Q = I at α = 3/2 ('unverified') and Q = I after it. Beyond
 * the end of an incomplete path (or any path with ε > 0) nothing is known: NaN, 'not-converged'.
 */
export function curveFromBranches3(br: Branches3, alphas: number[]): SeCurve3 {
  const out: [number[], number[], number[]] = [[], [], []];
  const status: SeStatus[] = [];
  const path = br.path;
  const last = path[path.length - 1];
  // At c = 2 the path ends at (0.87, 0.89, 0.9994), α = 1.43, where q₃ reaches the resolvable cap.
  const complete = !br.epsilon && Math.min(last.q[0], last.q[1]) >= 0.8 && last.alpha < ALPHA_PERFECT3;
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
