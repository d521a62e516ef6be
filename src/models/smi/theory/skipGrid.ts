import type { PrecomputedThresholds } from './precomputed';
import type { Branches, BranchPoint } from './stateEvolution';

/**
 * The two-layer staircase at any skip c between shipped ones, read off the shipped grid in c without
 * quadrature, so the c slider moves the staircase live.
 *
 * Each branch is shipped at fixed overlap nodes (the last-layer branch at q₂ ∈ LAST_LAYER_Q2, the two-layer
 * branch at q₁ ∈ TWO_LAYER_Q1), so a branch at c is the same nodes with α (and, on the two-layer branch,
 * q₂) interpolated in log c across the shipped skips that have that node; the thresholds α_c,1, α_c,2 and
 * q₂ at α_c,1 are interpolated the same way over the thresholds grid. The error of this against direct
 * computation at skips off the grid is measured by scripts/smi-precompute.ts (`heldout`) and shipped as
 * SKIP_INTERPOLATION_ERROR.
 */

/** A quantity known at some skips: its values there, to be interpolated in log c. */
export interface SkipSeries {
  c: number[];
  y: number[];
}

/**
 * Cubic Lagrange interpolation in u = log c through the four shipped skips around c (three or two at the
 * ends of the grid). Hand-written: the node sets differ per overlap node and are tiny, and the functions are
 * smooth in log c, where a local cubic is the accurate choice (a monotone PCHIP loses an order). `order` 2 is
 * linear between the two skips around c instead.
 */
export function interpolateInLogSkip(s: SkipSeries, c: number, order: 2 | 4 = 4): number {
  const n = s.c.length;
  if (n === 0 || !(c >= s.c[0] && c <= s.c[n - 1])) return NaN;
  const exact = s.c.indexOf(c);
  if (exact >= 0) return s.y[exact];
  let hi = 1;
  while (hi < n - 1 && s.c[hi] < c) hi++;
  const lo = order === 2 ? hi - 1 : Math.max(0, Math.min(hi - 2, n - 4));
  const top = Math.min(n, lo + order);
  const u = Math.log(c);
  let sum = 0;
  for (let i = lo; i < top; i++) {
    let w = 1;
    const ui = Math.log(s.c[i]);
    for (let j = lo; j < top; j++) if (j !== i) w *= (u - Math.log(s.c[j])) / (ui - Math.log(s.c[j]));
    sum += w * s.y[i];
  }
  return sum;
}

/** Thresholds of the exact SE at one skip, as interpolation needs them (a shipped row serves). */
export type SkipThresholds = Pick<PrecomputedThresholds, 'c' | 'alpha1' | 'alpha1Err' | 'alpha2' | 'alpha2Err' | 'q2AtAlpha1' | 'F11'>;

export interface InterpolatedThresholds {
  alphaC: [number, number];
  /** standard errors of the neighbouring shipped values, interpolated (the interpolation error is apart) */
  alphaCErr: [number, number];
  q2AtAlpha1: number;
  /** F₁₁(0), the first layer's slope at Q = 0 */
  F11: number;
}

export function thresholdsAt(rows: readonly SkipThresholds[], c: number): InterpolatedThresholds {
  const sorted = [...rows].sort((a, b) => a.c - b.c);
  const cs = sorted.map((r) => r.c);
  const at = (f: (r: SkipThresholds) => number) => interpolateInLogSkip({ c: cs, y: sorted.map(f) }, c);
  return {
    alphaC: [at((r) => r.alpha1), at((r) => r.alpha2)],
    alphaCErr: [at((r) => r.alpha1Err), at((r) => r.alpha2Err)],
    q2AtAlpha1: at((r) => r.q2AtAlpha1),
    F11: at((r) => r.F11),
  };
}

/**
 * The two-layer branch is interpolated as the last-layer one, by cubics in log c. Its nodes carry the noise of one
 * fixed outer net (from c = 0.25 on; at c = 0.05 to 0.15 they are means over replicates), which a cubic amplifies:
 * with the branch at six skips a linear interpolation was the better one. At all fourteen skips the cubic is:
 * leaving each interior shipped skip out and interpolating it from the others (the shipped nodes), the plug-in
 * error came within 8.8·10⁻⁵ (cubic) against 4.7·10⁻⁴–1.3·10⁻³ (linear) from c = 0.75 to 3; at c = 0.25–0.5 the
 * largest was 4.0·10⁻⁴ against 4.8·10⁻⁴ (at 0.35 alone the cubic was worse, 3.5 against 2.9·10⁻⁴), at c = 0.1 and
 * 0.15 both 0.8–1.4·10⁻³ (the grid in log c is coarse there; measured before the nodes at c = 0.05 to 0.15 were
 * corrected for the inner grid). Against the direct points of `between-both` at c = 1.75, on the earlier nodes, it came within
 * 1.2·10⁻⁴ against 4.8·10⁻⁴.
 */
const BOTH_ORDER = 4;

/** A node's series across the shipped branches that have it (matched on the node's overlap). */
function nodeSeries(branches: readonly Branches[], pick: (b: Branches) => BranchPoint | undefined, value: (p: BranchPoint) => number): SkipSeries {
  const c: number[] = [];
  const y: number[] = [];
  for (const b of branches) {
    const p = pick(b);
    if (p) {
      c.push(b.c);
      y.push(value(p));
    }
  }
  return { c, y };
}

/** The skip c lies inside the grid where a node is known on both sides of it. */
function brackets(s: SkipSeries, c: number): boolean {
  return s.c.length >= 2 && s.c[0] <= c && s.c[s.c.length - 1] >= c;
}

/**
 * Branches at skip c from shipped branches (exact SE, sorted by c, each with its shipped thresholds) and the
 * thresholds interpolated at c. Interior nodes are kept where every skip around c has them and their α lies
 * inside the branch's α range at c; the branches start at the interpolated thresholds as computed ones do.
 */
export function branchesAt(shipped: readonly Branches[], th: InterpolatedThresholds, c: number): Branches {
  const grid = [...shipped].sort((a, b) => a.c - b.c);
  const [alpha1, alpha2] = th.alphaC;
  const last: BranchPoint[] = [{ alpha: alpha2, q1: 0, q2: 0 }];
  const lastNodes = [...new Set(grid.flatMap((b) => b.last.slice(1).map((p) => p.q2)))].sort((a, b) => a - b);
  for (const q2 of lastNodes) {
    if (!(q2 < th.q2AtAlpha1)) break;
    const s = nodeSeries(
      grid,
      (b) => b.last.find((p, i) => i > 0 && p.q2 === q2),
      (p) => p.alpha,
    );
    if (!brackets(s, c)) break;
    const alpha = interpolateInLogSkip(s, c);
    if (!(alpha > last[last.length - 1].alpha && alpha < alpha1)) continue;
    last.push({ alpha, q1: 0, q2 });
  }
  // The last-layer branch ends where the two-layer branch starts, at (α_c,1, 0, q₂*).
  last.push({ alpha: alpha1, q1: 0, q2: th.q2AtAlpha1 });
  const both: BranchPoint[] = [{ alpha: alpha1, q1: 0, q2: th.q2AtAlpha1 }];
  // A node whose α does not rise past the previous one is left out: a guard, as every shipped branch rises
  // (precomputed.test.ts); at c = 0.05 and 0.1 the first nodes once fell below α_c,1 through the inner grid's bias
  // of F₁ (stateEvolution.gridShift).
  const bothNodes = [...new Set(grid.flatMap((b) => b.both.slice(1).map((p) => p.q1)))].sort((a, b) => a - b);
  for (const q1 of bothNodes) {
    const pick = (b: Branches) => b.both.find((p, i) => i > 0 && p.q1 === q1);
    const sa = nodeSeries(grid, pick, (p) => p.alpha);
    if (!brackets(sa, c)) continue;
    const alpha = interpolateInLogSkip(sa, c, BOTH_ORDER);
    const q2 = interpolateInLogSkip(
      nodeSeries(grid, pick, (p) => p.q2),
      c,
      BOTH_ORDER,
    );
    if (!(alpha > both[both.length - 1].alpha)) continue;
    // A Bayes-optimal overlap does not fall as α grows; q₂ interpolated over the nodes and q₂* over the thresholds
    // (two grids in c) disagreed by a few 10⁻⁴ at the branch's start when the nodes were interpolated linearly. With
    // cubics no skip needs it (77 from 0.05 to 4, checked); it stays as a guard.
    both.push({ alpha, q1, q2: Math.min(Math.max(q2, both[both.length - 1].q2), 1) });
  }
  const inc = (b: BranchPoint[]) => b.every((p, i) => i === 0 || p.alpha > b[i - 1].alpha);
  return { c, epsilon: 0, alphaC: [alpha1, alpha2], alphaCErr: th.alphaCErr, last, both, monotone: inc(last) && inc(both) };
}
