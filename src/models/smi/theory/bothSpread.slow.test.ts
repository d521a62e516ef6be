import { describe, expect, it } from 'vitest';
import { BOTH_SPREAD } from './bothSpread';
import { DEFAULT_QUADRATURE } from './channel';
import { PRECOMPUTED, PRECOMPUTED_QUADRATURE } from './precomputed';
import { meanAndError } from './replicates';
import { replicatedTwoLayerPoint, twoLayerPoint } from './stateEvolution';

const QUAD = { ...DEFAULT_QUADRATURE, outer: PRECOMPUTED_QUADRATURE.outer, refine: PRECOMPUTED_QUADRATURE.refine };

describe('the two-layer branch’s sampling error against replicates it was not measured on', () => {
  it('the fast fixed point on the mean of nets (Newton and secant steps) is the state evolution’s own, net by net too', () => {
    // 1024 points to keep it short. Measured 1.6·10⁻⁵; the iteration itself stops on a step of 2·10⁻⁶ in q₂.
    const quad = { ...QUAD, outer: 1024 };
    const node = PRECOMPUTED.find((p) => p.c === 1 && p.epsilon === 0)!.both.find((n) => n[1] === 0.3)!;
    const fast = replicatedTwoLayerPoint(1, 0.3, quad, node[2], 2);
    expect(Math.abs(fast.alpha - twoLayerPoint(1, 0.3, quad, node[2], 2).alpha)).toBeLessThan(1e-4);
    // Each net's own α, read from the same evaluations, against that net's iteration: measured 2.2·10⁻⁵ off, where
    // it lies 8.2·10⁻³ from the mean (a straight line through two of the points was 6.7·10⁻⁴ off).
    const own = twoLayerPoint(1, 0.3, { ...quad, replicate: 2 }, node[2]).alpha;
    expect(Math.abs(fast.nets[1].alpha - own)).toBeLessThan(1e-4);
    expect(Math.abs(own - fast.alpha)).toBeGreaterThan(1e-3);
  }, 120_000);

  it('a node lies within its stated error of the mean over three replicates it was not computed on', () => {
    const row = BOTH_SPREAD.find((r) => r.c === 1)!;
    const [q1, alpha, errAlpha] = row.nodes.find((n) => n[0] === 0.1)!;
    const node = PRECOMPUTED.find((p) => p.c === 1 && p.epsilon === 0)!.both.find((n) => n[1] === q1)!;
    const others = [6, 7, 8].map((k) => twoLayerPoint(1, q1, { ...QUAD, replicate: k }, node[2]).alpha);
    const { mean, err } = meanAndError(others);
    expect(Math.abs(alpha - mean)).toBeLessThan(errAlpha + 3 * err);
    // And the error is not a bound that cannot fail: it is of the node's own size of miss.
    expect(errAlpha).toBeLessThan(0.05);
  }, 240_000);
});
