import { describe, expect, it } from 'vitest';
import { loadReferenceCsv } from '../../../testing/reference';
import { boCurve } from './curve';
import { largeBetaError, lowRankError } from './limits';
import { alphaTildeWR } from './thresholds';

describe('low-rank limit (r = O(1), α̃ axis)', () => {
  it('is 4α̃(1−α̃) on [½, 1] at β = 1, Δ = 0 (closed form) and 1 / 0 outside', () => {
    for (const a of [0.55, 0.7, 0.9, 0.99]) expect(lowRankError(a, 1, 0).error).toBeCloseTo(4 * a * (1 - a), 10);
    expect(lowRankError(0.4, 1, 0)).toEqual({ error: 1, status: 'no-recovery' });
    expect(lowRankError(1.2, 1, 0).status).toBe('perfect-recovery');
  });
  it('matches the published values at β = 5 and with noise (bsr-notes §6.6)', () => {
    expect(lowRankError(0.5, 5, 0).error).toBeCloseTo(0.91191, 5);
    expect(lowRankError(0.6, 5, 0).error).toBeCloseTo(0.75366, 5);
    expect(lowRankError(0.8, 5, 0).error).toBeCloseTo(0.36523, 5);
    expect(lowRankError(0.8, 1, 0.1).error).toBeCloseTo(0.81867, 5);
    expect(lowRankError(1.0, 1, 0.1).error).toBeCloseTo(0.53246, 5);
  });
  it('starts to recover exactly at α̃_WR = (1+Δ)√β/(1+β)', () => {
    for (const [beta, delta] of [
      [1, 0],
      [5, 0],
      [2, 0.3],
    ]) {
      const wr = alphaTildeWR(beta, delta);
      expect(lowRankError(wr * 0.999, beta, delta).error).toBe(1);
      expect(lowRankError(wr * 1.01, beta, delta).error).toBeLessThan(1);
      expect(lowRankError(wr * 1.01, beta, delta).error).toBeGreaterThan(0.9);
    }
  });
  it('is what the extensive-rank curve tends to as ρ → 0 on the α̃ axis (reference file, ρ = 0.1 and 0.2)', () => {
    // The published α̃-axis curves at small ρ approach the low-rank limit from below.
    const rows = loadReferenceCsv('bsr-paper/plots__LR_delta_0.0_beta_1.0_rho_0.1_0.2_0.5_1.0_2.0_alphaLR_0.0_0.005_1.0.csv');
    const at = (rho: number, aT: number) => rows.find((r) => r.rho === rho && Math.abs(r.alpha_LR - aT) < 1e-9)!.mmse;
    for (const aT of [0.6, 0.8]) {
      const lim = lowRankError(aT, 1, 0).error;
      expect(at(0.1, aT)).toBeLessThan(lim);
      expect(Math.abs(at(0.1, aT) - lim)).toBeLessThan(Math.abs(at(0.2, aT) - lim));
    }
  });
});

describe('large-β limit', () => {
  it('is (1−α)(1−α/ρ) when noiseless, 0 beyond min(1, ρ)', () => {
    for (const [a, r] of [
      [0.2, 0.5],
      [0.4, 0.5],
      [0.5, 2],
    ])
      expect(largeBetaError(a, r, 0).error).toBeCloseTo((1 - a) * (1 - a / r), 10);
    expect(largeBetaError(0.6, 0.5, 0).status).toBe('perfect-recovery');
  });
  it('is approached by finite-β curves as β grows (ρ = 1, Δ = 0.1)', () => {
    const lim = largeBetaError(0.5, 1, 0.1).error;
    const errs = [2, 10, 100].map((beta) => Math.abs(boCurve({ beta, rho: 1, delta: 0.1 }, [0.5]).bo[0] - lim));
    expect(errs[1]).toBeLessThan(errs[0]);
    expect(errs[2]).toBeLessThan(errs[1]);
    expect(errs[2]).toBeLessThan(0.01);
  });
  it('gives (3 − √5)/2 for the denoising MMSE at ρ = 1, ζ = 1', async () => {
    const { largeBetaDenoisingMmse } = await import('./limits');
    expect(largeBetaDenoisingMmse(1, 1)).toBeCloseTo((3 - Math.sqrt(5)) / 2, 12);
  });
});
