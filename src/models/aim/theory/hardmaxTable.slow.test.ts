import { describe, expect, it } from 'vitest';
import { bivariateNormalCdf, normalCdf, normalPdf } from '../../../numeric/normal';
import { createGaussian } from '../../../numeric/random/gaussian';
import { hardmaxAt, hardmaxCurve, hardmaxSolve } from './hardmax';
import { hardmaxChannelMomentExact, hardmaxScaledMoment, scaledMomentHermite, scaledMomentSinh } from './hardmaxMoment';
import { HARDMAX_TABLE_POINTS, chebyshevPoints, hardmaxChannelMomentFromTable, hardmaxScaledMomentFromTable } from './hardmaxTable';
import { symmetricTableFor } from './softmax';

describe('hardmax channel moment as a function of t = q/(Q0 − q)', () => {
  it('(Q0 − q)·E(q, Q0) depends on q and Q0 only through t', () => {
    for (const variant of ['correct', 'published'] as const) {
      // t = 0.5 and t = 7, each reached from three (q, Q0).
      for (const [t, pairs] of [
        [
          0.5,
          [
            [0.5, 1.5],
            [1, 3],
            [0.02, 0.06],
          ],
        ],
        [
          7,
          [
            [7, 8],
            [0.7, 0.8],
            [70, 80],
          ],
        ],
      ] as const) {
        const f = pairs.map(([q, Q0]) => hardmaxChannelMomentExact(q, Q0, variant) * (Q0 - q));
        for (const v of f) expect(Math.abs(v / hardmaxScaledMoment(t, variant) - 1), `${variant} t=${t}`).toBeLessThan(1e-13);
      }
    }
  });

  it('the Gauss–Hermite and the sinh-trapezoid sums agree where both converge, and the trapezoid converges in its step', () => {
    // Measured: 2e-15 at t = 0.3 and 1, 4e-9 at t = 3 (Gauss–Hermite starts to miss the strips); steps 0.1 and 0.07 agree to 5e-15.
    for (const variant of ['correct', 'published'] as const) {
      for (const t of [0.3, 1]) expect(Math.abs(scaledMomentHermite(t, variant) / scaledMomentSinh(t, variant, 0.1) - 1)).toBeLessThan(1e-12);
      for (const t of [40, 3e5]) expect(Math.abs(scaledMomentSinh(t, variant, 0.07) / scaledMomentSinh(t, variant, 0.1) - 1)).toBeLessThan(1e-12);
    }
  });

  it('a Monte Carlo over κ agrees at t = 100, where the 48×48 Gauss–Hermite sum is 30% low', () => {
    const t = 100;
    const sq = Math.sqrt(8 / 9);
    const gauss = createGaussian(7);
    const n = 100000;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      const u = gauss();
      const v = gauss();
      let x = 0;
      for (const sigma of [1, -1]) {
        const r = sigma / 3;
        const k1 = Math.sqrt(t) * u;
        const k2 = Math.sqrt(t) * (r * u + Math.sqrt(1 - r * r) * v);
        const Z = bivariateNormalCdf(k1, k2, r);
        if (Z < 1e-280) continue;
        const d1 = normalPdf(k1) * normalCdf((k2 - r * k1) / sq);
        const d2 = normalPdf(k2) * normalCdf((k1 - r * k2) / sq);
        x += ((2 / 3) * (2 * d1 * d1 + 2 * d2 * d2 + (d1 + sigma * d2) ** 2)) / Z;
      }
      sum += x;
      sum2 += x * x;
    }
    const mean = sum / n;
    const se = Math.sqrt((sum2 / n - mean * mean) / n);
    const quad = hardmaxScaledMoment(t);
    // Measured: 0.14232 ± 0.00103 against the quadrature's 0.142645 and the Gauss–Hermite sum's 0.1004.
    expect(se / quad).toBeLessThan(0.015);
    expect(Math.abs(mean - quad)).toBeLessThan(4 * se);
    expect(Math.abs(scaledMomentHermite(t, 'correct') / quad - 1)).toBeGreaterThan(0.2);
  });

  it('the Chebyshev table matches the quadrature to 1e-5 relative (measured ≤ 3e-12) between its points, for all t ≥ 0', () => {
    const nodes = chebyshevPoints(HARDMAX_TABLE_POINTS).map((u) => 1 / (u * u) - 1);
    for (const variant of ['correct', 'published'] as const)
      for (const t of [0, 2e-4, 0.031, 0.77, 4.2, 61, 2.9e3, 4.4e5, 1.3e8, 1e11]) {
        expect(nodes.some((x) => Math.abs(x / t - 1) < 1e-3)).toBe(false);
        const err = Math.abs(hardmaxScaledMomentFromTable(t, variant) / hardmaxScaledMoment(t, variant) - 1);
        expect(err, `${variant} t=${t}`).toBeLessThan(1e-5);
        if (variant === 'correct') expect(err, `t=${t}`).toBeLessThan(1e-11);
      }
    expect(hardmaxChannelMomentFromTable(0.3, 1.3)).toBeCloseTo(hardmaxChannelMomentExact(0.3, 1.3), 12);
  });
});

describe('hardmax curves from the table against the quadrature', () => {
  it('every point of the live curve has the α the exact moment gives (ρ from 1e-4 to 1e4)', () => {
    for (const rho of [1e-4, 0.1, 0.5, 1e4]) {
      const c = hardmaxCurve(rho);
      expect(c.monotone).toBe(true);
      const table = symmetricTableFor(rho);
      for (const i of [0, 17, 40, c.q.length - 1]) {
        // Same m, hence the same denoising noise Δ: the α of the point differs only through the moment.
        const m = c.mmse[i];
        const Q0 = 1 + rho;
        const lo = Math.log(1e-12);
        let a = lo;
        let b = Math.log(1e8);
        for (let k = 0; k < 200; k++) {
          const mid = 0.5 * (a + b);
          if (table.mmse(Math.exp(mid)) < m) a = mid;
          else b = mid;
        }
        const alphaExact = 1 / (2 * Math.exp(0.5 * (a + b)) * hardmaxChannelMomentExact(Q0 - m, Q0));
        expect(Math.abs(c.alpha[i] / alphaExact - 1), `ρ=${rho} m=${m}`).toBeLessThan(1e-6);
      }
    }
  });

  it('hardmaxSolve with the table agrees with the exact solve to 1e-4 in error (measured below 1e-16)', () => {
    for (const [rho, alpha] of [
      [0.1, 0.37],
      [0.5, 2.3],
      [3, 0.08],
    ]) {
      const live = hardmaxSolve(rho, alpha);
      const exact = hardmaxSolve(rho, alpha, 'correct', 'exact');
      expect(live.converged && exact.converged).toBe(true);
      expect(Math.abs(live.mmse - exact.mmse), `ρ=${rho} α=${alpha}`).toBeLessThan(1e-4);
      expect(Math.abs(hardmaxAt(hardmaxCurve(rho), [alpha])[0] / exact.mmse - 1), `ρ=${rho} α=${alpha}`).toBeLessThan(0.02);
    }
  });
});
