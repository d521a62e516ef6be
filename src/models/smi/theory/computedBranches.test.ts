import { describe, expect, it } from 'vitest';
import { nodeError } from './computedBranches';

describe('nodeError', () => {
  // A straight branch: α from 0.7 to 0.9 as q₁ goes 0 → 0.4 (dQ₁₁/dα = 2) and q₂ 0.97 → 0.99 (dQ₂₂/dα = 0.1).
  const b = [
    [0.7, 0, 0.97],
    [0.8, 0.2, 0.98],
    [0.9, 0.4, 0.99],
  ];
  // Four nets about the node: α ± 0.01 and ± 0.03 (sd 0.0258), q₂ fixed.
  const nets = [-0.03, -0.01, 0.01, 0.03].map((d) => ({ alpha: 0.8 + d, q2: 0.98 }));
  const sd = Math.sqrt((2 * 0.03 ** 2 + 2 * 0.01 ** 2) / 3);
  it('is the nets spread over √R for a node that is their mean, carried to Q at fixed α by the slopes', () => {
    const e = nodeError(b, 1, nets, 4);
    expect(e.dev).toBeCloseTo(0, 12);
    expect(e.alpha).toBeCloseTo(sd / 2, 12);
    expect(e.q11).toBeCloseTo((2 * sd) / 2, 12);
    expect(e.q22).toBeCloseTo((0.1 * sd) / 2, 12);
  });
  it("takes a node's distance from its nets' mean where that is larger (a node on one net)", () => {
    const e = nodeError(
      b,
      1,
      nets.map((n) => ({ ...n, alpha: n.alpha - 0.02 })),
      1,
    );
    expect(e.dev).toBeCloseTo(0.02, 12);
    // One net's spread (nodeReplicates 1) is larger than the distance plus the mean's error here.
    expect(e.alpha).toBeCloseTo(Math.max(sd, 0.02 + sd / 2), 12);
    const far = nodeError(
      b,
      1,
      nets.map((n) => ({ ...n, alpha: n.alpha - 0.05 })),
      1,
    );
    expect(far.alpha).toBeCloseTo(0.05 + sd / 2, 12);
  });
  it('uses the one-sided slope at the branch end', () => {
    const e = nodeError(
      b,
      2,
      nets.map((n) => ({ ...n, alpha: n.alpha + 0.1, q2: 0.99 })),
      4,
    );
    expect(e.q11).toBeCloseTo((2 * sd) / 2, 12);
  });
});
