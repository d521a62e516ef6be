import { describe, expect, it } from 'vitest';
import { BOTH_SPREAD } from './bothSpread';
import { PRECOMPUTED } from './precomputed';
import { bothSamplingError, shippedSamplingError } from './skipGridError';

const exact = PRECOMPUTED.filter((p) => p.epsilon === 0);

describe('the sampling error of the shipped two-layer branches', () => {
  it('is measured at every shipped skip, on the nodes that ship (re-measure when the nodes change)', () => {
    expect(BOTH_SPREAD.map((r) => r.c).sort((a, b) => a - b)).toEqual(exact.map((p) => p.c).sort((a, b) => a - b));
    for (const r of BOTH_SPREAD) {
      const p = exact.find((b) => b.c === r.c)!;
      expect(r.nodeReplicates, `c = ${r.c}`).toBe(p.bothReplicates ?? 1);
      for (const [q1, alpha] of r.nodes) expect(p.both.find((n) => n[1] === q1)?.[0], `c = ${r.c}, q₁ = ${q1}`).toBe(alpha);
      // The branch's last node is among those measured: near Q = I the slope that carries α's error to Q₁₁ is steepest.
      expect(r.nodes.at(-1)?.[0]).toBe(p.both.at(-1)?.[1]);
      expect(r.overlapError).toEqual([4, 5].map((j) => Math.max(...r.nodes.map((n) => n[j]))));
    }
  });

  it('is stated for a shipped skip as measured there, and between skips as the larger of the two around', () => {
    const row = (c: number) => BOTH_SPREAD.find((r) => r.c === c)!.overlapError;
    expect(bothSamplingError(1)).toBe(row(1));
    expect(bothSamplingError(0.6)).toEqual([0, 1].map((l) => Math.max(row(0.5)[l], row(0.75)[l])));
    expect(bothSamplingError(4)).toBe(row(4));
    const curve = { epsilon: 0, source: 'interpolated' };
    expect(shippedSamplingError(curve, 0.6)?.fromAlpha1).toEqual(bothSamplingError(0.6));
    expect(shippedSamplingError({ epsilon: 0.001, source: 'precomputed' }, 1)).toBeNull();
    expect(shippedSamplingError({ epsilon: 0, source: 'computed' }, 0.6)).toBeNull();
  });
});
