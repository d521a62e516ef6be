import { describe, expect, it } from 'vitest';
import type { BsrCurveResponse } from '../api';
import { curveData } from './errorExport';
import { curveReadout } from './readout';
import { alphaGrid, curveKey } from './useBsrCurve';

const curve: BsrCurveResponse = {
  alpha: [0, 0.5, 1],
  alphaTilde: [0, 1, 2],
  bo: [1, 0.4, 0],
  ridge: [1, 0.6, 0.2],
  status: ['converged', 'converged', 'converged'],
  lowRank: [1, 0.5, 0],
  largeBeta: [1, 0.45, 0],
  warnings: [],
  alphaPR: 0.75,
  alphaMNNE: 0.9,
  alphaTildePR: 1.5,
  alphaTildeMNNE: 1.8,
  alphaTildeWR: 0.4,
  millis: 3,
};
const inputs = { beta: 1, rho: 0.5, delta: 0, axis: 'alpha' as const, alphaMax: 1.2 };

describe('the error panel’s readout', () => {
  it('reads the curve at the cursor on either axis', () => {
    expect(curveReadout(curve, { alpha: 0.25, axis: 'alpha', beta: 1, rho: 0.5 })).toEqual({ bo: 0.7, ridge: 0.8, pr: 0.75, mnne: 0.9 });
    // α = 0.25 at β = 1, ρ = 0.5 is α̃ = 0.25, a quarter of the way to the second grid point.
    expect(curveReadout(curve, { alpha: 0.25, axis: 'alphaTilde', beta: 1, rho: 0.5 }).bo).toBeCloseTo(0.85, 12);
    expect(Number.isNaN(curveReadout(curve, { alpha: 2, axis: 'alpha', beta: 1, rho: 0.5 }).bo)).toBe(true);
  });
  it('names the curve by every input it is computed from', () => {
    const key = curveKey(inputs);
    for (const change of [{ beta: 2 }, { rho: 0.4 }, { delta: 0.1 }, { axis: 'alphaTilde' as const }, { alphaMax: 2 }])
      expect(curveKey({ ...inputs, ...change })).not.toBe(key);
    expect(curveKey({ ...inputs })).toBe(key);
  });
});

describe('the error panel’s data', () => {
  it('the α grid is even on the plotted axis', () => {
    const g = alphaGrid('alpha', 1.2, 1, 0.5);
    expect(g[0]).toBe(0);
    expect(g[g.length - 1]).toBeCloseTo(1.2, 12);
    // α̃ = 1.2 at β = 2, ρ = 0.5 is α = 1.2 · 0.5 · 3 / 2.
    expect(alphaGrid('alphaTilde', 1.2, 2, 0.5).at(-1)).toBeCloseTo((1.2 * 0.5 * 3) / 2, 12);
  });
  it('exports every curve with the parameters and one column per family value', () => {
    const d = curveData(curve, inputs, 'rho', [{ value: 0.2, curve }]);
    expect(d.name).toBe('curve');
    expect(d.params).toEqual({ beta: 1, rho: 0.5, delta: 0, axis: 'alpha', alphaPR: 0.75, alphaMNNE: 0.9 });
    expect(Object.keys(d.columns)).toEqual(['alpha', 'alphaTilde', 'bo', 'ridge', 'lowRank', 'largeBeta', 'status', 'bo_rho_0.2']);
  });
});
