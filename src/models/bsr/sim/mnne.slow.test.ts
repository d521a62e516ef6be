import { describe, expect, it } from 'vitest';
import { alphaMNNE } from '../theory/thresholds';
import { createInstance } from './instance';
import { runMnne } from './mnne';

describe('minimal nuclear-norm estimator (ADMM)', () => {
  it('recovers the teacher exactly well above α_MNNE (d = L = 16, ρ = 0.25)', () => {
    expect(alphaMNNE(1, 0.25)).toBeLessThan(0.7);
    const inst = createInstance({ d: 16, beta: 1, rho: 0.25, delta: 0, alpha: 0.9, seed: 1 });
    const r = runMnne(inst, { maxIter: 3000 });
    expect(r.outcome).toBe('converged');
    expect(r.residual).toBeLessThan(1e-8);
    expect(r.error).toBeLessThan(1e-6);
  });
  it('fails well below α_MNNE while still interpolating the data', () => {
    const inst = createInstance({ d: 16, beta: 1, rho: 0.25, delta: 0, alpha: 0.35, seed: 1 });
    const r = runMnne(inst, { maxIter: 3000 });
    expect(r.residual).toBeLessThan(1e-6);
    expect(r.error).toBeGreaterThan(0.1);
  });
  it('refuses instances too large for the exact projection', () => {
    const inst = createInstance({ d: 80, beta: 1, rho: 0.25, delta: 0, alpha: 0.7, seed: 1 });
    expect(() => runMnne(inst)).toThrow(/at most 4000 samples/);
  });
});
