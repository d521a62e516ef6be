import { Q_MAX, type SmiQuadrature } from './channel';
import { meanAndError } from './replicates';
import { lastOverlapError } from './skipGridError';
import {
  type BranchPoint,
  type Branches,
  branchesWithThresholds,
  type GridShift,
  gridCheckFor,
  gridShift,
  replicatedTwoLayerPoint,
  TWO_LAYER_Q1,
  twoLayerPoint,
} from './stateEvolution';
import { DEFAULT_REPLICATES, thresholds } from './thresholds';

/** What a curve's overlaps carry of the state evolution's own sampling error: Q₂₂ below α_c,1, [Q₁₁, Q₂₂] from it on. */
export interface SamplingError {
  belowAlpha1: number;
  fromAlpha1: number[];
}

/** One net's own answer at a two-layer node (replicatedTwoLayerPoint's `nets`). */
export interface NetAnswer {
  alpha: number;
  q2: number;
}

/** A node's sampling error in α and, at fixed α, in Q₁₁ and Q₂₂; `dev` is the node's α minus its nets' mean. */
export interface NodeError {
  alpha: number;
  q11: number;
  q22: number;
  dev: number;
}

/** Sample standard deviation. */
const sd = (xs: number[]) => meanAndError(xs).err * Math.sqrt(xs.length);

/**
 * The error of node i of a two-layer branch b (rows [α, q₁, q₂]) from its α and q₂ solved on R nets, for a node that
 * is itself a mean over `nodeReplicates` nets: the larger of one net's spread over √nodeReplicates (expected) and the
 * node's distance from the nets' mean plus that mean's standard error (realised; zero distance where the node is that
 * mean). Carried to the curves at fixed α by the branch's slopes: a node at α + δα with q₂ + δq₂ moves them by −s₁δα
 * in Q₁₁ and δq₂ − s₂δα in Q₂₂ (central slopes where the node has neighbours).
 */
export function nodeError(b: number[][], i: number, nets: NetAnswer[], nodeReplicates: number): NodeError {
  const R = nets.length;
  const [alpha, , q2] = b[i];
  const lo = b[Math.max(i - 1, 0)];
  const hi = b[Math.min(i + 1, b.length - 1)];
  const s1 = (hi[1] - lo[1]) / (hi[0] - lo[0]);
  const s2 = (hi[2] - lo[2]) / (hi[0] - lo[0]);
  const dQ11 = (p: NetAnswer) => -s1 * p.alpha;
  const dQ22 = (p: NetAnswer) => p.q2 - s2 * p.alpha;
  const mean = { alpha: meanAndError(nets.map((p) => p.alpha)).mean, q2: meanAndError(nets.map((p) => p.q2)).mean };
  const node = { alpha, q2 };
  const err = (f: (p: NetAnswer) => number) => {
    const spread = sd(nets.map(f));
    return Math.max(spread / Math.sqrt(nodeReplicates), Math.abs(f(node) - f(mean)) + spread / Math.sqrt(R));
  };
  return { alpha: err((p) => p.alpha), q11: err(dQ11), q22: err(dQ22), dev: alpha - mean.alpha };
}

/** The nets on which a computed two-layer node measures the inner grid's bias below GRID_CHECK_BELOW (as the shipped ones). */
const GRID_NETS = 2;

/**
 * Where a node solved from a start is read again from its own answer: replicatedTwoLayerPoint reads a root on the
 * quadratic through points 2% of 1 − q₂ apart, exact to about 10⁻⁵ within a few such spans of the start.
 */
const RESTART = 0.1;

/**
 * The two-layer branch of a skip computed on the call, each node on the mean of R randomised nets
 * (replicatedTwoLayerPoint), started where its two predecessors point; a node whose answer lies more than
 * RESTART·(1 − q₂) from its start is solved again from there (twice at most, then by twoLayerPoint's iteration on
 * the same nets), and below GRID_CHECK_BELOW the inner grid's bias is measured at the start on GRID_NETS nets and
 * again where the node moved. `nets`: each node's nets'
 * own answers (empty for the first node, the threshold).
 */
export function replicatedBothBranch(
  c: number,
  start: BranchPoint,
  quad: SmiQuadrature,
  R: number,
  q1s: readonly number[] = TWO_LAYER_Q1,
): { both: BranchPoint[]; nets: NetAnswer[][] } {
  const grid = gridCheckFor(c, quad.epsilon, GRID_NETS);
  const both: BranchPoint[] = [start];
  const nets: NetAnswer[][] = [[]];
  for (const q1 of q1s) {
    const a = both[both.length - 1];
    const b = both.length > 2 ? both[both.length - 2] : undefined;
    // q₂ is smooth in q₁ along the branch: a straight line through the last two nodes starts the next one close. Not
    // through the threshold, where the branch turns off the last-layer one; and at most half of 1 − q₂ away, as the
    // solver's points are spaced by 1 − q₂ and a start near 1 would leave them too close together.
    const guess = b ? a.q2 + ((a.q2 - b.q2) * (q1 - a.q1)) / (a.q1 - b.q1) : a.q2 > 0 ? a.q2 : 0.99;
    let q2s = Math.min(Q_MAX, Math.max(0.5, a.q2 - 0.5 * (1 - a.q2), Math.min(a.q2 + 0.5 * (1 - a.q2), guess)));
    if (!Number.isFinite(q2s)) q2s = 0.99;
    let p: ReturnType<typeof replicatedTwoLayerPoint> | undefined;
    let shift: GridShift | undefined;
    for (let round = 0; round < 3; round++) {
      shift = grid ? gridShift(c, q1, q2s, quad, grid.check, grid.replicates) : undefined;
      p = replicatedTwoLayerPoint(c, q1, quad, q2s, R, shift);
      if (!(Math.abs(p.q2 - q2s) > RESTART * (1 - q2s))) break;
      // Still far after three starts: the iteration on the mean finds the root, and the solver reads the nets there.
      if (round === 2) {
        const it = twoLayerPoint(c, q1, quad, q2s, R, shift);
        p = it.converged ? replicatedTwoLayerPoint(c, q1, quad, it.q2, R, shift) : undefined;
        break;
      }
      q2s = Number.isFinite(p.q2) ? Math.min(Q_MAX, Math.max(0.5, p.q2)) : q2s;
    }
    // As twoLayerPoint's: a q₂ at the cap is not a fixed point, and near Q = I a node that does not rise past the one
    // below moved by less than its nets' noise.
    if (!p || !Number.isFinite(p.alpha) || !(p.q2 < Q_MAX) || !(p.alpha > a.alpha || !Number.isFinite(a.alpha))) continue;
    both.push({ alpha: p.alpha, q1, q2: p.q2, alphaErr: p.alphaErr });
    nets.push(p.nets);
  }
  return { both, nets };
}

/**
 * Outer points of a computed two-layer node, as the shipped ones have. F₁ is heavy-tailed over the outer points, so
 * over shifted nets one net's α is skewed: few points miss the tail, in the spread as in the mean. At c = 0.75,
 * q₁ = 0.75, against the shipped node (4 nets of 4096, ± 0.0017): 8 nets of 1024 points −0.0051 ± 0.0009 (every
 * net below it), 8 of 4096 −0.0014 ± 0.0010, 2 of 16384 −0.0020 ± 0.0013. With 1024 points the nets' spread
 * would state a quarter of the error that is there.
 */
const BOTH_OUTER = 4096;

/**
 * A skip's branches computed on the call (minutes): thresholds, the last-layer branch and the two-layer branch each
 * on R randomised nets (the two-layer one of BOTH_OUTER points), with the sampling error the curves read off them carry (`samplingError`): Q₂₂ below α_c,1
 * from the last-layer nodes' errors, [Q₁₁, Q₂₂] from α_c,1 on from the two-layer nodes' nets (nodeError). One net of
 * 1024 points put a two-layer node 0.005–0.014 off in α (c = 1, 2); R nets have that over √R, and say how much.
 */
export function computeReplicatedBranches(c: number, quad: SmiQuadrature, R = DEFAULT_REPLICATES): Branches & { samplingError: SamplingError } {
  const th = thresholds(c, quad, R);
  const lastOnly = branchesWithThresholds(c, th, quad, { withBoth: false, lastReplicates: R });
  const bothQuad = { ...quad, outer: Math.max(quad.outer, BOTH_OUTER) };
  const { both, nets } = replicatedBothBranch(c, { alpha: th.alphaC[0], q1: 0, q2: th.q2AtAlpha1 }, bothQuad, R);
  const rows = both.map((p) => [p.alpha, p.q1, p.q2]);
  const errs = both.slice(1).map((_, j) => nodeError(rows, j + 1, nets[j + 1], R));
  const last = lastOnly.last;
  const belowAlpha1 = lastOverlapError(
    last.map((p) => [p.alpha, p.q1, p.q2]),
    last.map((p) => p.alphaErr),
  );
  const inc = both.every((p, i) => i === 0 || p.alpha > both[i - 1].alpha);
  return {
    ...lastOnly,
    both,
    monotone: lastOnly.monotone && inc,
    samplingError: {
      belowAlpha1,
      fromAlpha1: [Math.max(0, ...errs.map((e) => e.q11)), Math.max(0, ...errs.map((e) => e.q22))],
    },
  };
}
