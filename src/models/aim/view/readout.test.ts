import { describe, expect, it } from 'vitest';
import type { AimCurveResponse } from '../api';
import type { AimHardmaxResponse } from './plotInput';
import { type CurveInputs, freshAt, readoutAt, type ShownCurve, sameInputs, spectrumRequest, testCurve } from './readout';

const soft = (over: Partial<CurveInputs> = {}): ShownCurve => {
  const alpha = [0, 0.1, 0.2, 0.3];
  const curve: AimCurveResponse = {
    alpha,
    alphaBar: alpha.map((a) => 4 * a),
    mmse: [1, 0.6, 0.2, 0],
    gaussian: alpha.map((a) => Math.max(0, 1 - 4 * a)),
    status: alpha.map(() => 'converged'),
    testError: [1.5, 1.1, 0.7, 0.3],
    alphaPR: 0.1875,
    millis: 1,
  };
  return { inputs: { hard: false, T: 2, rho: 0.5, top: 0.3, ...over }, curve: { channel: 'softmax', curve } };
};

const hard = (rho: number): ShownCurve => {
  const curve: AimHardmaxResponse = {
    rho,
    alpha: [0.1, 0.3, 1, 3],
    mmse: [0.8, 0.4, 0.2, 0.05],
    monotone: true,
    testError: [0.9, 0.6, 0.4, 0.1],
    lowRank: { alphaBar: [0.4034, 1], mmse: [1, 0.5], alphaBarWR: 0.4034 },
    published: null,
    millis: 1,
  };
  return { inputs: { hard: true, T: 2, rho, top: 1.2 }, curve: { channel: 'hardmax', curve } };
};

describe('the readout shows numbers of the current inputs only', () => {
  it('counts channel, T (softmax only) and ρ as the inputs of a value at the cursor, not the plotted range', () => {
    const a: CurveInputs = { hard: false, T: 2, rho: 0.5, top: 0.3 };
    expect(sameInputs(a, { ...a, top: 0.6 })).toBe(true);
    expect(sameInputs(a, { ...a, T: 3 })).toBe(false);
    expect(sameInputs(a, { ...a, rho: 0.6 })).toBe(false);
    expect(sameInputs(a, { ...a, hard: true })).toBe(false);
    expect(sameInputs({ hard: true, T: 2, rho: 0.5, top: 1 }, { hard: true, T: 7, rho: 0.5, top: 2 })).toBe(true);
  });

  it('gives the MMSE, α_PR and test error at the cursor from a curve of the current inputs', () => {
    const r = readoutAt(soft(), soft().inputs, 0.15);
    expect(r.mmse).toBeCloseTo(0.4, 12);
    expect(r.alphaPR).toBe(0.1875);
    expect(r.testError).toBeCloseTo(0.9, 12);
  });

  it('gives nothing (updating) while the curve on screen is another ρ or T, or does not reach the cursor yet', () => {
    const now: CurveInputs = { hard: false, T: 2, rho: 0.6, top: 0.3 };
    expect(readoutAt(soft(), now, 0.15)).toEqual({ mmse: null, alphaPR: null, testError: null });
    expect(readoutAt(soft(), { ...soft().inputs, T: 3 }, 0.15).mmse).toBeNull();
    expect(freshAt(soft(), { ...soft().inputs, top: 0.6 }, 0.45)).toBeNull();
    expect(freshAt(soft(), { ...soft().inputs, top: 0.6 }, 0.25)).not.toBeNull();
    expect(readoutAt(null, now, 0.1).mmse).toBeNull();
  });

  it('never shows the new ᾱ with the old MMSE for hardmax: the ρ of the curve must be the current ρ', () => {
    const now: CurveInputs = { hard: true, T: 2, rho: 0.5, top: 1.2 };
    expect(readoutAt(hard(0.4), now, 0.3)).toEqual({ mmse: null, alphaPR: 'none', testError: null });
    const r = readoutAt(hard(0.5), now, 0.3);
    expect(r.mmse).toBeCloseTo(0.4, 12);
    expect(r.alphaPR).toBe('none');
    expect(r.testError).toBeCloseTo(0.6, 12);
    // A softmax curve left on screen after switching to hardmax is another state's.
    expect(readoutAt(soft(), now, 0.1).mmse).toBeNull();
  });
});

describe('curves the panels draw', () => {
  it('gives the hardmax test error up to the end of the plot, the softmax one only where it is computed (T = 2)', () => {
    expect(testCurve(hard(0.5).curve, 1)?.alpha).toEqual([0.1, 0.3, 1]);
    expect(testCurve(soft().curve, 1)?.value).toEqual([1.5, 1.1, 0.7, 0.3]);
    const s = soft();
    if (s.curve.channel === 'softmax') s.curve.curve.testError = null;
    expect(testCurve(s.curve, 1)).toBeNull();
  });

  it('asks for the softmax spectrum at once, and for the hardmax one with the error and ρ of the curve on screen', () => {
    expect(spectrumRequest(null, soft().inputs, 0.1)).toEqual({ T: 2, rho: 0.5, alpha: 0.1, points: 300 });
    const now: CurveInputs = { hard: true, T: 2, rho: 0.5, top: 1.2 };
    expect(spectrumRequest(null, now, 0.3)).toBeNull();
    expect(spectrumRequest(soft(), now, 0.3)).toBeNull();
    const req = spectrumRequest(hard(0.4), now, 0.3);
    expect(req).toMatchObject({ T: 2, rho: 0.4, alpha: 0.3, points: 300 });
    expect(req?.hardmaxError).toBeCloseTo(0.4, 12);
    // Past the curve's last point there is no error to denoise with: the worker reports it.
    expect(spectrumRequest(hard(0.5), now, 10)?.hardmaxError).toBe(1);
  });
});
