import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinePlot } from '../../../ui/LinePlot';
import type { AimCurveResponse } from '../api';
import { type AimCurve, type AimHardmaxResponse, type AimPlotParams, aimPlotInput, errorCurve } from './plotInput';

const softmax = (rho: number): AimCurve => {
  const alpha = [0, 0.05, 0.1, 0.15, 0.2, 0.25];
  const curve: AimCurveResponse = {
    alpha,
    alphaBar: alpha.map((a) => 4 * a),
    mmse: [1, 0.7, 0.4, NaN, 0, 0],
    gaussian: alpha.map((a) => Math.max(0, 1 - 4 * a)),
    status: alpha.map(() => 'converged'),
    testError: null,
    alphaPR: 0.1875 * rho * 2,
    millis: 1,
  };
  return { channel: 'softmax', curve };
};

const hardmax = (rho: number): AimCurve => {
  const curve: AimHardmaxResponse = {
    rho,
    alpha: [0.05, 0.3, 1, 2, 5],
    mmse: [0.9, 0.37, 0.15, 0.08, 0.03],
    monotone: true,
    testError: [0.5, 0.4, 0.3, 0.2, 0.1],
    lowRank: { alphaBar: [0.403, 1, 4], mmse: [0.99, 0.5, 0.1], alphaBarWR: 0.403 },
    published: { alpha: [0.05, 0.3, 1, 2, 5], mmse: [0.95, 0.63, 0.4, 0.3, 0.2], monotone: true },
    millis: 1,
  };
  return { channel: 'hardmax', curve };
};

const params = (main: AimCurve, over: Partial<AimPlotParams> = {}): AimPlotParams => ({
  main,
  axis: 'alpha',
  top: 1.2,
  xMax: 1.2,
  k: 4,
  cursor: 0.1,
  family: [],
  familyKind: 'rho',
  sims: [],
  published: false,
  xLabel: 'α',
  yLabel: 'error',
  ...over,
});

describe('aimPlotInput', () => {
  it('softmax: the curve, the Gaussian-prior line and α_PR on either axis', () => {
    const a = aimPlotInput(params(softmax(0.5)));
    expect(a.series.map((s) => s.testId)).toEqual(['curve-ridge', 'curve-bo']);
    expect(a.vlines!.map((v) => [v.testId, v.x])).toEqual([['marker-pr', 0.1875]]);
    const bar = aimPlotInput(params(softmax(0.5), { axis: 'alphaTilde', xMax: 1.2 * 4 }));
    expect(bar.vlines![0].x).toBeCloseTo(0.75);
    expect(bar.series.find((s) => s.key === 'bo')!.x).toEqual(errorCurve(softmax(0.5), 1.2).alphaBar);
  });

  it('hardmax: starts at (0, 1), is clipped to the range, and has the ρ → 0 limit and ᾱ_c on the ᾱ axis only', () => {
    const c = errorCurve(hardmax(0.5), 1.2);
    expect(c.alpha).toEqual([0, 0.05, 0.3, 1]);
    expect(c.mmse).toEqual([1, 0.9, 0.37, 0.15]);
    expect(c.alphaBar).toEqual([0, 0.1, 0.6, 2]);
    const a = aimPlotInput(params(hardmax(0.5)));
    expect(a.series.map((s) => s.testId)).toEqual(['curve-bo']);
    expect(a.vlines).toEqual([]);
    const bar = aimPlotInput(params(hardmax(0.5), { axis: 'alphaTilde', xMax: 2.4, published: true }));
    expect(bar.series.map((s) => s.testId)).toEqual(['curve-lowrank', 'curve-published', 'curve-bo']);
    expect(bar.vlines!.map((v) => [v.testId, v.x])).toEqual([['marker-wr', 0.403]]);
  });

  it('family curves are grouped by value and labelled', () => {
    const a = aimPlotInput(params(hardmax(0.5), { family: [{ value: 0.2, curve: hardmax(0.2) }] }));
    const f = a.series.find((s) => s.group === 'family-0.2')!;
    expect(f.label).toBe('ρ = 0.2');
    expect(f.x).toEqual(errorCurve(hardmax(0.2), 1.2).alpha);
  });

  it('never writes NaN into the drawing', () => {
    const sims = [
      { x: 0.1, mean: 0.4, std: 0.02, label: 'amp' },
      { x: 0.15, mean: NaN, std: NaN, label: 'failed' },
    ];
    for (const main of [softmax(0.5), hardmax(0.5)]) {
      for (const axis of ['alpha', 'alphaTilde'] as const) {
        const input = aimPlotInput(params(main, { axis, sims, family: [{ value: 1, curve: main }], published: true }));
        expect(input.points).toHaveLength(1);
        const svg = renderToStaticMarkup(<LinePlot {...input} testId="main-plot" ariaLabel="x" width={800} height={460} />);
        expect(svg).not.toContain('NaN');
        expect(svg).toContain('data-testid="curve-bo"');
      }
    }
  });
});
