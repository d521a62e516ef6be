import { describe, expect, it } from 'vitest';
import { boCurve } from '../theory/curve';
import { createInstance } from './instance';
import { runAveragedGd, runGd } from './gd';

describe('gradient descent on the BSR loss', () => {
  it('recovers the teacher above α_PR from a small initialisation (noiseless, β = 1, ρ = 0.2)', () => {
    const inst = createInstance({ d: 30, beta: 1, rho: 0.2, delta: 0, alpha: 0.6, seed: 1 });
    const r = runGd(inst, { init: 'small', lr: 0.1, steps: 4000, lossTol: 1e-10, seed: 5 });
    expect(r.outcome).toBe('converged');
    expect(r.final.test).toBeLessThan(1e-4);
  });

  it('decreases the training loss and reports test error from the prior initialisation (E ≈ 2 at start)', () => {
    const inst = createInstance({ d: 24, beta: 1, rho: 0.25, delta: 0, alpha: 0.3, seed: 2 });
    const r = runGd(inst, { init: 'prior', lr: 0.1, steps: 600, seed: 3 });
    expect(r.iterations[0].test).toBeGreaterThan(1.5);
    expect(r.iterations[0].test).toBeLessThan(2.6);
    expect(r.final.train).toBeLessThan(r.iterations[0].train * 0.05);
  });

  it('detects divergence at too large a learning rate', () => {
    const inst = createInstance({ d: 20, beta: 1, rho: 0.2, delta: 0, alpha: 0.5, seed: 1 });
    expect(runGd(inst, { init: 'prior', lr: 3, steps: 300, seed: 1 }).outcome).toBe('diverged');
  });

  it('averaging over initialisations beats single runs below α_PR (noiseless)', () => {
    const inst = createInstance({ d: 24, beta: 1, rho: 0.25, delta: 0, alpha: 0.3, seed: 4 });
    const r = runAveragedGd(inst, 6, { init: 'prior', lr: 0.1, steps: 1500, lossTol: 1e-8, seed: 10 });
    const meanSingle = r.single.reduce((a, b) => a + b, 0) / r.single.length;
    const bo = boCurve({ beta: 1, rho: 0.25, delta: 0 }, [inst.alpha]).bo[0];
    // Single interpolating runs are worse than a posterior sample (2·E_BO) at this small size; their
    // average falls steadily with the number of runs.
    expect(meanSingle).toBeGreaterThan(2 * bo);
    expect(r.errorVsK[5]).toBeLessThan(0.6 * meanSingle);
    expect(r.errorVsK[5]).toBeLessThan(r.errorVsK[2]);
    expect(r.errorVsK[2]).toBeLessThan(r.errorVsK[0]);
  });

  it('can be cancelled and validates the student width', () => {
    const inst = createInstance({ d: 10, beta: 1, rho: 0.2, delta: 0, alpha: 0.5, seed: 1 });
    const r = runGd(inst, { steps: 100, every: 1, seed: 1, onRecord: (p) => p.step < 5 });
    expect(r.outcome).toBe('cancelled');
    expect(() => runGd(inst, { width: 0, seed: 1 })).toThrow(/width/);
  });
});
