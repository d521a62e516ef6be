import { describe, expect, it } from 'vitest';
import { DEFAULT_QUADRATURE } from './channel';
import { replicatedBothBranch } from './computedBranches';
import { PRECOMPUTED_THRESHOLDS } from './precomputed';
import { twoLayerPoint } from './stateEvolution';

describe('a two-layer branch computed on the call, on the mean of nets', () => {
  it('chains its nodes from the threshold to the state evolution’s own fixed points', () => {
    // 512 points and two nets to keep it short. From α_c,1 the first start is q₂ there, and the straight line through
    // it and the first node lands the second start well away from its root: the node is solved again from its answer.
    const quad = { ...DEFAULT_QUADRATURE, outer: 512 };
    const th = PRECOMPUTED_THRESHOLDS.find((t) => t.c === 1)!;
    const q1s = [0.01, 0.1, 0.3];
    const { both, nets } = replicatedBothBranch(1, { alpha: th.alpha1, q1: 0, q2: th.q2AtAlpha1 }, quad, 2, q1s);
    expect(both.map((p) => p.q1)).toEqual([0, ...q1s]);
    q1s.forEach((q1, j) => {
      // The iteration on the mean of the same two nets, from the node's own q₂ (the solver was measured within
      // 3.3·10⁻⁵ of it from starts within a tenth of 1 − q₂; 1.4·10⁻⁴ from two tenths, 10⁻³ from three).
      const it = twoLayerPoint(1, q1, quad, both[j + 1].q2, 2);
      expect(it.converged).toBe(true);
      expect(Math.abs(both[j + 1].alpha - it.alpha)).toBeLessThan(1e-4);
      expect(Math.abs(both[j + 1].q2 - it.q2)).toBeLessThan(1e-5);
      expect(nets[j + 1]).toHaveLength(2);
      expect(both[j + 1].alphaErr).toBeGreaterThan(0);
    });
  }, 300_000);
});
