import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../../state/schema';
import { linkRequests, lrStudyRequests, simRequest, sweepAlphas } from './simRequests';

const st = { ...DEFAULT_STATE, beta: 2, rho: 0.3, delta: 0.1, alpha: 0.4, simD: 24, simSeeds: 2, simSeed: 7, simAlgo: 'agd' as const, simK: 3 };

describe('simulation requests from the view settings', () => {
  it('carry every setting of one point, at the α asked for', () => {
    expect(simRequest(st, 0.25)).toEqual({
      algo: 'agd',
      d: 24,
      beta: 2,
      rho: 0.3,
      delta: 0.1,
      alpha: 0.25,
      seed: 7,
      seeds: 2,
      damping: DEFAULT_STATE.simDamping,
      maxIter: DEFAULT_STATE.simIter,
      lr: DEFAULT_STATE.simLr,
      steps: DEFAULT_STATE.simSteps,
      init: DEFAULT_STATE.simInit,
      averages: 3,
    });
  });

  it('sweep 8 points across the plotted range, converted from the α̃ axis', () => {
    expect(sweepAlphas({ axis: 'alpha', alphaMax: 0.9, beta: 1, rho: 0.5 })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    // α̃ = 0.9 at β = 2, ρ = 0.3 is α = 0.9 · 0.3 · 3 / 2 = 0.405.
    const tilde = sweepAlphas({ axis: 'alphaTilde', alphaMax: 0.9, beta: 2, rho: 0.3 });
    expect(tilde).toHaveLength(8);
    expect(tilde[7]).toBeCloseTo((0.405 * 8) / 9, 3);
  });

  it('study every η with both initialisations by plain GD at the cursor', () => {
    const reqs = lrStudyRequests({ ...st, simEtas: '0.1,0.3' });
    expect(reqs.map((r) => [r.lr, r.init, r.algo, r.alpha])).toEqual([
      [0.1, 'small', 'gd', 0.4],
      [0.1, 'prior', 'gd', 0.4],
      [0.3, 'small', 'gd', 0.4],
      [0.3, 'prior', 'gd', 0.4],
    ]);
    expect(lrStudyRequests({ ...st, simEtas: '' })).toEqual([]);
  });

  it('rerun what a link lists: its α values, then its study', () => {
    const reqs = linkRequests({ ...st, simAlphas: '0.3,0.5', simEtas: '0.2' });
    expect(reqs.map((r) => [r.algo, r.alpha])).toEqual([
      ['agd', 0.3],
      ['agd', 0.5],
      ['gd', 0.4],
      ['gd', 0.4],
    ]);
    expect(linkRequests({ ...st, simAlphas: '', simEtas: '' })).toEqual([]);
  });
});
