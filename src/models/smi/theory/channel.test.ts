import { describe, expect, it } from 'vitest';
import { channelMoments } from './channel';
import { gridFor } from './posterior';

describe('channelMoments: the inner grid', () => {
  it('a fixed grid count (gridN) makes the moments smooth across a step of gridFor’s count', () => {
    // c = 0.25, q₁ = 0.1: gridFor's count steps from 33 to 35 points per axis near q₂ = 0.934. Across it (2·10⁻⁷ in
    // q₂, 256 outer points) F₁ jumped by 5.1·10⁻⁴ (0.4% of it) on the grid's own count and moved by 1.2·10⁻⁷ on a
    // fixed one: a slope taken between points across such a step is a slope of the grid's error.
    const c = 0.25;
    const q1 = 0.1;
    const n = (q2: number) => gridFor(1 - q1, 1 - q2, 0.3).n;
    let lo = 0.93;
    let hi = 0.935;
    expect(n(hi)).toBeGreaterThan(n(lo));
    while (hi - lo > 1e-10) {
      const m = (lo + hi) / 2;
      if (n(m) === n(lo)) lo = m;
      else hi = m;
    }
    const quad = { outer: 256, refine: 0.3 };
    const fixed = { ...quad, gridN: n(lo) };
    const step = (q: typeof quad) => Math.abs(channelMoments(c, q1, hi + 1e-7, q).F1 - channelMoments(c, q1, lo - 1e-7, q).F1);
    expect(step(quad)).toBeGreaterThan(1e-4);
    expect(step(fixed)).toBeLessThan(1e-5);
    // With the count gridFor would choose, the moments are the default's.
    expect(channelMoments(c, q1, lo, fixed).F1).toBe(channelMoments(c, q1, lo, quad).F1);
  });
});
