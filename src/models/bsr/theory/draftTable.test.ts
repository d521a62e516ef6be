import { describe, expect, it } from 'vitest';
import { DRAFT_TABLE } from '../../../numeric/spectral/parametricTable';
import { boFromTable } from './curve';
import { buildMmseTable } from './mmseTable';

// Shapes with one band, two bands, β near 1 (where the spectrum changes fastest), a tall and a wide matrix.
const SHAPES: Array<[number, number]> = [
  [1, 0.5],
  [1, 0.05],
  [0.3, 1.1],
  [3, 0.2],
  [1.02, 0.7],
  [10, 0.01],
];

describe('draft mmse table', () => {
  it('gives E_BO within 2e-5 of the full table for α in [1e-4, 10] and Δ from 0 to 2', () => {
    // Measured at most 7.9e-6 over these shapes with α on a 400-point log grid and near α_PR.
    for (const [beta, rho] of SHAPES) {
      const full = buildMmseTable(beta, rho);
      const draft = buildMmseTable(beta, rho, DRAFT_TABLE);
      // Off the tables' knots: α on a log grid with a jitter, plus points approaching α_PR.
      const alphas = Array.from({ length: 120 }, (_, i) => 10 ** (-4 + (5 * i) / 119) * (1 + 1e-3 * Math.sin(i)));
      for (let i = 1; i < 30; i++) alphas.push(full.alphaPR * (1 - 10 ** (-i / 6)));
      let worst = 0;
      for (const delta of [0, 1e-5, 1e-3, 0.05, 0.5, 2])
        for (const a of alphas) {
          const e = boFromTable(full, a, delta);
          const d = boFromTable(draft, a, delta);
          expect(d.status).toBe(e.status);
          worst = Math.max(worst, Math.abs(d.error - e.error));
        }
      expect(worst, `β = ${beta}, ρ = ${rho}`).toBeLessThan(2e-5);
    }
  });

  it('needs fewer spectral evaluations than the full table', () => {
    const full = buildMmseTable(1, 0.5);
    const draft = buildMmseTable(1, 0.5, DRAFT_TABLE);
    expect(draft.lnZeta.length).toBeLessThan(0.7 * full.lnZeta.length);
  });
});
