import { describe, expect, it } from 'vitest';
import { fixedPointAlpha } from '../../../../scripts/smi-both-spread';
import { BOTH_SPREAD } from './bothSpread';
import { DEFAULT_QUADRATURE } from './channel';
import { PRECOMPUTED, PRECOMPUTED_QUADRATURE } from './precomputed';
import { meanAndError } from './replicates';
import { twoLayerPoint } from './stateEvolution';

const QUAD = { ...DEFAULT_QUADRATURE, outer: PRECOMPUTED_QUADRATURE.outer, refine: PRECOMPUTED_QUADRATURE.refine };

describe('the two-layer branch’s sampling error against replicates it was not measured on', () => {
  it('the fast fixed point per net (Newton and secant steps) is the state evolution’s own on that net', () => {
    // Measured 2.1·10⁻⁵ here (c = 1, q₁ = 0.3, replicate 2); the iteration itself stops on a step of 2·10⁻⁶ in q₂.
    const node = PRECOMPUTED.find((p) => p.c === 1 && p.epsilon === 0)!.both.find((n) => n[1] === 0.3)!;
    const quad = { ...QUAD, replicate: 2 };
    const full = twoLayerPoint(1, 0.3, quad, node[2]);
    expect(Math.abs(fixedPointAlpha(1, 0.3, node[2], quad).alpha - full.alpha)).toBeLessThan(1e-4);
  }, 120_000);

  it('a one-net node lies within its stated error of the mean over three other replicates', () => {
    // c = 1, q₁ = 0.1: the fixed net sits about 0.01 in α above the replicates' mean there.
    const row = BOTH_SPREAD.find((r) => r.c === 1)!;
    const [q1, alpha, errAlpha] = row.nodes.find((n) => n[0] === 0.1)!;
    const node = PRECOMPUTED.find((p) => p.c === 1 && p.epsilon === 0)!.both.find((n) => n[1] === q1)!;
    const others = [6, 7, 8].map((k) => fixedPointAlpha(1, q1, node[2], { ...QUAD, replicate: k }).alpha);
    const { mean, err } = meanAndError(others);
    expect(Math.abs(alpha - mean)).toBeLessThan(errAlpha + 3 * err);
    // And the error is not a bound that cannot fail: it is of the node's own size of miss.
    expect(errAlpha).toBeLessThan(0.05);
  }, 120_000);
});
