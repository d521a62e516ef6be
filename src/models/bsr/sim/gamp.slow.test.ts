import { describe, expect, it } from 'vitest';
import { boCurve } from '../theory/curve';
import { createInstance, validateSpec } from './instance';
import { instanceBytes } from './size';
import { runGamp } from './gamp';

describe('GAMP-RIE on simulated BSR data', () => {
  for (const alpha of [0.3, 0.5, 0.7]) {
    it(`reaches the Bayes-optimal error at d = 80, β = 1, ρ = 0.5, Δ = 0, α = ${alpha} (mean of 3 seeds within 0.03)`, () => {
      const bo = boCurve({ beta: 1, rho: 0.5, delta: 0 }, [alpha]).bo[0];
      const finals = [1, 2, 3].map((seed) => {
        const r = runGamp(createInstance({ d: 80, beta: 1, rho: 0.5, delta: 0, alpha, seed }), { maxIter: 50 });
        expect(r.outcome).not.toBe('diverged');
        return r.final.mse;
      });
      // Single runs at d = 80 scatter by up to ±0.06 around E_BO (finite size); their mean does not.
      const mean = finals.reduce((a, b) => a + b, 0) / finals.length;
      expect(Math.abs(mean - bo)).toBeLessThan(0.03);
      for (const f of finals) expect(Math.abs(f - bo)).toBeLessThan(0.08);
    });
  }

  it('follows its state evolution iteration by iteration when undamped (d = 80, α = 0.5, mean of 3 seeds)', () => {
    const runs = [4, 5, 6].map((seed) =>
      runGamp(createInstance({ d: 80, beta: 1, rho: 0.5, delta: 0, alpha: 0.5, seed }), { maxIter: 10, tol: 0, damping: 0 }),
    );
    for (let t = 0; t < 10; t++) {
      const mean = runs.reduce((s, r) => s + r.iterations[t].mse, 0) / runs.length;
      // Single runs scatter by ±0.03 at this size; the mean follows the prediction more closely.
      expect(Math.abs(mean - runs[0].iterations[t].se), `iteration ${t + 1}`).toBeLessThan(0.03);
    }
  });

  it('detects divergence (undamped, β = 2) and stops without reporting the blown-up error', () => {
    const inst = createInstance({ d: 50, beta: 2, rho: 0.2, delta: 0, alpha: 0.25, seed: 1 });
    const r = runGamp(inst, { maxIter: 60, damping: 0 });
    expect(r.outcome).toBe('diverged');
    expect(r.message).toMatch(/diverged at iteration \d+/);
    // Was every mse < 1e3, the detector's own threshold. Measured (seeds 1, 4, 5 diverge): the largest error
    // recorded before the break is 40, 56 and 64, and the break comes at iterations 14, 7 and 10.
    for (const it of r.iterations) expect(it.mse).toBeLessThan(100);
    expect(r.iterations.length).toBeLessThanOrEqual(20);
    expect(Number(r.message.match(/error ([\d.e+-]+)/)?.[1] ?? Infinity)).toBeGreaterThan(1e3);
  });

  it('does not diverge at small α with the default damping, where undamped runs do', () => {
    const inst = createInstance({ d: 60, beta: 1, rho: 0.2, delta: 0, alpha: 0.05, seed: 1 });
    expect(runGamp(inst, { maxIter: 40, damping: 0 }).outcome).toBe('diverged');
    const damped = runGamp(inst, { maxIter: 40 });
    expect(damped.outcome).not.toBe('diverged');
    // Was final.mse < 1.2 for one seed. Damped runs reach the Bayes-optimal error: over seeds 1–6 the finals
    // were 1.07, 0.90, 0.82, 1.04, 1.01, 0.79 (mean 0.940, σ = 0.12) against E_BO = 0.947; the mean of six
    // must lie within 3σ/√6 = 0.15 of it.
    const finals = [1, 2, 3, 4, 5, 6].map((seed) => runGamp(createInstance({ d: 60, beta: 1, rho: 0.2, delta: 0, alpha: 0.05, seed }), { maxIter: 40 }));
    for (const r of finals) expect(r.outcome).not.toBe('diverged');
    const mean = finals.reduce((s, r) => s + r.final.mse, 0) / finals.length;
    expect(Math.abs(mean - boCurve({ beta: 1, rho: 0.2, delta: 0 }, [0.05]).bo[0])).toBeLessThan(0.15);
  });

  it('can be cancelled from the progress callback', () => {
    const inst = createInstance({ d: 30, beta: 1, rho: 0.5, delta: 0.1, alpha: 0.5, seed: 2 });
    const r = runGamp(inst, { onIteration: (it) => it.t < 3 });
    expect(r.outcome).toBe('cancelled');
    expect(r.iterations).toHaveLength(3);
  });
});

describe('simulated instances', () => {
  it('are reproducible from their seed and have the model’s statistics', () => {
    const a = createInstance({ d: 40, beta: 1.5, rho: 0.25, delta: 0.2, alpha: 0.5, seed: 9 });
    const b = createInstance({ d: 40, beta: 1.5, rho: 0.25, delta: 0.2, alpha: 0.5, seed: 9 });
    expect(a.y).toEqual(b.y);
    expect([a.d, a.L, a.r, a.n]).toEqual([40, 60, 10, 1200]);
    // Var(y) = 1 + Δ; entries of S have variance 1 in original units.
    const vy = a.y.reduce((s, v) => s + v * v, 0) / a.n;
    expect(Math.abs(vy - 1.2)).toBeLessThan(0.15);
    const vs = (a.S.reduce((s, v) => s + v * v, 0) * Math.sqrt(a.d * a.L)) / (a.d * a.L);
    expect(Math.abs(vs - 1)).toBeLessThan(0.2);
  });
  it('refuse sizes that would not fit in memory, with the estimate in the message', () => {
    expect(instanceBytes({ d: 100, beta: 1, rho: 0.5, alpha: 0.5 })).toBeCloseTo(4 * 5000 * 10000 + 8 * (5000 + 30000), -3);
    expect(() => validateSpec({ d: 400, beta: 2, rho: 0.5, delta: 0, alpha: 1, seed: 1 })).toThrow(/MiB.*lower d or α/);
    expect(() => validateSpec({ d: 2.5, beta: 1, rho: 0.5, delta: 0, alpha: 1, seed: 1 })).toThrow(/integer/);
  });
});
