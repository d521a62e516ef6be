import type { Smi3Quadrature } from './channel3';
import { meanAndError } from './replicates';
import { branchAPoint, branchBPoint, forSmallLayer, leadLayer, SMALL_LAYER_INNER } from './stateEvolution3';

/**
 * How far the three-layer α_c,1 and α_c,2 of a computed staircase move with its quadrature.
 *
 * A staircase is computed on one fixed outer net, so its thresholds carry that net's sampling error, which a
 * single run cannot show. Here each threshold is recomputed on R randomised replicates of the net (replicates.ts)
 * at the staircase's own crossing point, each crossing located to first order along its branch:
 *   α*_k = α_k(x₀) − h_k(x₀) · (dα/dx) / (dh/dx),
 * with x the branch's parameter (q₃ on branch A, the lead layer's overlap on branch B), h = log(α·L) of the layer
 * that starts there (0 at the crossing), and the slopes taken on the staircase's own net. The spread (standard
 * deviation) of the α*_k is the error of one net's estimate, which is what a shipped threshold is.
 *
 * The inner importance sampling is the same in every replicate, so its bias is not in that spread. It is measured
 * on replicate 1 with INNER_PAIR[0] and INNER_PAIR[1] inner base nodes (`innerShift`, the change between them).
 * The bias of self-normalised importance sampling falls like 1/n, so a threshold computed with n nodes is off by
 * innerBias = −innerShift · (1/n) / (1/n₀ − 1/n₁); n is 1024, or 4096 where the staircase used more nodes for a
 * small overlap (branch B below q = 0.1). `err` adds that bias to the spread in quadrature (spreadError).
 * Checked against 16384 nodes at c = 1, layer 1's start on branch A (q = (0, 0, 0.978824)), on three outer
 * replicates of 4096 points with nested nets per point: the rule's bias at 1024 nodes, (4/3)·(L(1024) − L(4096)),
 * averaged 0.0154 for L₁ and 0.0198 for L₂, and L(1024) − L(16384) averaged 0.0148 and 0.0165 (single replicates
 * 0.007–0.020 and 0.011–0.025: the inner nets' own noise). At 256–16384 nodes on one replicate L₂ was 0.832, 0.816,
 * 0.774, 0.746, 0.749, 0.748, 0.749: settled from about 2048 nodes on.
 * That reading holds for a staircase with an inner net per outer point (innerNodesAt, channel3.ts), whose replicates
 * also draw new inner nets, so the spread includes their noise. On one fixed inner net the shift is mostly the
 * 1024-node net's own error, common to every outer point: at c = 1 the A crossing moves from 0.944 (fixed net) to
 * 0.983 and 0.988 with 1024 and 4096 nodes per point, and the B crossing from 1.2195 to 1.112 and 1.125. There the
 * rule's 1/n factor (4/3) stands in for the ratio of that error to the shift, which is not known in general.
 */

/** The inner base nodes of the bias check. */
export const INNER_PAIR: readonly [number, number] = [1024, 4096];

/** The bias of a threshold computed with `nodes` inner nodes, from the change between INNER_PAIR (see above). */
export function innerBias(innerShift: number, nodes: number): number {
  return (-innerShift * (1 / nodes)) / (1 / INNER_PAIR[0] - 1 / INNER_PAIR[1]);
}

/** The error of one net's threshold: its spread over replicates and the inner nodes' bias, in quadrature. */
export function spreadError(sd: number, innerShift: number, nodes: number): number {
  return Math.hypot(sd, innerBias(innerShift, nodes));
}

export interface ThresholdSpread {
  /** the threshold of the staircase's own net, recomputed at its point (a check: h there is ≈ 0) */
  alpha0: number;
  h0: number;
  /** the replicates' first-order crossings */
  alphas: number[];
  mean: number;
  /** standard deviation of one net's estimate */
  sd: number;
  /** α* with INNER_PAIR[1] minus α* with INNER_PAIR[0] inner nodes, on replicate 1 */
  innerShift: number;
  /** the inner nodes the staircase used at this point */
  nodes: number;
  /** spreadError(sd, innerShift, nodes) */
  err: number;
}

export interface ThresholdSpread3 {
  c: number;
  /** the layer (0 or 1) that starts first, on branch A; the other starts on branch B */
  lead: 0 | 1;
  /** indexed by layer: [α_c,1, α_c,2] */
  alpha: [ThresholdSpread, ThresholdSpread];
  replicates: number;
  /**
   * Where both start together at the A crossing: how far below it the other layer's crossing on branch B lies.
   * The other's threshold is the A crossing's, with this added to its error (jointError).
   */
  jointGap?: number;
}

/** The error of the second threshold where both layers start together: the first's, plus the gap to B's crossing. */
export function jointError(leadErr: number, gap: number): number {
  return leadErr + Math.abs(gap);
}

/**
 * The staircase's points where layers 1 and 2 start: the A crossing (Q₁₁ = Q₂₂ = 0) and the B crossing, which is
 * null where both start together at the A crossing (jointStart, stateEvolution3.ts).
 */
export function crossingRows(path: number[][], alphaC: (number | null)[]): { a: number[]; b: number[] | null; lead: 0 | 1 } {
  const [a1, a2] = alphaC;
  if (a1 == null || a2 == null || !Number.isFinite(a1) || !Number.isFinite(a2)) throw new RangeError('the staircase has no α_c,1 and α_c,2');
  const lead = leadLayer(path, a1, a2);
  const first = lead === 0 ? a1 : a2;
  const second = lead === 0 ? a2 : a1;
  const a = path.find((r) => r[0] === first);
  if (!a || a[1] !== 0 || a[2] !== 0) throw new RangeError('the staircase does not hold its first threshold point on branch A');
  if (first === second) return { a, b: null, lead };
  const b = path.find((r) => r[0] === second);
  if (!b) throw new RangeError('the staircase does not hold its threshold points');
  if (!(b[1 + lead] > 0) || b[2 - lead] !== 0) throw new RangeError('the threshold points are not on branches A and B');
  return { a, b, lead };
}

/** α and h at x on a quadrature; `exact`: with exactly the quadrature's inner nodes (no floor for small overlaps). */
export type BranchPoint = (quad: Smi3Quadrature, x: number, exact?: boolean) => { alpha: number; h: number };

/**
 * The threshold where h = 0 along a branch, on the net `quad` (replicate 0) and on replicates 1…R, each located
 * to first order from the point x0 (the slope dα/dh from x0 − dx on the net `quad`); `point` gives α and h at x,
 * and the staircase used `nodes` inner nodes there.
 */
export function firstOrderSpread(point: BranchPoint, x0: number, dx: number, quad: Smi3Quadrature, R: number, nodes: number): ThresholdSpread {
  const { slope, p0 } = slopeAt(point, x0, dx, quad);
  const cross = (p: { alpha: number; h: number }) => p.alpha - p.h * slope;
  const alphas: number[] = [];
  for (let k = 1; k <= R; k++) alphas.push(cross(point({ ...quad, replicate: k }, x0)));
  const innerShift = innerShiftAt(point, x0, slope, quad);
  const m = meanAndError(alphas);
  const sd = m.err * Math.sqrt(R);
  return { alpha0: cross(p0), h0: p0.h, alphas, mean: m.mean, sd, innerShift, nodes, err: spreadError(sd, innerShift, nodes) };
}

/** The inner nodes a staircase used at a point of branch B: more for a small overlap (forSmallLayer). */
export function innerNodesB(quad: Smi3Quadrature, qa: number): number {
  return forSmallLayer(quad, qa).inner;
}

/** Branch B at c as a BranchPoint of the lead layer's overlap, q₃ starting from `q3Start`. */
function onBranchB(c: number, lead: 0 | 1, q3Start: number): BranchPoint {
  return (q, qa, exact = false) => {
    const p = branchBPoint(c, lead, qa, q, q3Start, exact ? 0 : SMALL_LAYER_INNER);
    if (!p.converged) throw new Error(`branch B did not converge at c = ${c}, q = ${qa}`);
    return { alpha: p.alpha, h: Math.log(p.aLother) };
  };
}

/** dα/dh along a branch at x0, from x0 − dx, on the net `quad`. */
function slopeAt(point: BranchPoint, x0: number, dx: number, quad: Smi3Quadrature): { slope: number; p0: { alpha: number; h: number } } {
  const p0 = point(quad, x0);
  const p1 = point(quad, x0 - dx);
  return { slope: (p0.alpha - p1.alpha) / (p0.h - p1.h), p0 };
}

/** The step back along branch B for its slope. */
const stepB = (qa: number) => Math.min(0.02, 0.2 * qa);

/** α* on replicate 1 with each of INNER_PAIR's inner nodes: the second minus the first. */
function innerShiftAt(point: BranchPoint, x0: number, slope: number, quad: Smi3Quadrature): number {
  const [lo, hi] = INNER_PAIR.map((inner) => {
    const p = point({ ...quad, replicate: 1, inner }, x0, true);
    return p.alpha - p.h * slope;
  });
  return hi - lo;
}

/**
 * The inner-node check alone (innerShift) of the threshold that starts on branch B, for a staircase whose spread
 * was taken before the check used exactly INNER_PAIR's nodes where the overlap is small.
 */
export function innerShiftB(
  c: number,
  path: number[][],
  alphaC: (number | null)[],
  quad: Smi3Quadrature,
): { layer: number; innerShift: number; nodes: number } {
  const { b, lead } = crossingRows(path, alphaC);
  if (b === null) throw new RangeError(`c = ${c}: layers 1 and 2 start together, on branch A; no threshold starts on branch B`);
  const qa = b[1 + lead];
  const onB = onBranchB(c, lead, b[3]);
  const { slope } = slopeAt(onB, qa, stepB(qa), quad);
  return { layer: 1 - lead, innerShift: innerShiftAt(onB, qa, slope, quad), nodes: innerNodesB(quad, qa) };
}

/** The spread of α_c,1 and α_c,2 of a staircase (its path and thresholds) over R replicates of its outer net. */
export function thresholdSpread3(
  c: number,
  path: number[][],
  alphaC: (number | null)[],
  quad: Smi3Quadrature,
  R: number,
  log?: (s: string) => void,
  /** where both layers start together: the other's crossing on branch B (Branches3's otherOnB) */
  otherOnB?: number,
): ThresholdSpread3 {
  if (!(Number.isInteger(R) && R >= 2)) throw new RangeError(`at least two replicates are needed for a spread (got ${R})`);
  const { a, b, lead } = crossingRows(path, alphaC);
  const other = 1 - lead;
  // Branch A, parameter q₃: h = log(α·L) of the layer that starts first (the larger L, as the staircase chose it).
  const onA: BranchPoint = (q, q3) => {
    const p = branchAPoint(c, q3, q);
    return { alpha: p.alpha, h: Math.log(p.alpha * Math.max(p.L1, p.L2)) };
  };
  const sA = firstOrderSpread(onA, a[3], 0.1 * (1 - a[3]), quad, R, quad.inner);
  log?.(`c = ${c}: layer ${lead + 1} at ${sA.mean} ± ${sA.sd} (inner ${sA.innerShift}, own net ${sA.alpha0}, h ${sA.h0})`);
  if (b === null) {
    // Both start at the A crossing: the other's threshold is the same number, known less well by the gap.
    if (otherOnB === undefined || !(otherOnB <= a[0])) throw new RangeError(`c = ${c}: both layers start together, but the B crossing below it is not given`);
    const gap = a[0] - otherOnB;
    const sJ = { ...sA, err: jointError(sA.err, gap) };
    log?.(`c = ${c}: layer ${other + 1} starts with it (its crossing on branch B ${gap} lower)`);
    return { c, lead, alpha: lead === 0 ? [sA, sJ] : [sJ, sA], replicates: R, jointGap: gap };
  }
  // Branch B, parameter: the lead layer's overlap; q₃ starts from the staircase's value there.
  const qa = b[1 + lead];
  const sB = firstOrderSpread(onBranchB(c, lead, b[3]), qa, stepB(qa), quad, R, innerNodesB(quad, qa));
  log?.(`c = ${c}: layer ${other + 1} at ${sB.mean} ± ${sB.sd} (inner ${sB.innerShift}, own net ${sB.alpha0}, h ${sB.h0})`);
  const alpha: [ThresholdSpread, ThresholdSpread] = lead === 0 ? [sA, sB] : [sB, sA];
  return { c, lead, alpha, replicates: R };
}
