import { describe, expect, it } from 'vitest';
import { aimApi } from './api';

describe('aimApi.publishedComparison', () => {
  it('gives the numbers the hardmax note quotes: the two curves at ρ = 0.5, α = 0.3 and the two ρ → 0 thresholds', () => {
    const c = aimApi.publishedComparison({ rho: 0.5, alpha: 0.3 });
    expect(c).toMatchObject({ rho: 0.5, alpha: 0.3 });
    expect(c.mmse).toBeCloseTo(0.3742, 3);
    expect(c.publishedMmse).toBeCloseTo(0.6282, 3);
    expect(c.alphaBarC).toBeCloseTo(0.40341, 4);
    expect(c.publishedAlphaBarC).toBeCloseTo(0.56327, 4);
  });
});

describe('aimApi.curve draft', () => {
  it('draws the T = 2 test error within 1e-4 of every point evaluated, through α_PR', () => {
    // Measured at most 2.7e-5 (ρ = 0.5); near α_PR, where the error bends, every point is evaluated.
    for (const rho of [0.1, 0.5, 2]) {
      const alphas = Array.from({ length: 240 }, (_, i) => (0.5 * i) / 239);
      const draft = aimApi.curve({ T: 2, rho, alphas, draft: true });
      const full = aimApi.curve({ T: 2, rho, alphas });
      full.testError!.forEach((v, i) => expect(Math.abs(draft.testError![i] - v), `ρ = ${rho}, α = ${alphas[i]}`).toBeLessThan(1e-4));
    }
  });
});
