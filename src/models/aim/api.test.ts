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
