import { channelMoments, DEFAULT_QUADRATURE, Q_MAX, type SmiQuadrature } from './channel';
import { gridFor } from './posterior';
import { meanAndError } from './replicates';
import { DEFAULT_REPLICATES, GRID_CHECK, thresholds } from './thresholds';
import { MonotoneCubic } from '../../../numeric/monotoneCubic';

/**
 * Bayes-optimal state evolution of the two-layer SMI (M = 2, one direction per layer):
 * Q̂_ℓ = αF_ℓ(Q₁₁, Q₂₂), Q_ℓℓ = Q̂_ℓ/(1 + Q̂_ℓ); Q stays diagonal because z_ℓ → −z_ℓ leaves y unchanged.
 */

/**
 * 'unverified': interpolated rather than solved; for ε = 0 the short stretch between the last tabulated
 * point of the two-layer branch (α ≈ 0.97 at c = 1) and perfect recovery at α = 1.
 */
export type SeStatus = 'converged' | 'not-converged' | 'unverified' | 'failed';

export interface SeResult {
  q1: number;
  q2: number;
  status: SeStatus;
  iterations: number;
}

/**
 * Damped iteration Q ← (1 − damping)·Q̂/(1 + Q̂) + damping·Q from Q = (0.05, 0.05), as the published
 * code does. Slow (one full outer expectation per step); the parametric branches below are preferred.
 */
export function solveDamped(
  c: number,
  alpha: number,
  opts: { damping?: number; maxIter?: number; tol?: number; start?: [number, number]; quad?: SmiQuadrature } = {},
): SeResult {
  const damping = opts.damping ?? 0.5;
  const maxIter = opts.maxIter ?? 60;
  const tol = opts.tol ?? 1e-5;
  let [q1, q2] = opts.start ?? [0.05, 0.05];
  for (let it = 1; it <= maxIter; it++) {
    const F = channelMoments(c, q1, q2, opts.quad);
    const h1 = alpha * F.F1;
    const h2 = alpha * F.F2;
    if (!Number.isFinite(h1) || !Number.isFinite(h2) || F.failed > 0) return { q1: NaN, q2: NaN, status: 'failed', iterations: it };
    const n1 = Math.min(Q_MAX, Math.max(0, (1 - damping) * (h1 / (1 + h1)) + damping * q1));
    const n2 = Math.min(Q_MAX, Math.max(0, (1 - damping) * (h2 / (1 + h2)) + damping * q2));
    const d = Math.max(Math.abs(n1 - q1), Math.abs(n2 - q2));
    q1 = n1;
    q2 = n2;
    if (d < tol) return { q1, q2, status: 'converged', iterations: it };
  }
  return { q1, q2, status: 'not-converged', iterations: maxIter };
}

/**
 * Near q = 0, F(q) ≈ q·F'(0) is a small difference of O(1) posterior moments, so its outer-sampling error
 * is relatively large: with 1024 points α*(q₂ = 0.002) came out 0.204 against 1/F₂₂(0) = 0.1855, with 16384
 * points 0.191 (the rest is the true slope of α*). There V ≈ 1 keeps the inner grid small, so the extra
 * points are cheap (about 0.6 s per evaluation).
 */
const SMALL_Q = 0.1;
const SMALL_Q_OUTER = 16384;
function forSmallQ(quad: SmiQuadrature, q: number): SmiQuadrature {
  return q <= SMALL_Q ? { ...quad, outer: Math.max(quad.outer, SMALL_Q_OUTER) } : quad;
}

/** One point of the parametric curve: the overlaps at which α is a fixed point. */
export interface BranchPoint {
  alpha: number;
  q1: number;
  q2: number;
  /** standard error of α over randomised replicates, where the node was computed so */
  alphaErr?: number;
}

/**
 * Overlap grid of the last-layer branch: dense near 0 (onset) and near 1 (saturation), and twice as dense above
 * q₂ = 0.5 as below: reading between the nodes (curveFromBranches) on one net, without sampling noise, put the plug-in
 * error up to 3.4·10⁻⁴ off at c = 3 with half these nodes above 0.5, and 8.3·10⁻⁵ with them all
 * (scripts/smi-precompute.ts `reading`).
 */
export const LAST_LAYER_Q2 = [
  0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.525, 0.55, 0.575, 0.6, 0.625, 0.65, 0.675, 0.7, 0.725, 0.75,
  0.775, 0.8, 0.825, 0.85, 0.875, 0.9, 0.915, 0.93, 0.94, 0.95, 0.9575, 0.965, 0.97, 0.975, 0.98, 0.985, 0.9875, 0.99, 0.9925, 0.995, 0.9965, 0.998,
];

/**
 * Overlap grid of the two-layer branch (in q₁). For ε = 0 the points from about q₁ = 0.9 on need q₂ above
 * the resolvable cap and are dropped (the curve is joined to perfect recovery instead); for ε = 10⁻³ the
 * grid reaches α ≈ 1.8 at c = 1. Twice as dense as its first version (0.01, 0.05, 0.1, 0.2, …, 0.8, 0.87, 0.92,
 * 0.95, 0.975, 0.99): read between those nodes the plug-in error came up to 1.3·10⁻⁴ off the direct points.
 */
export const TWO_LAYER_Q1 = [
  0.01, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.835, 0.87, 0.895, 0.92, 0.935, 0.95, 0.9625,
  0.975, 0.9825, 0.99,
];

/**
 * Branch Q₁₁ = 0: α*(q₂) = q₂/((1 − q₂)F₂(0, q₂)), no iteration. Also returns F₁₁(q₂) = L₁, the slope of F₁ in q₁.
 * With `replicates` R ≥ 2, F₂ and L₁ are means over the randomised replicates 1…R of the net and `alphaErr` is
 * the standard error of α* (from that of F₂). The fixed net alone is off by its own sampling error, which is
 * largest near the onset: at c = 1 it gives α*(0.0005) = 0.1897 (16384 points), where the mean of the replicates
 * is 0.1856 and the threshold α_c,2 = 0.1855.
 */
export function lastLayerPoint(
  c: number,
  q2: number,
  quad: SmiQuadrature = DEFAULT_QUADRATURE,
  replicates = 0,
): BranchPoint & { F11: number; alphaErr?: number } {
  const q = forSmallQ(quad, q2);
  if (replicates < 2) {
    const F = channelMoments(c, 0, q2, q);
    return { alpha: q2 / ((1 - q2) * F.F2), q1: 0, q2, F11: F.L1 };
  }
  const F2: number[] = [];
  const L1: number[] = [];
  for (let k = 1; k <= replicates; k++) {
    const F = channelMoments(c, 0, q2, { ...q, replicate: k });
    F2.push(F.F2);
    L1.push(F.L1);
  }
  const f = meanAndError(F2);
  const alpha = q2 / ((1 - q2) * f.mean);
  return { alpha, q1: 0, q2, F11: meanAndError(L1).mean, alphaErr: (alpha * f.err) / f.mean };
}

/**
 * Branch with both layers informed: for given q₁, α(q₂) = q₁/((1 − q₁)F₁(q₁, q₂)) from layer 1, and q₂ solves
 * q₂ = αF₂/(1 + αF₂) at that α. Layer 2 is saturated there (q₂ > 0.97), so this 1-D fixed point
 * contracts fast; it is iterated without damping and its convergence is reported. With `replicates` R ≥ 2,
 * F₁ and F₂ are means over the randomised replicates 1…R of the net (as lastLayerPoint's), with √R times less
 * sampling error than one net. `shift` is added to F₁ and F₂ (gridShift: the inner grid's bias).
 */
export function twoLayerPoint(
  c: number,
  q1: number,
  quad: SmiQuadrature = DEFAULT_QUADRATURE,
  q2Start = 0.99,
  replicates = 0,
  shift: GridShift = NO_SHIFT,
): BranchPoint & { converged: boolean } {
  const moments = (q2: number): { F1: number; F2: number } => {
    if (replicates < 2) {
      const m = channelMoments(c, q1, q2, quad);
      return { F1: m.F1 + shift.F1, F2: m.F2 + shift.F2 };
    }
    let F1 = shift.F1;
    let F2 = shift.F2;
    for (let k = 1; k <= replicates; k++) {
      const m = channelMoments(c, q1, q2, { ...quad, replicate: k });
      F1 += m.F1 / replicates;
      F2 += m.F2 / replicates;
    }
    return { F1, F2 };
  };
  let q2 = q2Start;
  let alpha = NaN;
  for (let it = 0; it < 40; it++) {
    const F = moments(q2);
    alpha = q1 / ((1 - q1) * F.F1);
    const h = alpha * F.F2;
    const next = Math.min(Q_MAX, h / (1 + h));
    if (!Number.isFinite(next)) return { alpha: NaN, q1, q2: NaN, converged: false };
    const d = Math.abs(next - q2);
    q2 = next;
    if (d < 2e-6) {
      // A q₂ held at the cap is not a fixed point (the exact SE wants q₂ → 1 as α → 1).
      if (q2 >= Q_MAX) return { alpha, q1, q2, converged: false };
      const G = moments(q2);
      return { alpha: q1 / ((1 - q1) * G.F1), q1, q2, converged: true };
    }
  }
  return { alpha, q1, q2, converged: false };
}

/**
 * A two-layer node solved from a known q₂ on the mean of `replicates` randomised nets (R ≥ 2): the fixed point
 * q₂ = h/(1 + h), h = αF₂, α = q₁/((1 − q₁)F₁), by a Newton step from q2Start (the moments there and 2% of 1 − q₂
 * below), a secant step, and the root of the quadratic through the three points, F₁ read on its quadratic there:
 * three evaluations per net, against about ten for twoLayerPoint's iteration. Each net's own α and q₂ are read from
 * the same evaluations (`nets`), and their spread over √R is `alphaErr`. At c = 1, q₁ = 0.3 (1024 points, two nets)
 * the mean came within 1.6·10⁻⁵ of twoLayerPoint on the mean of the nets and a net's own within 2.2·10⁻⁵ of that net's
 * iteration, 8.2·10⁻³ from the mean (a straight line through two of the points: 6.7·10⁻⁴). One net's F₁ is
 * heavy-tailed over the outer points: one net of 4096 puts α off by 0.003–0.014 where Q₁₁ is small.
 */
export function replicatedTwoLayerPoint(
  c: number,
  q1: number,
  quad: SmiQuadrature,
  q2Start: number,
  replicates: number,
  shift: GridShift = NO_SHIFT,
): BranchPoint & { alphaErr: number; nets: { alpha: number; q2: number }[] } {
  if (!(replicates >= 2)) throw new RangeError(`replicatedTwoLayerPoint needs two or more replicates (got ${replicates})`);
  // One inner grid for all three evaluations, so that the slopes taken between them are of F and not of its grid.
  const eps = quad.epsilon ?? 0;
  const gridN = gridFor(1 - q1 + eps, 1 - q2Start + eps, quad.refine).n;
  const nets = Array.from({ length: replicates }, (_, k) => ({ ...quad, replicate: k + 1, gridN }));
  interface At {
    q: number;
    F1: number[];
    r: number[];
  }
  // Index R holds the mean of the nets' moments, 0…R − 1 each net's own.
  const at = (q: number): At => {
    const ms = nets.map((n) => channelMoments(c, q1, Math.min(q, Q_MAX), n));
    const F1 = ms.map((m) => m.F1 + shift.F1);
    const F2 = ms.map((m) => m.F2 + shift.F2);
    F1.push(F1.reduce((s, x) => s + x, 0) / replicates);
    F2.push(F2.reduce((s, x) => s + x, 0) / replicates);
    const r = F1.map((f1, k) => {
      const h = (q1 / ((1 - q1) * f1)) * F2[k];
      return h / (1 + h) - q;
    });
    return { q, F1, r };
  };
  const root = (a: At, b: At, k: number) => a.q - (a.r[k] * (a.q - b.q)) / (a.r[k] - b.r[k]);
  const p0 = at(q2Start);
  const p1 = at(q2Start - 0.02 * (1 - q2Start));
  // Started exactly on the mean's root the secant lands on p0 again (0/0 below), and with equal residuals nowhere: take the third point further down instead.
  const q2Next = root(p0, p1, replicates);
  const p2 = at(Number.isFinite(q2Next) && Math.abs(q2Next - p0.q) > 1e-12 ? q2Next : q2Start - 0.05 * (1 - q2Start));
  // r and F₁ through the three points (Newton's divided differences), solved for r = 0 from the secant's root: a net's
  // own root lies up to several times the points' span away, where a straight line through two of them is 8% off.
  const quadratic = (f: (p: At) => number) => {
    const d1 = (f(p2) - f(p0)) / (p2.q - p0.q);
    const d2 = ((f(p1) - f(p0)) / (p1.q - p0.q) - d1) / (p1.q - p2.q);
    return { at: (q: number) => f(p2) + (q - p2.q) * (d1 + d2 * (q - p0.q)), slope: (q: number) => d1 + d2 * (2 * q - p2.q - p0.q) };
  };
  const solve = (k: number) => {
    let q = root(p2, Math.abs(p0.q - p2.q) < Math.abs(p1.q - p2.q) ? p0 : p1, k);
    const r = quadratic((p) => p.r[k]);
    for (let it = 0; it < 3; it++) q -= r.at(q) / r.slope(q);
    return { alpha: q1 / ((1 - q1) * quadratic((p) => p.F1[k]).at(q)), q2: q };
  };
  const mean = solve(replicates);
  const own = nets.map((_, k) => solve(k));
  return { alpha: mean.alpha, q1, q2: mean.q2, alphaErr: meanAndError(own.map((p) => p.alpha)).err, nets: own };
}

/** An additive correction of F₁ and F₂ for the inner grid's bias (gridShift). */
export interface GridShift {
  F1: number;
  F2: number;
}
const NO_SHIFT: GridShift = { F1: 0, F2: 0 };

/**
 * The inner grid's bias of F₁ and F₂ at (q₁, q₂): the mean over replicates 1…R of the moments on a grid `check`
 * times denser minus those on quad's, on the same outer points (so the difference is precise). At small c the
 * grid of refine 0.3 is too coarse where Q₁₁ is small: A(z₁) is nearly singular and z₂ = A⁻¹u varies fast, and the
 * grid's error, squared in E‖g₁‖², adds to F₁ a bias that does not vanish with q₁ (at c = 0.05, q₂ = 0.82 it made
 * F₁/q₁ 4.1 at q₁ = 0.001 against the slope L₁ = 1.37; refine 1.2: 1.35). The bias changes slowly with q₂, so a
 * branch node measures it at its starting q₂ and solves its fixed point with it added (correctedTwoLayerPoint).
 */
export function gridShift(c: number, q1: number, q2: number, quad: SmiQuadrature, check: number, replicates: number): GridShift {
  // replicates 0: quad's own net, once (a computation on one net corrects on that net).
  const nets = replicates >= 1 ? Array.from({ length: replicates }, (_, k) => k + 1) : [quad.replicate ?? 0];
  let F1 = 0;
  let F2 = 0;
  for (const k of nets) {
    const fine = channelMoments(c, q1, q2, { ...quad, refine: quad.refine * check, replicate: k });
    const coarse = channelMoments(c, q1, q2, { ...quad, replicate: k });
    F1 += (fine.F1 - coarse.F1) / nets.length;
    F2 += (fine.F2 - coarse.F2) / nets.length;
  }
  return { F1, F2 };
}

/** How a two-layer node removes the inner grid's bias: a grid `check` times denser, on `replicates` (gridShift). */
export interface GridCheck {
  check: number;
  replicates: number;
}

/**
 * The inner grid is too coarse for F₁ at small c (gridShift): below this skip the two-layer nodes of the exact SE
 * are corrected. The relative bias of F₁ at refine 0.3 against 1.2 (q₁ = 0.01, 0.1, 0.5; one net of 4096 points) is
 * 49%, 4.6%, 1.2% at c = 0.05; 23%, 1.8%, 0.26% at c = 0.1; 1.7%, 0.10%, 0.03% at c = 0.25; 0.6%, 0.12%, 0.03% at
 * c = 0.35; within 7.5·10⁻⁴ at c = 0.5, 0.75 and 1. Refine 1.2 is within 1.6·10⁻⁴ of 2.4 at c = 0.05.
 */
export const GRID_CHECK_BELOW = 0.5;

/** The grid correction a two-layer branch at skip c takes (exact SE below GRID_CHECK_BELOW), measured on `replicates`. */
export function gridCheckFor(c: number, epsilon: number | undefined, replicates: number): GridCheck | undefined {
  return c < GRID_CHECK_BELOW && !epsilon ? { check: GRID_CHECK, replicates } : undefined;
}

/**
 * twoLayerPoint with the grid's bias removed: measured at the starting q₂ and, where the fixed point moved more
 * than 10⁻³ from it, measured again there (up to four times). Against the fixed point solved on the denser grid
 * itself (c = 0.05, q₁ = 0.1, two replicates) one measurement at a start 1.3·10⁻³ away left α 4·10⁻⁴ low.
 */
export function correctedTwoLayerPoint(
  c: number,
  q1: number,
  quad: SmiQuadrature,
  q2Start: number,
  replicates: number,
  grid: GridCheck,
): BranchPoint & { converged: boolean; shift: GridShift } {
  let q2s = q2Start;
  let shift = gridShift(c, q1, q2s, quad, grid.check, grid.replicates);
  let p = twoLayerPoint(c, q1, quad, q2s, replicates, shift);
  for (let k = 0; k < 4 && p.converged && Math.abs(p.q2 - q2s) > 1e-3; k++) {
    q2s = p.q2;
    shift = gridShift(c, q1, q2s, quad, grid.check, grid.replicates);
    p = twoLayerPoint(c, q1, quad, q2s, replicates, shift);
  }
  return { ...p, shift };
}

export interface Branches {
  c: number;
  /** ε of the quadrature (0 or absent: the exact SE, which reaches Q = I at α = 1) */
  epsilon?: number;
  alphaC: [number, number];
  /** standard errors of alphaC (thresholds.ts) */
  alphaCErr?: [number, number];
  /** Q₁₁ = 0 branch, increasing in α */
  last: BranchPoint[];
  /** both layers informed, increasing in α; starts at (α_c,1, 0, q₂*) */
  both: BranchPoint[];
  /** α increases along each branch (no first-order jump) */
  monotone: boolean;
}

/**
 * The two parametric branches; the whole curve Q(α) is read off them by interpolation. Below GRID_CHECK_BELOW the
 * two-layer nodes of the exact SE are corrected for the inner grid on their own net: at c = 0.3 the branches (the
 * thresholds aside) took 4.1 times as long (106 → 435 s, one run beside other work).
 */
export function computeBranches(c: number, quad: SmiQuadrature = DEFAULT_QUADRATURE, replicates = DEFAULT_REPLICATES): Branches {
  return branchesWithThresholds(c, thresholds(c, quad, replicates), quad, { gridCheck: gridCheckFor(c, quad.epsilon, 0) });
}

export interface BranchOptions {
  /** false: the last-layer branch only */
  withBoth?: boolean;
  lastReplicates?: number;
  bothReplicates?: number;
  gridCheck?: GridCheck;
}

/** The thresholds a branch computation starts from: α_c,1, α_c,2 (with errors) and q₂ at α_c,1. */
export interface BranchThresholds {
  alphaC: [number, number];
  alphaCErr?: [number, number];
  q2AtAlpha1: number;
}

/**
 * The branches from thresholds computed before (or shipped): the expensive part of `computeBranches` is the
 * thresholds, so a grid of skips whose thresholds are known needs only the branch points. `lastReplicates`,
 * `bothReplicates`: the nodes of that branch as means over that many randomised replicates (lastLayerPoint,
 * twoLayerPoint); `gridCheck`: the two-layer nodes corrected for the inner grid (correctedTwoLayerPoint).
 */
export function branchesWithThresholds(
  c: number,
  th: BranchThresholds,
  quad: SmiQuadrature = DEFAULT_QUADRATURE,
  { withBoth = true, lastReplicates = 0, bothReplicates = 0, gridCheck }: BranchOptions = {},
): Branches {
  const last: BranchPoint[] = [{ alpha: th.alphaC[1], q1: 0, q2: 0 }];
  for (const q2 of LAST_LAYER_Q2) {
    const p = lastLayerPoint(c, q2, quad, lastReplicates);
    if (p.alpha > th.alphaC[0] && last[last.length - 1].alpha > th.alphaC[0]) break;
    last.push(p.alphaErr === undefined ? { alpha: p.alpha, q1: 0, q2 } : { alpha: p.alpha, q1: 0, q2, alphaErr: p.alphaErr });
  }
  const both: BranchPoint[] = [{ alpha: th.alphaC[0], q1: 0, q2: th.q2AtAlpha1 }];
  let q2s = th.q2AtAlpha1 > 0 ? th.q2AtAlpha1 : 0.99;
  // The two-layer branch costs about ten times the last-layer one (a fixed point in q₂ per node, where V₂ is
  // small and the inner grid fine); a grid in c may take it from fewer skips, as it varies little with c.
  for (const q1 of withBoth ? TWO_LAYER_Q1 : []) {
    const p = gridCheck ? correctedTwoLayerPoint(c, q1, quad, q2s, bothReplicates, gridCheck) : twoLayerPoint(c, q1, quad, q2s, bothReplicates);
    if (!p.converged) continue;
    both.push({ alpha: p.alpha, q1: p.q1, q2: p.q2 });
    q2s = p.q2;
  }
  const inc = (b: BranchPoint[]) => b.every((p, i) => i === 0 || p.alpha > b[i - 1].alpha);
  return { c, epsilon: quad.epsilon ?? 0, alphaC: th.alphaC, alphaCErr: th.alphaCErr, last, both, monotone: inc(last) && inc(both) };
}

function interp(b: BranchPoint[], alpha: number): { q1: number; q2: number } | null {
  if (b.length < 2 || alpha < b[0].alpha || alpha > b[b.length - 1].alpha) return null;
  const k = intervalOf(b, alpha);
  const t = (alpha - b[k - 1].alpha) / (b[k].alpha - b[k - 1].alpha);
  return { q1: b[k - 1].q1 + t * (b[k].q1 - b[k - 1].q1), q2: b[k - 1].q2 + t * (b[k].q2 - b[k - 1].q2) };
}

/**
 * A branch as smooth functions of its own overlap (tailVariable(q₂) on the last-layer branch, q₁ on the two-layer
 * one); `alpha` holds ln α where `lnAlpha` says so.
 */
interface SmoothBranch {
  alpha: MonotoneCubic;
  lnAlpha: boolean;
  q1: MonotoneCubic;
  q2: MonotoneCubic;
}

/** Where the last-layer branch's reading variable turns from q₂ to −ln(1 − q₂) (tailVariable). */
const Q_TAIL = 0.95;

/**
 * The last-layer branch's parameter: q₂ up to Q_TAIL, then −(1 − Q_TAIL)·ln(1 − q₂) shifted to join it with the same
 * slope. Near saturation α rises steeply (about as (1 − q₂)^(−1/2) at c = 3), so ln α is nearly straight in this
 * variable where a cubic in q₂ bent too little: at c = 3 the plug-in error read in the last interval before α_c,1
 * came 6.5·10⁻⁴ off, 1.4·10⁻⁶ read this way (scripts/smi-precompute.ts `between`).
 */
const tailVariable = (q: number) => (q <= Q_TAIL ? q : Q_TAIL - (1 - Q_TAIL) * Math.log((1 - q) / (1 - Q_TAIL)));

const smoothBranches = new WeakMap<BranchPoint[], SmoothBranch | null>();

/**
 * The branch's nodes are exact points of the parametric curve α(q): α is smooth in the overlap that
 * parametrises the branch, whereas Q(α) rises like a square root from a threshold and bends sharply near
 * saturation. So Q(α) is read off monotone cubics α(s), q₁(s), q₂(s) in that overlap s, inverted in s by
 * bisection. Against direct points between the shipped nodes (scripts/smi-precompute.ts `between`,
 * livePath.slow.test.ts) the plug-in error read this way is within 1.2·10⁻⁴ at every skip measured (ln α in the
 * last-layer branch's tailVariable). With half the nodes above q₂ = 0.5 it was 4.8·10⁻⁴, 6.5·10⁻⁴ with α in q₂,
 * and straight lines between the nodes in (α, Q) came 3.0·10⁻³ off at c = 3. Null (straight lines) where the overlap or α does not rise strictly from node to node.
 */
function smoothBranch(b: BranchPoint[]): SmoothBranch | null {
  let s = smoothBranches.get(b);
  if (s !== undefined) return s;
  const lastLayer = !(b.length > 1 && b[b.length - 1].q1 > b[0].q1);
  const param = lastLayer ? b.map((p) => tailVariable(p.q2)) : b.map((p) => p.q1);
  const rises = (xs: number[]) => xs.length > 2 && xs.every((x, i) => i === 0 || x > xs[i - 1]);
  const alphas = b.map((p) => p.alpha);
  s =
    rises(param) && rises(alphas)
      ? {
          // ln α on the last-layer branch (positive there; nearly straight in its tail), α itself on the two-layer one.
          alpha: new MonotoneCubic(param, lastLayer ? alphas.map(Math.log) : alphas),
          lnAlpha: lastLayer,
          q1: new MonotoneCubic(
            param,
            b.map((p) => p.q1),
          ),
          q2: new MonotoneCubic(
            param,
            b.map((p) => p.q2),
          ),
        }
      : null;
  smoothBranches.set(b, s);
  return s;
}

/** Q at α on a branch: along its smooth parametrisation where it has one, else linearly between nodes. */
function along(b: BranchPoint[], alpha: number): { q1: number; q2: number } | null {
  if (b.length < 2 || alpha < b[0].alpha || alpha > b[b.length - 1].alpha) return null;
  const s = smoothBranch(b);
  if (!s) return interp(b, alpha);
  const k = intervalOf(b, alpha);
  let lo = s.alpha.x[k - 1];
  let hi = s.alpha.x[k];
  // α(s) is monotone between two nodes, so bisection converges to the one s with α(s) = α.
  const target = s.lnAlpha ? Math.log(alpha) : alpha;
  for (let it = 0; it < 52 && hi - lo > 1e-15; it++) {
    const mid = 0.5 * (lo + hi);
    if (s.alpha.at(mid) < target) lo = mid;
    else hi = mid;
  }
  const t = 0.5 * (lo + hi);
  return { q1: s.q1.at(t), q2: s.q2.at(t) };
}

/** Index k ≥ 1 of the nodes with α_{k−1} ≤ α ≤ α_k. */
function intervalOf(b: BranchPoint[], alpha: number): number {
  let k = 1;
  while (k < b.length - 1 && b[k].alpha < alpha) k++;
  return k;
}

export interface SeCurve {
  alpha: number[];
  /** [Q₁₁(α), Q₂₂(α)] */
  overlaps: [number[], number[]];
  status: SeStatus[];
}

/**
 * Perfect recovery of the noiseless model (ε = 0): each sample fixes two numbers (u up to its sign) for two
 * unknown D-vectors, so Q = I needs α ≥ 1. Near Q = I each layer has F_ℓ ≈ k_ℓ/V_ℓ with k₁ + k₂ = 2
 * (two constrained directions of four) and V_ℓ ← V_ℓ/(V_ℓ + αk_ℓ), so Q = I is stable exactly for α > 1
 * (balanced k_ℓ = 1; an unbalanced pair does not persist). Measured: V₁F₁ + V₂F₂ = 1.94, 1.98, 1.99 at
 * (q₁, q₂) = (0.9, 0.999), (0.97, 0.9995), (0.99, 0.9995). The tabulated two-layer branch ends at
 * α ≈ 0.97–0.99, where q₂ reaches the resolvable cap, and is joined linearly to (1, 1) at α = 1.
 */
export const ALPHA_PERFECT = 1;

/**
 * Q(α) from the branches: zero below α_c,2; the last-layer branch up to α_c,1; the two-layer branch above;
 * for ε = 0, Q = I from α = 1 on, reached by a linear join marked 'unverified'. With ε > 0, beyond the last
 * tabulated point the status is 'not-converged' and the overlaps are those of the last point, a lower bound.
 */
export function curveFromBranches(br: Branches, alphas: number[]): SeCurve {
  const q11: number[] = [];
  const q22: number[] = [];
  const status: SeStatus[] = [];
  for (const a of alphas) {
    let r: { q1: number; q2: number } | null;
    let st: SeStatus = 'converged';
    if (!(a >= 0)) {
      r = { q1: NaN, q2: NaN };
      st = 'failed';
    } else if (a <= br.alphaC[1]) r = { q1: 0, q2: 0 };
    else if (!(a > br.alphaC[0])) r = along(br.last, a) ?? null;
    else if (!br.epsilon && br.both.length > 0 && br.both[br.both.length - 1].alpha < ALPHA_PERFECT) {
      // The stretch past the last node to perfect recovery is a straight line: nothing is tabulated there.
      r = a >= ALPHA_PERFECT ? { q1: 1, q2: 1 } : (along(br.both, a) ?? interp([...br.both.slice(-1), { alpha: ALPHA_PERFECT, q1: 1, q2: 1 }], a));
      if (a < ALPHA_PERFECT && a > br.both[br.both.length - 1].alpha) st = 'unverified';
    } else r = along(br.both, a);
    if (!r) {
      const tail = a > br.alphaC[0] ? br.both : br.last;
      const p = tail[tail.length - 1];
      r = p ? { q1: p.q1, q2: p.q2 } : { q1: NaN, q2: NaN };
      st = 'not-converged';
    }
    q11.push(r.q1);
    q22.push(r.q2);
    status.push(st);
  }
  return { alpha: alphas.slice(), overlaps: [q11, q22], status };
}
