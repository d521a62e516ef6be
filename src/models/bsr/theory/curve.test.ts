import { describe, expect, it } from 'vitest';
import { loadReferenceCsv } from '../../../testing/reference';
import { boCurve, boFromTable, mmseTableFor } from './curve';
import { solveFixedPoint } from './fixedPoint';
import { alphaPR } from './thresholds';

/** Reference curves of the BSR paper at β = 1 (authors' theory CSVs). */
const files = ['bsr-paper/plots__delta_0.0_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0.csv', 'bsr-paper/plots__delta_0.1_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0.csv'];

describe('E_BO against the published curves', () => {
  for (const file of files) {
    it(`matches ${file} within 2e-3 away from α_PR (and reports the max deviation)`, () => {
      const rows = loadReferenceCsv(file);
      const groups = new Map<string, typeof rows>();
      for (const r of rows) {
        const k = `${r.rho}|${r.delta}|${r.beta}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      let worst = 0;
      for (const g of groups.values()) {
        const { rho, delta, beta } = g[0];
        const c = boCurve(
          { beta, rho, delta },
          g.map((r) => r.alpha),
        );
        const aPR = alphaPR(beta, rho);
        g.forEach((r, i) => {
          expect(c.converged[i]).toBe(true);
          // The steep part next to α_PR (noiseless) is excluded, as the authors' solver is coarse there.
          if (delta === 0 && Math.abs(r.alpha - aPR) < 0.02) return;
          const dev = Math.abs(c.bo[i] - r.mmse);
          worst = Math.max(worst, dev);
          expect(dev, `ρ=${rho} Δ=${delta} α=${r.alpha}`).toBeLessThan(2e-3);
        });
      }
      // Tighter than the tolerance: measured 6.8e-6 (Δ = 0) and 2.7e-6 (Δ = 0.1).
      expect(worst).toBeLessThan(2e-5);
    });
  }
});

describe('E_BO against tabulated values at β ≠ 1 (bsr-notes §6.1–6.2, authors’ CSV digits)', () => {
  const cases: Array<[number, number, number, number, number]> = [
    // β, ρ, Δ, α, E
    [2, 0.2, 0, 0.1, 0.85177],
    [2, 0.2, 0, 0.2, 0.5175],
    [2, 0.5, 0, 0.3, 0.59025],
    [2, 0.5, 0, 0.5, 0.23786],
    [2, 1, 0, 0.7, 0.19488],
    [5, 0.1, 0, 0.1, 0.24439],
    [5, 0.5, 0, 0.3, 0.48564],
    [5, 1, 0, 0.9, 0.01568],
    [10, 0.5, 0, 0.2, 0.64177],
    [10, 0.5, 0, 0.5, 0.03081],
    [2, 1, 0.1, 1.0, 0.2139],
    [5, 0.1, 0.1, 0.4, 0.04029],
    [1, 0.2, 0.5, 1.0, 0.24],
    [1, 0.2, 0.5, 2.0, 0.1046],
  ];
  for (const [beta, rho, delta, alpha, want] of cases) {
    it(`β=${beta} ρ=${rho} Δ=${delta} α=${alpha} → ${want}`, () => {
      const c = boCurve({ beta, rho, delta }, [alpha]);
      expect(Math.abs(c.bo[0] - want)).toBeLessThan(5e-4);
    });
  }
});

describe('tabulated curve agrees with the direct fixed-point solver', () => {
  it('to 2e-6 over a grid of α, for several shapes and noise levels', () => {
    for (const [beta, rho, delta] of [
      [1, 0.5, 0],
      [2, 0.2, 0.1],
      [5, 1, 0],
      [1, 2, 0.5],
      [0.5, 0.25, 0],
    ]) {
      const t = mmseTableFor(beta, rho);
      for (const alpha of [0.05, 0.2, 0.35, 0.6, 0.9, 1.5]) {
        const direct = solveFixedPoint({ beta, rho, delta }, alpha);
        const fast = boFromTable(t, alpha, delta);
        expect(direct.status).not.toBe('failed');
        expect(Math.abs(direct.error - fast.error), `${beta},${rho},${delta},${alpha}`).toBeLessThan(2e-6);
      }
    }
  });
});

describe('independent checks of the fixed point', () => {
  it('is invariant under the d ↔ L symmetry (β, ρ) → (1/β, ρ/β)', () => {
    const a = boCurve({ beta: 3, rho: 0.6, delta: 0.05 }, [0.1, 0.3, 0.5]);
    const b = boCurve({ beta: 1 / 3, rho: 0.2, delta: 0.05 }, [0.1, 0.3, 0.5]);
    a.bo.forEach((v, i) => expect(b.bo[i]).toBeCloseTo(v, 12));
  });
  it('follows the small-α law E ≈ 1 − α/(1+Δ)', () => {
    const c = boCurve({ beta: 1, rho: 1, delta: 0.1 }, [1e-3]);
    expect(c.bo[0]).toBeCloseTo(1 - 1e-3 / 1.1, 6);
  });
  it('reaches 0 at α_PR when noiseless and not before', () => {
    const aPR = alphaPR(2, 0.5);
    const c = boCurve({ beta: 2, rho: 0.5, delta: 0 }, [aPR - 0.01, aPR - 2e-4, aPR - 1e-4, aPR]);
    expect(c.bo[0]).toBeGreaterThan(1e-3);
    // mmse(ζ)/ζ = α_PR − cζ + …, so E vanishes linearly: halving the distance halves E.
    expect(c.bo[2]).toBeGreaterThan(0);
    expect(c.bo[2] / c.bo[1]).toBeCloseTo(0.5, 2);
    expect(c.status[3]).toBe('perfect-recovery');
  });
  it('approaches linear regression as ρ grows (ρ → ∞ limit: mmse_den = ζ/(1+ζ))', () => {
    const c = boCurve({ beta: 1, rho: 50, delta: 0.2 }, [0.3, 0.8, 1.5]);
    c.bo.forEach((v, i) => expect(Math.abs(v - c.ridge[i])).toBeLessThan(2e-3));
  });
  it('is a root of the parametric form α(ζ) = (Δ + mmse(ζ))/ζ', () => {
    const p = { beta: 2, rho: 0.3, delta: 0.2 };
    const fp = solveFixedPoint(p, 0.4);
    const t = mmseTableFor(2, 0.3);
    expect((p.delta + t.mmse(fp.zeta)) / fp.zeta).toBeCloseTo(0.4, 7);
    expect(fp.error).toBeCloseTo(t.mmse(fp.zeta), 6);
  });
  it('rejects out-of-domain parameters with a clear message', () => {
    expect(() => boCurve({ beta: 0, rho: 0.5, delta: 0 }, [0.1])).toThrow(/β/);
    expect(() => boCurve({ beta: 1, rho: 0.5, delta: -1 }, [0.1])).toThrow(/Δ/);
    expect(() => boCurve({ beta: 1, rho: 0.5, delta: 0 }, [-0.1])).toThrow(/α/);
  });
});

describe('published curves on the α̃ axis and published GAMP-RIE runs', () => {
  it('matches plots__LR (β = 1, Δ = 0, the same curves on an α̃ grid) within 2e-3 away from α_PR', () => {
    const rows = loadReferenceCsv('bsr-paper/plots__LR_delta_0.0_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0_alphaLR_0.0_0.005_1.0.csv');
    for (const rho of [0.1, 0.2, 0.5, 1, 2]) {
      const g = rows.filter((r) => r.rho === rho);
      const c = boCurve(
        { beta: 1, rho, delta: 0 },
        g.map((r) => r.alpha),
      );
      g.forEach((r, i) => {
        expect(c.alphaTilde[i]).toBeCloseTo(r.alpha_LR, 9);
        if (Math.abs(r.alpha - alphaPR(1, rho)) < 0.02) return;
        expect(Math.abs(c.bo[i] - r.mmse), `ρ=${rho} α̃=${r.alpha_LR}`).toBeLessThan(2e-3);
      });
    }
  });
  it('lies within the scatter (±0.06) of the published d = 100 GAMP-RIE runs that did not diverge', () => {
    for (const [file, beta, rho, delta] of [
      ['bsr-paper/AMP__AMP_rho_0.2_beta_1.0_delta_0.0_D_100.csv', 1, 0.2, 0],
      ['bsr-paper/AMP__AMP_rho_1.0_beta_1.0_delta_0.1_D_100.csv', 1, 1, 0.1],
    ] as const) {
      const rows = loadReferenceCsv(file).filter((r) => r.mmse < 1.5);
      const c = boCurve(
        { beta, rho, delta },
        rows.map((r) => r.alpha),
      );
      const devs = rows.map((r, i) => r.mmse - c.bo[i]);
      expect(Math.max(...devs.map(Math.abs))).toBeLessThan(0.06);
      // and on average they agree much better than single runs do
      expect(Math.abs(devs.reduce((a, b) => a + b, 0) / devs.length)).toBeLessThan(0.01);
    }
  });
  it('below α ≈ 10⁻⁶ the fixed point lies past the table and is given in closed form, E = 1 − α/(1+Δ) + O(α²)', () => {
    for (const delta of [0, 0.3]) {
      const c = boCurve({ beta: 1, rho: 0.5, delta }, [1e-300, 1e-8, 1e-7]);
      expect(c.status).toEqual(['converged', 'converged', 'converged']);
      expect(c.bo[0]).toBe(1);
      for (const i of [1, 2]) expect(1 - c.bo[i]).toBeCloseTo(c.alpha[i] / (1 + delta), 12);
      // The spectral solver agrees where both apply.
      expect(solveFixedPoint({ beta: 1, rho: 0.5, delta }, 1e-7).error).toBeCloseTo(c.bo[2], 12);
    }
    // A noise far below the floor of ζ is handled like the noiseless case.
    expect(solveFixedPoint({ beta: 1, rho: 0.5, delta: 1e-308 }, 0.5).status).toBe('converged');
  });
});
