import { describe, expect, it } from 'vitest';
import { mmseTableFor } from './curve';
import { solveFixedPoint } from './fixedPoint';
import { freeEntropy, freeEntropyCurve, localMaxima } from './freeEntropy';
import { bsrSpectrum } from './spectrum';

describe('free entropy Φ(q)', () => {
  const cases = [
    { beta: 1, rho: 0.5, delta: 0, alpha: 0.5 },
    { beta: 2, rho: 1, delta: 0, alpha: 0.74 },
    { beta: 1, rho: 0.2, delta: 0.1, alpha: 0.3 },
    { beta: 5, rho: 0.5, delta: 0.5, alpha: 1.2 },
  ];
  for (const c of cases) {
    it(`has a single maximum, at the fixed point (β=${c.beta} ρ=${c.rho} Δ=${c.delta} α=${c.alpha})`, () => {
      const p = { beta: c.beta, rho: c.rho, delta: c.delta };
      const table = mmseTableFor(c.beta, c.rho);
      const qs = Array.from({ length: 2001 }, (_, i) => (0.9995 * i) / 2000);
      const curve = freeEntropyCurve(table, p, c.alpha, qs);
      const fp = solveFixedPoint(p, c.alpha);
      expect(Math.abs(curve.argmax - fp.q)).toBeLessThan(1e-3);
      // Unimodal: increasing before the maximum, decreasing after (no second, metastable branch).
      const k = qs.indexOf(curve.argmax);
      for (let i = 1; i <= k; i++) expect(curve.phi[i]).toBeGreaterThan(curve.phi[i - 1]);
      for (let i = k + 1; i < qs.length; i++) expect(curve.phi[i]).toBeLessThan(curve.phi[i - 1]);
    });
  }

  it('is stationary at the fixed point (central difference)', () => {
    const p = { beta: 2, rho: 0.3, delta: 0.2 };
    const fp = solveFixedPoint(p, 0.6);
    const t = mmseTableFor(2, 0.3);
    const h = 1e-4;
    const d = (freeEntropy(t, p, 0.6, fp.q + h) - freeEntropy(t, p, 0.6, fp.q - h)) / (2 * h);
    expect(Math.abs(d)).toBeLessThan(1e-5);
  });

  it('agrees with the log-potential computed directly from the density (I-MMSE relation)', () => {
    // J(ζ) = ∬μμ ln|x−y| + (β−1)∫μ ln|x|; compare J(ζ₂) − J(ζ₁) from the spectrum with the
    // integral of the mmse that Φ uses: (β/2)∫(1 − mmse(s)/s) d ln s.
    const beta = 2;
    const rho = 0.5;
    const J = (zeta: number) => {
      const { x, w, mu } = bsrSpectrum(beta, rho, zeta).quadrature(1e-9);
      let pair = 0;
      let single = 0;
      for (let i = 0; i < x.length; i++) {
        single += 2 * w[i] * mu[i] * Math.log(x[i]);
        for (let j = 0; j < x.length; j++) {
          if (i === j) continue;
          // even density on ℝ: pairs (±x, ±y) give 2·ln|x−y| + 2·ln(x+y)
          pair += w[i] * mu[i] * w[j] * mu[j] * 2 * (Math.log(Math.abs(x[i] - x[j])) + Math.log(x[i] + x[j]));
        }
      }
      return pair + (beta - 1) * single;
    };
    const t = mmseTableFor(beta, rho);
    const z1 = 0.5;
    const z2 = 2;
    const n = 400;
    let viaMmse = 0;
    for (let i = 0; i < n; i++) {
      const l = Math.log(z1) + ((i + 0.5) * Math.log(z2 / z1)) / n;
      viaMmse += (1 - t.mmse(Math.exp(l)) / Math.exp(l)) * (Math.log(z2 / z1) / n);
    }
    viaMmse *= beta / 2;
    // The direct double sum skips the diagonal, a crude treatment of the log singularity: 2% agreement.
    expect(J(z2) - J(z1)).toBeCloseTo(viaMmse, 1);
    expect(Math.abs((J(z2) - J(z1)) / viaMmse - 1)).toBeLessThan(0.02);
  });

  it('rejects overlaps outside [0, 1)', () => {
    const t = mmseTableFor(1, 0.5);
    expect(() => freeEntropy(t, { beta: 1, rho: 0.5, delta: 0 }, 0.5, 1)).toThrow(/overlap/);
  });
});

describe('local maxima of a sampled curve (how many maxima the landscape panel reports)', () => {
  const qs = Array.from({ length: 401 }, (_, i) => i / 400);
  it('finds one interior maximum, two when a metastable bump is added, and a maximum at an end', () => {
    expect(
      localMaxima(
        qs,
        qs.map((q) => -((q - 0.7) ** 2)),
      ).map((m) => m.q),
    ).toEqual([0.7]);
    const two = localMaxima(
      qs,
      qs.map((q) => Math.exp(-(((q - 0.2) / 0.05) ** 2)) * 0.5 + Math.exp(-(((q - 0.8) / 0.05) ** 2))),
    );
    expect(two.map((m) => m.q)).toEqual([0.2, 0.8]);
    expect(
      localMaxima(
        qs,
        qs.map((q) => q),
      ).map((m) => m.q),
    ).toEqual([1]);
    expect(
      localMaxima(
        qs,
        qs.map((q) => -q),
      ).map((m) => m.q),
    ).toEqual([0]);
  });
  it('takes wiggles far below the curve’s range as rounding, not as maxima', () => {
    const phi = qs.map((q, i) => -((q - 0.5) ** 2) + (i % 2 ? 1e-13 : 0));
    expect(localMaxima(qs, phi)).toHaveLength(1);
  });
  it('finds a single maximum, at q*, in the landscape presets (β = 1, α = 0.74 and β = 2, α = 0.615; ρ = 0.5)', () => {
    for (const c of [
      { beta: 1, alpha: 0.74 },
      { beta: 2, alpha: 0.615 },
    ]) {
      const p = { beta: c.beta, rho: 0.5, delta: 0 };
      const grid = Array.from({ length: 300 }, (_, i) => (0.995 * i) / 299);
      const curve = freeEntropyCurve(mmseTableFor(c.beta, 0.5), p, c.alpha, grid);
      const m = localMaxima(curve.q, curve.phi);
      expect(m).toHaveLength(1);
      expect(Math.abs(m[0].q - solveFixedPoint(p, c.alpha).q)).toBeLessThan(0.005);
    }
  });
});
