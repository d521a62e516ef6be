import { describe, expect, it } from 'vitest';
import { bivariateNormalCdf, gaussHermiteProb, normalCdf } from './normal';

describe('normal distribution functions', () => {
  it('Φ matches known values, including far in the lower tail (relative)', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3) / 1.3498980316301e-3).toBeCloseTo(1, 6);
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 6);
  });
  it('Φ₂ has the right margins, symmetry and a known value', () => {
    // P(X ≤ 0, Y ≤ 0) = 1/4 + arcsin(ϱ)/(2π)
    expect(bivariateNormalCdf(0, 0, 1 / 3)).toBeCloseTo(0.25 + Math.asin(1 / 3) / (2 * Math.PI), 7);
    expect(bivariateNormalCdf(0.3, -0.7, -1 / 3)).toBeCloseTo(bivariateNormalCdf(-0.7, 0.3, -1 / 3), 12);
    expect(bivariateNormalCdf(8, 0.4, 1 / 3)).toBeCloseTo(normalCdf(0.4), 7);
    // ∂Φ₂/∂h = φ(h)·Φ((k − ϱh)/√(1−ϱ²)) by finite differences
    const [h, k, r] = [0.2, -0.5, 1 / 3];
    const fd = (bivariateNormalCdf(h + 1e-5, k, r) - bivariateNormalCdf(h - 1e-5, k, r)) / 2e-5;
    expect(fd).toBeCloseTo((Math.exp((-h * h) / 2) / Math.sqrt(2 * Math.PI)) * normalCdf((k - r * h) / Math.sqrt(1 - r * r)), 6);
  });
  it('Gauss–Hermite integrates Gaussian moments exactly', () => {
    const { nodes, weights } = gaussHermiteProb(48);
    const mom = (p: number) => nodes.reduce((s, x, i) => s + weights[i] * x ** p, 0);
    expect(mom(0)).toBeCloseTo(1, 12);
    expect(mom(2)).toBeCloseTo(1, 12);
    expect(mom(4)).toBeCloseTo(3, 11);
    expect(mom(10)).toBeCloseTo(945, 7);
  });
});
