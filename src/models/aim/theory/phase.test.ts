import { describe, expect, it } from 'vitest';
import { hardmaxSolve } from './hardmax';
import { aimPhaseColumn } from './phase';

describe('attention-indexed phase-diagram columns', () => {
  it('softmax columns collapse on ᾱ: the same for every T, with ᾱ_PR = 2ρ − ρ² (ρ ≤ 1) or 1', () => {
    const xs = [0.1, 0.4, 0.6, 0.74, 0.9];
    const a = aimPhaseColumn({ channel: 'softmax', T: 2, rho: 0.5, xs });
    const b = aimPhaseColumn({ channel: 'softmax', T: 5, rho: 0.5, xs });
    a.mmse.forEach((m, i) => expect(b.mmse[i]).toBeCloseTo(m, 9));
    // Notes §4.2 (ρ = 0.5): ᾱ = 0.1 → 0.8792, 0.4 → 0.3922, 0.6 → 0.1281, and 0 past ᾱ_PR = 0.75.
    expect(a.mmse[0]).toBeCloseTo(0.8792, 3);
    expect(a.mmse[1]).toBeCloseTo(0.3922, 3);
    expect(a.mmse[2]).toBeCloseTo(0.1281, 3);
    expect(a.mmse[4]).toBe(0);
    expect(a.xPR).toBeCloseTo(0.75, 12);
    expect(aimPhaseColumn({ channel: 'softmax', T: 3, rho: 2, xs }).xPR).toBe(1);
  });
  it('hardmax columns agree with the exact per-α solver within 0.5% (measured 0.15% over the map), and have no perfect-recovery line', () => {
    const xs = [0.05, 0.3, 1, 3];
    const c = aimPhaseColumn({ channel: 'hardmax', T: 2, rho: 0.5, xs });
    expect(c.failed).toBe(0);
    expect(c.xPR).toBeNaN();
    xs.forEach((a, i) => expect(Math.abs(c.mmse[i] / hardmaxSolve(0.5, a).mmse - 1), `α=${a}`).toBeLessThan(0.005));
  });
});
