import { describe, expect, it } from 'vitest';
import { interpolatedBranches, smiApi } from '../api';
import { plugInGenError } from './genError';
import { PRECOMPUTED, PRECOMPUTED_QUADRATURE } from './precomputed';
import { SKIP_INTERPOLATION_ERROR } from './skipGridError';
import { lastLayerPoint } from './stateEvolution';

/**
 * The live two-layer path (smiApi.curve: the shipped nodes, interpolated in c off the grid and read along each
 * branch between nodes) against the state evolution solved directly, at points off every grid: skips between the
 * shipped ones and overlaps between the shipped nodes. The direct points are computed as the shipped nodes are
 * (the same quadrature, the mean over the same randomised replicates), so what differs is the interpolation alone.
 * Tolerances: the stated errors (SKIP_INTERPOLATION_ERROR), the largest differences `between` measured over these
 * and four more skips; the computation is deterministic, so the points here reproduce those differences exactly,
 * and the margin of 1.2 only absorbs a reordering of the arithmetic. Straight lines between the nodes fail here (the
 * plug-in error 3.0·10⁻³ off at c = 3 and 7.9·10⁻⁴ at c = 1), and so do cubics of α in q₂ (6.5·10⁻⁴ at c = 3).
 */
const REPLICATES = PRECOMPUTED.find((b) => b.c === 1 && b.epsilon === 0)?.lastReplicates ?? 0;
const TOLERANCE = { q: 1.2 * SKIP_INTERPOLATION_ERROR.lastOverlap, error: 1.2 * SKIP_INTERPOLATION_ERROR.lastError };

describe('the live two-layer path against direct state evolution, off the grids', () => {
  // c = 1 and 3 are shipped (between their nodes only); 0.6 lies between shipped skips. Midpoints in q₂ of nodes
  // near the onset, in the middle of the branch, near its end and in its last interval, where α rises steeply
  // (α as a cubic in q₂ came 6.5·10⁻⁴ off in the error there at c = 3).
  for (const c of [1, 0.6, 3]) {
    it(`at c = ${c}: overlaps and plug-in error between the last-layer nodes`, () => {
      const nodes = interpolatedBranches(c).last;
      for (const k of [2, 12, nodes.length - 4, nodes.length - 2]) {
        const q2 = (nodes[k].q2 + nodes[k + 1].q2) / 2;
        const direct = lastLayerPoint(c, q2, PRECOMPUTED_QUADRATURE, REPLICATES);
        const live = smiApi.curve({ layers: 2, skip: c, alphas: [direct.alpha], genError: false });
        const q = [live.overlaps[0][0], live.overlaps[1][0]];
        expect(q[0], `Q₁₁ at α = ${direct.alpha}`).toBe(0);
        expect(Math.abs(q[1] - q2), `Q₂₂ at α = ${direct.alpha}`).toBeLessThan(TOLERANCE.q);
        const dE = Math.abs(plugInGenError(c, q, 4096) - plugInGenError(c, [0, q2], 4096));
        expect(dE, `error at α = ${direct.alpha}`).toBeLessThan(TOLERANCE.error);
      }
    }, 120_000);
  }
});
