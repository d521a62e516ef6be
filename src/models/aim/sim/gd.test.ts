import { describe, expect, it } from 'vitest';
import { createInstance } from './instance';
import { runAveragedGd, runGd } from './gd';

describe('gradient descent on the softmax AIM', () => {
  it('fits the data from the prior initialisation (error ≈ 2 at the start)', () => {
    const inst = createInstance({ channel: 'softmax', T: 2, D: 24, rho: 0.5, alpha: 0.15, seed: 2 });
    const r = runGd(inst, { steps: 300, every: 10 });
    expect(r.iterations[0].test).toBeGreaterThan(1.5);
    expect(r.iterations[0].test).toBeLessThan(2.6);
    expect(r.final.train).toBeLessThan(0.01 * r.iterations[0].train);
    expect(r.final.test).toBeLessThan(1);
  });

  it('averaging over initialisations lowers the error below α_PR (D = 30, α = 0.15, K = 6)', () => {
    const inst = createInstance({ channel: 'softmax', T: 2, D: 30, rho: 0.5, alpha: 0.15, seed: 1 });
    const r = runAveragedGd(inst, 6, { steps: 400 });
    const meanSingle = r.single.reduce((a, b) => a + b, 0) / r.single.length;
    expect(r.errorVsK[5]).toBeLessThan(0.8 * meanSingle);
    expect(r.errorVsK[5]).toBeLessThan(r.errorVsK[0]);
  });

  it('detects divergence of plain GD at a too large step, and validates its inputs', () => {
    const inst = createInstance({ channel: 'softmax', T: 2, D: 12, rho: 0.5, alpha: 0.5, seed: 1 });
    expect(runGd(inst, { optimizer: 'gd', lr: 1e7, steps: 50 }).outcome).toBe('diverged');
    expect(() => runGd(inst, { width: 0 })).toThrow(/width/);
    const hm = createInstance({ channel: 'hardmax', T: 2, D: 8, rho: 0.5, alpha: 0.5, seed: 1 });
    expect(() => runGd(hm)).toThrow(/softmax/);
  });

  it('returns a run result: max-iter when the steps run out, a message when it diverges', () => {
    const inst = createInstance({ channel: 'softmax', T: 2, D: 12, rho: 0.5, alpha: 0.5, seed: 1 });
    const r = runGd(inst, { steps: 5, every: 1 });
    expect([r.outcome, r.message, r.iterations.length]).toEqual(['max-iter', '', 6]);
    expect(r.millis).toBeGreaterThanOrEqual(0);
    expect(runGd(inst, { optimizer: 'gd', lr: 1e7, steps: 50 }).message).toMatch(/^diverged at step \d+$/);
  });
});
