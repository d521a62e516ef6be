import { describe, expect, it } from 'vitest';
import { softmaxCurve } from '../theory/softmax';
import { createInstance } from './instance';
import { runGamp } from './gampRie';

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('GAMP-RIE on the softmax AIM (T = 2, ρ = 0.5, D = 80)', () => {
  // Measured (60 iterations): α = 0.1 → 0.436, 0.406, 0.401 (theory 0.392, mean gap +0.022);
  // α = 0.15 → 0.143, 0.133, 0.131 (theory 0.128, mean gap +0.008).
  for (const [alpha, seeds, tolMean] of [
    [0.1, [2, 3], 0.04],
    [0.15, [1, 2, 3], 0.025],
  ] as const) {
    it(`reaches the Bayes-optimal error at α = ${alpha} (mean of ${seeds.length} seeds within ${tolMean})`, () => {
      const finals = seeds.map((seed) => {
        const inst = createInstance({ channel: 'softmax', T: 2, D: 80, rho: 0.5, alpha, seed });
        const r = runGamp(inst, { maxIter: 60 });
        expect(r.outcome).not.toBe('diverged');
        return r.final.mse;
      });
      const theory = softmaxCurve(2, 0.5, [alpha]).mmse[0];
      expect(Math.abs(mean(finals) - theory)).toBeLessThan(tolMean);
      // Finite size biases single runs upwards; none is below the Bayes error by more than noise.
      for (const f of finals) expect(f).toBeGreaterThan(theory - 0.03);
    });
  }

  it('recovers the target above α_PR = 0.1875 (α = 0.25: error below 2e-3 after 60 iterations)', () => {
    const r = runGamp(createInstance({ channel: 'softmax', T: 2, D: 80, rho: 0.5, alpha: 0.25, seed: 2 }), { maxIter: 60 });
    expect(r.outcome).not.toBe('diverged');
    expect(r.final.mse).toBeLessThan(2e-3);
  });

  it('is tracked by its state evolution and can be cancelled', () => {
    const r = runGamp(createInstance({ channel: 'softmax', T: 2, D: 60, rho: 0.5, alpha: 0.15, seed: 3 }), { maxIter: 30, tol: 0 });
    // The first steps run above the SE at D = 60 (finite-size excess noise in R); the gap closes.
    for (const it of r.iterations.slice(20)) expect(Math.abs(it.mse - it.se)).toBeLessThan(0.06);
    for (let t = 1; t < r.iterations.length; t++) expect(r.iterations[t].se).toBeLessThanOrEqual(r.iterations[t - 1].se + 1e-12);
    const c = runGamp(createInstance({ channel: 'softmax', T: 2, D: 20, rho: 0.5, alpha: 0.1, seed: 1 }), { onIteration: (it) => it.t < 3 });
    expect(c.outcome).toBe('cancelled');
    expect(c.iterations).toHaveLength(3);
  });
});
