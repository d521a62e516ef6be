import { BOTH_SPREAD } from './bothSpread';
import type { SamplingError } from './computedBranches';
import { PRECOMPUTED, type PrecomputedThresholds } from './precomputed';

/** A skip off the shipped grid, computed directly: its thresholds with their standard errors. */
export type HeldOutSkip = Pick<PrecomputedThresholds, 'c' | 'alpha1' | 'alpha1Err' | 'alpha2' | 'alpha2Err'>;

/**
 * Measured error of the interpolation in c (skipGrid.ts), from scripts/smi-precompute.ts:
 * - `heldout`/`compare`: skips off the grid (HELD_OUT) computed directly, thresholds (8 replicates), against the
 *   interpolation: the largest |Δα_c,1| and |Δα_c,2|;
 * - `between`: the live path (interpolated in c, read along the branch between nodes) against the last-layer
 *   branch solved directly at the midpoints in q₂ of its nodes, computed as the shipped nodes are (the same
 *   replicates): the largest |ΔQ₂₂| and |ΔE| (plug-in error) below α_c,1, at the held-out skips and c = 1, 3;
 * - `between-both` (and `between-both-nets`, which solves them again as the nodes are now, on the mean of the same
 *   randomised nets): the live path against the two-layer branch solved directly at the midpoints in q₁ of its
 *   nodes, from α_c,1 on, at c = 0.6, 1 and 1.75: the largest |ΔQ| and |ΔE|.
 * Interpolated thresholds state √(SE² + this²), SE the shipped standard errors interpolated.
 */
export const SKIP_INTERPOLATION_ERROR = {
  /**
   * α_c,1: the differences at the five held-out skips are consistent with the estimates' own noise (0.02–1.4
   * of their combined standard error); their root mean square, 5·10⁻⁴, is taken as the interpolation's share.
   */
  alpha1: 5e-4,
  /** α_c,2: the largest difference, 2.05·10⁻⁵ at c = 0.2 (its SE there is 3.2·10⁻⁵) */
  alpha2: 2.1e-5,
  /**
   * below α_c,1 (the last-layer branch), `between`: 1.8·10⁻³ at c = 0.075 and 1.2·10⁻³ at c = 0.2 (near α_c,1,
   * where the branch ends at the interpolated q₂*, and between skips where the nodes' own sampling errors differ),
   * 1.2–1.3·10⁻⁴ at c = 0.6, 1, 1.75, 3, 3.5. Less than the direct points' own sampling error (0.8–1.8·10⁻³).
   */
  lastOverlap: 1.8e-3,
  /**
   * the plug-in error below α_c,1, `between`: 1.2·10⁻⁴ at c = 3.5 (at q₂ = 0.994 and 0.0035: there the error moves
   * five times as much as Q₂₂), 8.4·10⁻⁵ at 3, 6.7·10⁻⁵ at 1.75, 2.4–6.4·10⁻⁵ up to c = 1. With half the nodes above
   * q₂ = 0.5 it was 5.1·10⁻⁴ at c = 3.5 and 3.1·10⁻⁴ at 3: the reading between the nodes, not their sampling
   * (`reading`, on one net without noise, gave 3.4·10⁻⁴ at c = 3 then).
   */
  lastError: 1.2e-4,
  /**
   * from α_c,1 on (the two-layer branch, shipped at all 14 skips, cubic in log c, its q₁ nodes twice as dense from
   * c = 0.15 on, every node a mean over randomised nets), `between-both-nets` at the midpoints of those nodes, solved
   * on the same nets: 1.33·10⁻³ at c = 1.75 (q₁ = 0.8825), 8.4·10⁻⁴ at c = 1 (q₁ = 0.9425, on the straight join past
   * the last node to perfect recovery, marked unverified), 7.3·10⁻⁴ at c = 0.6 (q₁ = 0.775). With the nodes on one
   * net it was 1.8·10⁻³ (the one net's noise differs from skip to skip), with half the nodes 2.8·10⁻³, and with the
   * branch at six skips a shipped one left out came within 9.3·10⁻³.
   */
  bothOverlap: 1.4e-3,
  /**
   * the plug-in error from α_c,1 on, `between-both-nets`: 8.6·10⁻⁵ at c = 1.75 (q₁ = 0.8825), 5.9·10⁻⁵ at c = 1
   * (q₁ = 0.9425, on the join past its last node), 4.8·10⁻⁵ at c = 0.6 (q₁ = 0.775). With the nodes on one net it was
   * 1.3·10⁻⁴, with half the nodes 2.3·10⁻⁴, and linear in log c 4.8·10⁻⁴ at c = 1.75.
   */
  bothError: 8.7e-5,
  /** the larger of the two, for a single figure */
  overlap: 1.8e-3,
};

/** The held-out skips, computed directly (scripts/smi-precompute.ts thresholds … 0 8). */
export const HELD_OUT: HeldOutSkip[] = [
  { c: 0.075, alpha1: 0.7267509, alpha1Err: 0.0013, alpha2: 0.2491441, alpha2Err: 7.1e-5 },
  { c: 0.2, alpha1: 0.7201548, alpha1Err: 0.0006, alpha2: 0.2278799, alpha2Err: 3.2e-5 },
  { c: 0.6, alpha1: 0.7175941, alpha1Err: 0.00066, alpha2: 0.1977638, alpha2Err: 9.2e-6 },
  { c: 1.75, alpha1: 0.7192578, alpha1Err: 0.00067, alpha2: 0.1758939, alpha2Err: 6.1e-6 },
  { c: 3.5, alpha1: 0.7202863, alpha1Err: 0.00062, alpha2: 0.1697733, alpha2Err: 1.5e-6 },
];

/**
 * The state evolution's own sampling error on the last-layer branch, which no interpolation removes: each shipped
 * node is a mean over randomised replicates of the outer net (lastAlphaErr, the standard error of its α), carried to
 * Q₂₂ through the branch's local slope dQ₂₂/dα. The largest over the shipped skips and nodes: 0.0020 at c = 0.05,
 * 0.0008–0.0012 from c = 0.5 on (nodes on 16384 points). Nodes of one skip share their nets, so the curve is smooth; this is how far it
 * may sit from the exact state evolution as a whole.
 */
export const LAST_OVERLAP_SAMPLING_ERROR = Math.max(...PRECOMPUTED.filter((b) => b.epsilon === 0).map((b) => lastOverlapError(b.last, b.lastAlphaErr ?? [])));

/**
 * A last-layer branch's nodes' errors in α (alphaErr[i] for row i, [α, q₁, q₂]) carried to Q₂₂ at fixed α by the
 * branch's central slopes: the largest over its inner nodes (NaN where a node has no error).
 */
export function lastOverlapError(rows: readonly number[][], alphaErr: readonly (number | undefined)[]): number {
  return Math.max(
    0,
    ...rows.slice(1, -1).map((_, j) => {
      const i = j + 1;
      const slope = (rows[i + 1][2] - rows[i - 1][2]) / (rows[i + 1][0] - rows[i - 1][0]);
      return (alphaErr[i] ?? NaN) * Math.abs(slope);
    }),
  );
}

/**
 * The sampling error of the shipped two-layer branch from α_c,1 on (bothSpread.ts): the largest errors of Q₁₁ and Q₂₂
 * at fixed α over the measured nodes of skip c, and between shipped skips the larger of the two around it. Every node
 * is a mean over randomised nets (six at c = 0.05 and 0.1, four from c = 0.15 on): the error is that of the mean.
 */
export function bothSamplingError(c: number): number[] {
  const rows = [...BOTH_SPREAD].sort((a, b) => a.c - b.c);
  const at = rows.find((r) => r.c === c);
  if (at) return at.overlapError;
  const above = rows.findIndex((r) => r.c > c);
  const around = above === -1 ? rows.slice(-1) : above === 0 ? rows.slice(0, 1) : rows.slice(above - 1, above + 1);
  return [0, 1].map((l) => Math.max(...around.map((r) => r.overlapError[l])));
}

/**
 * The sampling error a two-layer curve at skip c carries: the shipped exact-SE data's, whether read or interpolated
 * in c; null for the published convention and for a skip computed on the call (which carries its own).
 */
export function shippedSamplingError(curve: { epsilon: number; source: string }, c: number): SamplingError | null {
  return curve.epsilon === 0 && (curve.source === 'precomputed' || curve.source === 'interpolated')
    ? { belowAlpha1: LAST_OVERLAP_SAMPLING_ERROR, fromAlpha1: bothSamplingError(c) }
    : null;
}
