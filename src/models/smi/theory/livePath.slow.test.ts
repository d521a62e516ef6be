import { describe, expect, it } from 'vitest';
import { liveAgainst } from '../../../../scripts/smi-precompute';
import { DIRECT_BETWEEN, DIRECT_BETWEEN_BOTH } from './directBetween';
import { PRECOMPUTED, PRECOMPUTED_LAST_QUADRATURE } from './precomputed';
import { SKIP_INTERPOLATION_ERROR } from './skipGridError';
import { lastLayerPoint } from './stateEvolution';

/**
 * The live two-layer path (smiApi.curve: the shipped nodes, interpolated in c off the grid and read along each
 * branch between nodes) against the state evolution solved directly, at points off every grid: skips between the
 * shipped ones and overlaps between the shipped nodes (DIRECT_BETWEEN below α_c,1 and DIRECT_BETWEEN_BOTH from it on,
 * computed as the shipped nodes are: the same
 * quadrature, the mean over the same randomised replicates, so what differs is the interpolation and the two sides'
 * sampling errors). Tolerances: the stated errors (SKIP_INTERPOLATION_ERROR), the largest differences `between`
 * measured at these points; the margin of 1.2 only absorbs the points' rounding to seven digits. Straight lines
 * between the nodes fail here (the plug-in error 3.0·10⁻³ off at c = 3 and 7.9·10⁻⁴ at c = 1 on the earlier nodes), and
 * so do cubics of α in q₂ (6.5·10⁻⁴ at c = 3).
 */
const REPLICATES = PRECOMPUTED.find((b) => b.c === 1 && b.epsilon === 0)?.lastReplicates ?? 0;
const TOLERANCE = { q: 1.2 * SKIP_INTERPOLATION_ERROR.lastOverlap, error: 1.2 * SKIP_INTERPOLATION_ERROR.lastError };
const BOTH_TOLERANCE = { q: 1.2 * SKIP_INTERPOLATION_ERROR.bothOverlap, error: 1.2 * SKIP_INTERPOLATION_ERROR.bothError };
/** As precomputed.slow.test.ts: the same quadrature reproduces a point up to the writer's seven-digit rounding. */
const REL_TOL = 2e-6;

describe('the live two-layer path against direct state evolution, off the grids', () => {
  it('covers skips on and off the grid, from the smallest to the largest', () => {
    const cs = DIRECT_BETWEEN.map((r) => r.c);
    expect(Math.min(...cs)).toBeLessThan(0.1);
    expect(Math.max(...cs)).toBeGreaterThan(3);
    expect(cs.some((c) => !PRECOMPUTED.some((p) => p.c === c))).toBe(true);
    for (const r of DIRECT_BETWEEN) expect(r.points.length, `c = ${r.c}`).toBeGreaterThan(10);
  });

  for (const { c, points } of DIRECT_BETWEEN) {
    it(`at c = ${c}: overlaps and plug-in error between the last-layer nodes`, () => {
      for (const [alpha, q2] of points) {
        const { q, dE } = liveAgainst(c, alpha, [0, q2]);
        expect(q[0], `Q₁₁ at α = ${alpha}`).toBe(0);
        expect(Math.abs(q[1] - q2), `Q₂₂ at α = ${alpha}`).toBeLessThan(TOLERANCE.q);
        expect(dE, `error at α = ${alpha} (q₂ = ${q2})`).toBeLessThan(TOLERANCE.error);
      }
    }, 60_000);
  }

  for (const { c, points } of DIRECT_BETWEEN_BOTH) {
    it(`at c = ${c}: overlaps and plug-in error along the two-layer branch`, () => {
      for (const [alpha, q1, q2] of points) {
        const { q, dE } = liveAgainst(c, alpha, [q1, q2]);
        expect(Math.abs(q[0] - q1), `Q₁₁ at α = ${alpha}`).toBeLessThan(BOTH_TOLERANCE.q);
        expect(Math.abs(q[1] - q2), `Q₂₂ at α = ${alpha}`).toBeLessThan(BOTH_TOLERANCE.q);
        expect(dE, `error at α = ${alpha} (q₁ = ${q1})`).toBeLessThan(BOTH_TOLERANCE.error);
      }
    }, 60_000);
  }

  it('the direct points are what the state evolution gives there (two of them recomputed)', () => {
    // The cheapest points of a skip off the grid and of the largest shipped skip (q₂ near 0.3: a few seconds each).
    for (const c of [0.6, 3]) {
      const row = DIRECT_BETWEEN.find((r) => r.c === c)!;
      const [alpha, q2] = row.points.reduce((a, b) => (Math.abs(b[1] - 0.3) < Math.abs(a[1] - 0.3) ? b : a));
      const p = lastLayerPoint(c, q2, PRECOMPUTED_LAST_QUADRATURE, REPLICATES);
      expect(Math.abs(p.alpha / alpha - 1), `c = ${c}, q₂ = ${q2}`).toBeLessThan(REL_TOL);
    }
  }, 120_000);
});
