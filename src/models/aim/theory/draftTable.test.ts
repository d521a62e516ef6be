import { describe, expect, it } from 'vitest';
import { hardmaxCurve } from './hardmax';
import { softmaxCurve, symmetricTableFor } from './softmax';

const RHOS = [0.02, 0.3, 0.5, 1, 3];

describe('draft denoising table of the attention model', () => {
  it('gives the softmax error within 2e-5 of the full table', () => {
    // Measured at most 3.7e-6 over these ρ, T = 2 and 5, α on a jittered log grid up to α_PR and beyond.
    for (const rho of RHOS) {
      let worst = 0;
      for (const T of [2, 5]) {
        const alphas = Array.from({ length: 150 }, (_, i) => 10 ** (-5 + (5.5 * i) / 149) * (1 + 1e-3 * Math.sin(i)));
        // The draft first: once the full table is built it serves draft requests too.
        const draft = softmaxCurve(T, rho, alphas, true);
        const full = softmaxCurve(T, rho, alphas);
        draft.mmse.forEach((m, i) => {
          expect(draft.status[i]).toBe(full.status[i]);
          worst = Math.max(worst, Math.abs(m - full.mmse[i]));
        });
      }
      expect(worst, `ρ = ${rho}`).toBeLessThan(2e-5);
    }
  });

  it('moves the hardmax curve by less than 2e-5 in error', () => {
    // Measured at most 1.9e-6 (ρ = 0.02, near α = 0, where α itself moves by 1e-4 relative).
    for (const rho of RHOS.map((r) => r * 1.01)) {
      const draft = hardmaxCurve(rho, 80, 'correct', 1e-6, 'table', true);
      const full = hardmaxCurve(rho, 80, 'correct', 1e-6);
      expect(draft.mmse).toEqual(full.mmse);
      // The same error m at a slightly different α: the change in error at fixed α is the slope times that shift.
      let worst = 0;
      for (let i = 1; i + 1 < full.alpha.length; i++) {
        const slope = (full.mmse[i + 1] - full.mmse[i - 1]) / (full.alpha[i + 1] - full.alpha[i - 1]);
        worst = Math.max(worst, Math.abs(slope * (draft.alpha[i] - full.alpha[i])));
      }
      expect(worst, `ρ = ${rho}`).toBeLessThan(2e-5);
    }
  });

  it('is served by the full table when that is already built', () => {
    const full = symmetricTableFor(0.77);
    expect(symmetricTableFor(0.77, true)).toBe(full);
  });
});
