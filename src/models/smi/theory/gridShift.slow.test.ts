import { describe, expect, it } from 'vitest';
import { channelMoments } from './channel';
import { GRID_CHECK_BELOW, gridShift } from './stateEvolution';
import { GRID_CHECK } from './thresholds';

/**
 * F₁(q₁, q₂) = q₁L₁(q₂) + O(q₁²): as q₁ → 0, F₁/q₁ must tend to the slope L₁ at q₁ = 0 (computed by another
 * estimator, E‖z₁z₁ᵀ − I‖² minus the posterior variances). At c = 0.05 the inner grid of refine 0.3 breaks this:
 * its error, squared in E‖g₁‖², leaves F₁ a bias that does not vanish with q₁ (F₁/q₁ ≈ 4 at q₁ = 0.001 against
 * L₁ ≈ 1.37), which bent the two-layer branch back below α_c,1. With gridShift the two agree: over eight replicates
 * the relative difference, each replicate's corrected F₁/q₁ against its own L₁ on the denser grid, had mean −0.002
 * and standard deviation 0.022 (largest 0.045), so the mean of two replicates is held to 0.08 (5σ).
 */
describe('the inner grid correction of F₁ at small c', () => {
  it('makes F₁/q₁ at q₁ = 0.001 tend to the slope L₁, where the coarse grid puts it at three times that', () => {
    // About 15 s: per replicate, the moments on the coarse and the four times denser grid at q₁ = 0.001 and L₁ at 0.
    const [c, q1, q2] = [0.05, 0.001, 0.82];
    expect(c).toBeLessThan(GRID_CHECK_BELOW);
    const quad = { outer: 4096, refine: 0.3 };
    let coarse = 0;
    let corrected = 0;
    let slope = 0;
    for (const k of [1, 2]) {
      const m = channelMoments(c, q1, q2, { ...quad, replicate: k });
      const shift = gridShift(c, q1, q2, { ...quad, replicate: k }, GRID_CHECK, 0);
      coarse += m.F1 / q1 / 2;
      corrected += (m.F1 + shift.F1) / q1 / 2;
      slope += channelMoments(c, 0, q2, { ...quad, refine: quad.refine * GRID_CHECK, replicate: k }).L1 / 2;
    }
    expect(coarse / slope).toBeGreaterThan(2);
    expect(Math.abs(corrected / slope - 1)).toBeLessThan(0.08);
  }, 60_000);

  it('averages the correction over replicates 1…R, or takes it on the quadrature’s own net', () => {
    const [c, q1, q2] = [0.1, 0.1, 0.9];
    const quad = { outer: 1024, refine: 0.3 };
    const one = (k: number) => gridShift(c, q1, q2, { ...quad, replicate: k }, GRID_CHECK, 0);
    const two = gridShift(c, q1, q2, quad, GRID_CHECK, 2);
    const [a, b] = [one(1), one(2)];
    expect(two.F1).toBeCloseTo((a.F1 + b.F1) / 2, 12);
    expect(two.F2).toBeCloseTo((a.F2 + b.F2) / 2, 12);
    // The denser grid lowers F₁ here (the coarse grid's error adds to it).
    expect(two.F1).toBeLessThan(0);
  }, 60_000);
});
