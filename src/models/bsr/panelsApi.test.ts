import { describe, expect, it } from 'vitest';
import { boCurve } from './theory/curve';
import { landscape, phaseColumn, spectrumAt, strongCurves } from './panelsApi';

describe('panel computations', () => {
  it('a phase-diagram column equals the error curve at that (β, ρ), in both planes', () => {
    const alphas = [0.1, 0.3, 0.6];
    const c = boCurve({ beta: 2, rho: 0.4, delta: 0.05 }, alphas);
    expect(phaseColumn({ plane: 'alpha-rho', fixed: 2, y: 0.4, delta: 0.05, alphas }).bo).toEqual(c.bo);
    expect(phaseColumn({ plane: 'alpha-beta', fixed: 0.4, y: 2, delta: 0.05, alphas }).bo).toEqual(c.bo);
  });
  it('the spectrum at the fixed point is a normalised density with its edges on the grid', () => {
    const r = spectrumAt({ beta: 2, rho: 0.2, delta: 0, alpha: 0.2, points: 200 });
    expect(r.status).toBe('converged');
    expect(r.mass).toBeCloseTo(1, 8);
    expect(r.error).toBeCloseTo(0.5175, 3);
    for (const b of r.bands) expect(r.s).toContain(b.lo);
    expect(spectrumAt({ beta: 1, rho: 0.2, delta: 0, alpha: 0.5, points: 50 }).status).toBe('perfect-recovery');
  });
  it('the landscape peaks at q* = 1 − E_BO', () => {
    const r = landscape({ beta: 1, rho: 0.5, delta: 0.1, alpha: 0.6, points: 400 });
    expect(Math.abs(r.argmax - r.qStar)).toBeLessThan(3e-3);
    expect(Math.max(...r.phi)).toBe(0);
  });
  it('strong-recovery curves: α_MNNE above α_PR for every ρ < 1', () => {
    const r = strongCurves({ betas: [1, 5], rhos: [0.1, 0.5, 0.9] });
    r.alphaPR.forEach((row, i) => row.forEach((v, j) => expect(r.alphaMNNE[i][j]).toBeGreaterThan(v)));
  });
});
