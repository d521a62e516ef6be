import { describe, expect, it } from 'vitest';
import { hardmaxAt, hardmaxChannelMoment, hardmaxCurve, hardmaxSolve } from './hardmax';

describe('hardmax AIM (T = 2) with the correct output function', () => {
  // The notes' values where t = q/(Q0 − q) is above about 10 came from a 48×48 Gauss–Hermite sum, which misses
  // the strips the integrand lives on there (hardmaxMoment.ts; a Monte Carlo in hardmaxTable.slow.test.ts):
  // E(1.4, 1.5) (t = 14) 3.656 → 3.6539, published 0.7392 → 0.7373; ρ = 1, α = 3 (t ≈ 88) 0.0302 → 0.02248;
  // ρ → 0 at ᾱ = 5 (t ≈ 50) 0.0219 → 0.01938.
  it('channel moment E[2g₁₁² + 2g₂₂² + g₁₂²] matches the independent values (notes §4.3, t ≥ 10 recomputed)', () => {
    expect(hardmaxChannelMoment(0, 1)).toBeCloseTo(1.23943, 4);
    const want = [0.8263, 1.0585, 1.3001, 1.5672, 2.0633, 3.6539];
    [0, 0.5, 0.8, 1.0, 1.2, 1.4].forEach((q, i) => expect(hardmaxChannelMoment(q, 1.5)).toBeCloseTo(want[i], 3));
  });
  it('the weak-recovery threshold of the ρ → 0 limit is ᾱ_c = 1/(2E) = 0.40341', () => {
    expect(1 / (2 * hardmaxChannelMoment(0, 1))).toBeCloseTo(0.40341, 4);
  });
  it('state-evolution errors agree with the corrected values, and the curve is a unique fixed point', () => {
    const table: Array<[number, number, number]> = [
      [0.2, 0.05, 0.819],
      [0.2, 0.3, 0.1781],
      [0.5, 0.1, 0.7451],
      [0.5, 0.3, 0.3742],
      [0.5, 1, 0.0788],
      [1, 0.3, 0.4895],
      [1, 3, 0.02248],
    ];
    for (const rho of [0.2, 0.5, 1]) {
      const c = hardmaxCurve(rho);
      expect(c.monotone).toBe(true);
      for (const [r, a, want] of table.filter((t) => t[0] === rho)) {
        // Exact solve: to the 4 digits quoted; the plotted (interpolated) curve: within 2%.
        expect(hardmaxSolve(r, a).mmse, `ρ=${r} α=${a}`).toBeCloseTo(want, 3);
        expect(Math.abs(hardmaxAt(c, [a])[0] - want) / want, `ρ=${r} α=${a}`).toBeLessThan(0.02);
      }
    }
  });
  it('has no weak- or perfect-recovery threshold at fixed ρ: error < 1 for all α > 0 and > 0 for all α', () => {
    const c = hardmaxCurve(0.5);
    const e = hardmaxAt(c, [1e-3, 0.01, 5]);
    // Was e(1e-3) < 1. The plotted curve is within 0.01 of the exact solve there (measured 0.9931 against
    // 0.99788: its first knot is far out, so it is a straight line from (0, 1)), and the error is already
    // 2e-3 below 1: no weak-recovery threshold.
    const exact = hardmaxSolve(0.5, 1e-3).mmse;
    expect(Math.abs(e[0] - exact)).toBeLessThan(0.01);
    expect(1 - exact).toBeGreaterThan(1e-3);
    expect(e[1]).toBeLessThan(e[0]);
    expect(e[2]).toBeGreaterThan(0);
  });
});

describe('hardmax ρ → 0 limit on ᾱ = α/ρ', () => {
  it('starts at ᾱ_c = 0.40341 and matches the corrected values of the notes', async () => {
    const { hardmaxLowRankCurve } = await import('./hardmax');
    const c = hardmaxLowRankCurve(80);
    expect(c.alphaBarWR).toBeCloseTo(0.40341, 4);
    for (let i = 1; i < c.alphaBar.length; i++) expect(c.alphaBar[i]).toBeGreaterThan(c.alphaBar[i - 1]);
    const at = (a: number) => {
      let k = 1;
      while (c.alphaBar[k] < a) k++;
      const t = (Math.log(a) - Math.log(c.alphaBar[k - 1])) / (Math.log(c.alphaBar[k]) - Math.log(c.alphaBar[k - 1]));
      return Math.exp(Math.log(c.mmse[k - 1]) + t * (Math.log(c.mmse[k]) - Math.log(c.mmse[k - 1])));
    };
    const want: Array<[number, number]> = [
      [0.6, 0.8438],
      [1, 0.4296],
      [2, 0.1195],
      [5, 0.01938],
    ];
    for (const [a, m] of want) expect(Math.abs(at(a) / m - 1), `ᾱ=${a}`).toBeLessThan(0.02);
  });
});

describe('hardmax "as published" overlay (density φ₂ in place of ∂Φ₂/∂κ)', () => {
  it('reproduces the channel moments of that output function (notes §4.3)', () => {
    expect(hardmaxChannelMoment(0, 1, 'published')).toBeCloseTo(0.88768, 4);
    const want = [0.5918, 0.6425, 0.6738, 0.6949, 0.7161, 0.7373];
    [0, 0.5, 0.8, 1.0, 1.2, 1.4].forEach((q, i) => expect(hardmaxChannelMoment(q, 1.5, 'published')).toBeCloseTo(want[i], 3));
  });
  it('reproduces the published SE_hardmax_rho=0.5 curve, which lies above the correct one everywhere', async () => {
    const { loadReferenceCsv } = await import('../../../testing/reference');
    const rows = loadReferenceCsv('aim-paper/SE_hardmax_rho=0.5.csv');
    const pub = hardmaxCurve(0.5, 80, 'published');
    const cor = hardmaxCurve(0.5, 80);
    expect(pub.monotone).toBe(true);
    let worst = 0;
    let checked = 0;
    for (const r of rows) {
      if (r.alpha < pub.alpha[0] || r.alpha > pub.alpha[pub.alpha.length - 1]) continue;
      const got = hardmaxAt(pub, [r.alpha])[0];
      worst = Math.max(worst, Math.abs(got - r.mmse));
      checked++;
      expect(hardmaxAt(cor, [r.alpha])[0], `α=${r.alpha}`).toBeLessThan(r.mmse);
    }
    expect(checked).toBeGreaterThan(100);
    // Their curve comes from a 25 000-sample Monte Carlo per point; ours interpolates a quadrature-exact curve.
    expect(worst).toBeLessThan(5e-3);
  });
});
