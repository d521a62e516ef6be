import { describe, expect, it } from 'vitest';
import type { AimHardmaxResponse } from './plotInput';
import { curveData, spectrumData, testData } from './panelData';
import type { ShownCurve } from './readout';

const hard: ShownCurve = {
  inputs: { hard: true, T: 2, rho: 0.4, top: 1 },
  curve: {
    channel: 'hardmax',
    curve: {
      rho: 0.4,
      alpha: [0.1, 0.5, 2],
      mmse: [0.8, 0.4, 0.1],
      monotone: true,
      testError: [0.9, 0.5, 0.2],
      lowRank: { alphaBar: [0.4034], mmse: [1], alphaBarWR: 0.4034 },
      published: { alpha: [0.1, 0.5], mmse: [0.9, 0.6], monotone: true },
      millis: 1,
    } satisfies AimHardmaxResponse,
  },
};

describe('what the AIM panels export', () => {
  it('labels the curve with the ρ it was computed for, and adds the published curve only when shown', () => {
    const d = curveData(hard, [], 'none', true);
    expect(d?.params).toEqual({ model: 'aim', channel: 'hardmax', T: 2, rho: 0.4 });
    expect(d?.columns.alpha).toEqual([0, 0.1, 0.5]);
    expect(d?.columns.publishedMmse).toEqual([0.9, 0.6]);
    expect(curveData(hard, [], 'none', false)?.columns.publishedMmse).toBeUndefined();
    expect(curveData(null, [], 'none', true)).toBeNull();
  });

  it('exports the test error of the curve on screen, and a spectrum only once it converged', () => {
    expect(testData(hard)?.params).toMatchObject({ channel: 'hardmax', T: 2, rho: 0.4 });
    expect(testData(hard)?.columns.testError).toEqual([0.9, 0.5]);
    const req = { T: 2, rho: 0.5, alpha: 0.1 };
    expect(spectrumData(req, { status: 'failed', delta: NaN, s: [], density: [] })).toBeNull();
    expect(spectrumData(req, { status: 'converged', delta: 0.98, s: [0, 1], density: [0.2, 0.3] })?.params).toEqual({ model: 'aim', ...req, delta: 0.98 });
  });
});
