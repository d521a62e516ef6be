import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createGaussian } from '../../../numeric/random/gaussian';
import { loadReferenceCsv } from '../../../testing/reference';
import { ridgeError, ridgeOptimalError } from './ridge';

describe('ridge regression on vec(X)', () => {
  it('matches the published optimal-ridge column (Δ = 0 and Δ = 0.1) to 1e-9', () => {
    for (const f of ['bsr-paper/plots__delta_0.0_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0.csv', 'bsr-paper/plots__delta_0.1_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0.csv']) {
      for (const r of loadReferenceCsv(f)) expect(Math.abs(ridgeOptimalError(r.alpha, r.delta) - r.mse_ridge_opt)).toBeLessThan(1e-9);
    }
  });
  it('general-λ formula equals the closed form at λ = Δ, and λ = Δ is optimal', () => {
    for (const [a, d] of [
      [0.3, 0.1],
      [1.5, 0.5],
      [0.9, 0.02],
    ]) {
      expect(ridgeError(a, d, d)).toBeCloseTo(ridgeOptimalError(a, d), 12);
      for (const l of [d / 3, d * 3]) expect(ridgeError(a, d, l)).toBeGreaterThan(ridgeOptimalError(a, d));
    }
  });
  it('has the noiseless and ridgeless limits', () => {
    expect(ridgeOptimalError(0.3, 0)).toBeCloseTo(0.7, 14);
    expect(ridgeOptimalError(1.3, 0)).toBeCloseTo(0, 14);
    expect(ridgeError(0.5, 0.2, 0)).toBeCloseTo(ridgeError(0.5, 0.2, 1e-9), 6);
    expect(ridgeError(2, 0.2, 0)).toBeCloseTo(0.2, 12);
  });
  it('agrees with a seeded simulation (p = 400, 6 seeds; tolerance 4 standard errors)', () => {
    const p = 400;
    const alpha = 0.6;
    const delta = 0.2;
    const lambda = 0.3;
    const n = Math.round(alpha * p);
    const errs: number[] = [];
    for (let seed = 1; seed <= 6; seed++) {
      const g = createGaussian(seed);
      const w = Array.from({ length: p }, () => g());
      const X = new Matrix(n, p);
      for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) X.set(i, j, g() / Math.sqrt(p));
      const y = Matrix.columnVector(Array.from({ length: n }, (_, i) => X.getRow(i).reduce((s, x, j) => s + x * w[j], 0) + Math.sqrt(delta) * g()));
      // min ‖y − Xw‖² + λ‖w‖²  →  w = (XᵀX + λI)⁻¹ Xᵀy
      const A = X.transpose().mmul(X).add(Matrix.eye(p).mul(lambda));
      const what = solve(A, X.transpose().mmul(y)).getColumn(0);
      errs.push(what.reduce((s, v, j) => s + (v - w[j]) ** 2, 0) / p);
    }
    const mean = errs.reduce((a, b) => a + b, 0) / errs.length;
    const sd = Math.sqrt(errs.reduce((a, b) => a + (b - mean) ** 2, 0) / (errs.length - 1));
    expect(Math.abs(mean - ridgeError(alpha, delta, lambda))).toBeLessThan(4 * (sd / Math.sqrt(errs.length)) + 0.01);
  });
  it('stays finite and right at extreme α: E → Δ/α, 0 when noiseless, 1 at α → 0', () => {
    expect(ridgeOptimalError(1e200, 0)).toBe(0);
    expect(ridgeOptimalError(1e200, 0.1) / 1e-201).toBeCloseTo(1, 12);
    expect(ridgeOptimalError(1e308, 1) / 1e-308).toBeCloseTo(1, 6);
    expect(ridgeOptimalError(1e-300, 0)).toBe(1);
    // Both branches of the formula meet at α = Δ + 1.
    for (const d of [0.01, 0.1, 3]) expect(ridgeOptimalError(d + 1 + 1e-9, d)).toBeCloseTo(ridgeOptimalError(d + 1 - 1e-9, d), 8);
    // The rationalised branch against the direct formula where the latter loses no digits.
    const direct = (g: number, d: number) => 1 - (2 * g) / (Math.sqrt(2 * (g + 1) * d + (g - 1) ** 2 + d * d) + g + d + 1);
    for (const [g, d] of [
      [2, 0.5],
      [10, 1],
      [50, 20],
    ])
      expect(ridgeOptimalError(g, d)).toBeCloseTo(direct(g, d), 13);
  });
});
