import { describe, expect, it } from 'vitest';
import { createGaussian } from '../../../numeric/random/gaussian';
import { normalCdf } from '../../../numeric/normal';
import { testErrorT2 } from './testError';

/** Monte Carlo of the definition on the full 2×2 matrices, without the reduction to row differences. */
function monteCarlo(channel: 'softmax' | 'hardmax', q: number, V: number, outer: number, inner: number, seed: number): number {
  const g = createGaussian(seed);
  const goe = (s: number) => {
    const o = Math.sqrt(s) * g();
    return [Math.sqrt(2 * s) * g(), o, Math.sqrt(2 * s) * g()];
  };
  const out = (h: number[]) => {
    const row = (u: number, v: number) => (channel === 'hardmax' ? (u > v ? [1, 0] : [0, 1]) : [1 / (1 + Math.exp(v - u)), 1 / (1 + Math.exp(u - v))]);
    return [...row(h[0], h[1]), ...row(h[2], h[1])];
  };
  let total = 0;
  for (let o = 0; o < outer; o++) {
    const w = goe(q);
    const m1 = [0, 0, 0, 0];
    const m2 = [0, 0, 0, 0];
    for (let k = 0; k < inner; k++) {
      const n = goe(V);
      const y = out([w[0] + n[0], w[1] + n[1], w[2] + n[2]]);
      y.forEach((v, i) => {
        m1[i] += v;
        m2[i] += v * v;
      });
    }
    for (let i = 0; i < 4; i++) total += (m2[i] / inner - (m1[i] / inner) ** 2) * (inner / (inner - 1));
  }
  return total / outer;
}

describe('Bayes-optimal test error of the T = 2 attention-indexed model', () => {
  it('agrees with a Monte Carlo of its definition on the 2×2 matrices (within 3%)', () => {
    for (const channel of ['softmax', 'hardmax'] as const)
      for (const [q, V] of [
        [0.5, 1],
        [1.2, 0.3],
      ]) {
        const exact = testErrorT2(channel, q, V);
        const mc = monteCarlo(channel, q, V, 1500, 200, 7);
        expect(Math.abs(mc / exact - 1), `${channel} q=${q} V=${V}: ${exact} vs ${mc}`).toBeLessThan(0.03);
      }
  });
  it('hardmax: the closed form matches E[Φ(X)Φ(−X)], X ~ N(0, q/V), by a fine trapezoid sum, far into small V', () => {
    // Step 0.02 in X over ±(12√t + 12): the step at X = 0 has width 1, so the sum converges (measured ≤ 1.3e-15).
    for (const [q, V] of [
      [0.5, 1],
      [1.4, 0.1],
      [1.5, 0.01],
      [1.5, 1e-4],
      [2, 1e-7],
    ]) {
      const t = q / V;
      const L = 12 * Math.sqrt(t) + 12;
      const h = 0.02;
      let s = 0;
      for (let x = -L; x <= L; x += h) s += h * (Math.exp((-x * x) / (2 * t)) / Math.sqrt(2 * Math.PI * t)) * normalCdf(x) * normalCdf(-x);
      expect(Math.abs(testErrorT2('hardmax', q, V) / (4 * s) - 1), `q=${q} V=${V}`).toBeLessThan(1e-9);
    }
  });
  it('vanishes at perfect recovery and falls as the estimate improves at fixed Q0', () => {
    expect(testErrorT2('softmax', 1.5, 0)).toBe(0);
    const Q0 = 1.5;
    const e = [0.2, 0.6, 1.0, 1.4].map((q) => testErrorT2('softmax', q, Q0 - q));
    for (let i = 1; i < e.length; i++) expect(e[i]).toBeLessThan(e[i - 1]);
    // Hardmax at V → 0: each row is decided, except where μ is within O(√V) of 0.
    expect(testErrorT2('hardmax', 1.5, 1e-6)).toBeLessThan(0.01);
  });
});
