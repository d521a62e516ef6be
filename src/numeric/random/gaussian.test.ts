import { describe, expect, it } from 'vitest';
import { createGaussian, fillGaussian } from './gaussian';

describe('seeded Gaussian sampler', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = fillGaussian(new Float64Array(5), createGaussian(7));
    const b = fillGaussian(new Float64Array(5), createGaussian(7));
    const c = fillGaussian(new Float64Array(5), createGaussian(8));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });
  it('has mean 0, variance 1 and Gaussian tails (within 5 standard errors)', () => {
    const n = 200_000;
    const x = fillGaussian(new Float64Array(n), createGaussian(1));
    let m = 0;
    let v = 0;
    let k4 = 0;
    let tail = 0;
    for (const z of x) {
      m += z;
      v += z * z;
      k4 += z ** 4;
      if (Math.abs(z) > 2) tail++;
    }
    m /= n;
    v /= n;
    k4 /= n;
    expect(Math.abs(m)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(v - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(k4 - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
    // P(|Z| > 2) = 0.0455003
    expect(Math.abs(tail / n - 0.0455003)).toBeLessThan(5 * Math.sqrt((0.0455 * 0.9545) / n));
  });
  it('rejects non-integer seeds', () => {
    expect(() => createGaussian(0.5)).toThrow(/integer/);
  });
});
