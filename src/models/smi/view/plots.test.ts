import { describe, expect, it } from 'vitest';
import { LAYER } from '../../../ui/palette';
import { smiApi } from '../api';
import type { GampIteration } from '../sim/amp';
import { ampPlot, gdPlot } from './runPlots';
import { genErrorPlot, thresholdsPlot } from './sidePlots';
import { pathEnd, staircasePlot, thresholdRules } from './staircasePlot';
import { curveAlphas } from '../curveRequest';

const base = { paperSe: null, skip: 1, alpha: 0.5, alphaMax: 1.6, thick: false } as const;

describe('staircasePlot', () => {
  it('draws one solid curve per layer and puts each threshold rule at its α_c (two layers, shipped c = 1)', () => {
    const curve = smiApi.curve({ layers: 2, skip: 1, alphas: curveAlphas(1.6) });
    const { alphaC } = smiApi.thresholds({ layers: 2, skip: 1 });
    const p = staircasePlot({ ...base, curve, alphaC, depth: 2 });
    const solid = p.series.filter((s) => /^q\d$/.test(s.key));
    expect(solid.map((s) => s.key)).toEqual(['q1', 'q2']);
    expect(solid.map((s) => s.color)).toEqual([LAYER[0], LAYER[1]]);
    expect(p.series).toHaveLength(4);
    const rule = (k: string) => p.vlines!.find((v) => v.key === k)!;
    expect(rule('ac1').x).toBe(alphaC[0]);
    expect(rule('ac2').x).toBe(alphaC[1]);
    // Layer 2 is learned first, so its label sits on the top row.
    expect(rule('ac2').labelRow).toBe(0);
    expect(rule('ac1').labelRow).toBe(1);
    expect(p.cursor).toBe(0.5);
    expect(rule('pr').x).toBe(1);
    // The published table has c = 1; its thresholds and the 48 published overlaps per layer are drawn.
    expect(rule('paper1').x).toBeGreaterThan(0.7);
    expect(p.markers).toHaveLength(2 * 48);
    expect(p.xDomain).toEqual([0, 1.6]);
  });

  it('has as many layer curves as layers, and with the published convention three series per layer (three layers)', () => {
    const curve = smiApi.curve({ layers: 3, skip: 1, alphas: curveAlphas(2) });
    const paperSe = smiApi.curve({ layers: 3, skip: 1, alphas: curveAlphas(2), convention: 'paper' });
    const p = staircasePlot({ ...base, alphaMax: 2, curve, paperSe, alphaC: curve.alphaC!, depth: 3 });
    expect(p.series.filter((s) => /^q\d$/.test(s.key))).toHaveLength(3);
    expect(p.series).toHaveLength(9);
    expect(p.vlines!.filter((v) => v.key.startsWith('ac')).map((v) => v.x)).toEqual([curve.alphaC![2], curve.alphaC![0], curve.alphaC![1]]);
    expect(p.vlines!.find((v) => v.key === 'pr')!.x).toBe(1.5);
    expect(p.vlines!.some((v) => v.key.startsWith('paper'))).toBe(false);
    expect(p.markers).toHaveLength(5 + 2 * 4);
  });

  it('splits unverified points into a dashed series and draws no rule for a threshold that does not exist', () => {
    const curve = {
      alpha: [0, 0.5, 1],
      overlaps: [
        [0, 0.2, 0.9],
        [0, 0.8, 1],
      ],
      status: ['converged', 'unverified', 'converged'] as never,
    };
    const p = staircasePlot({ ...base, skip: 0.7, curve, alphaC: [NaN, 0.19], depth: 2 });
    const q1 = p.series.find((s) => s.key === 'q1')!;
    const q1u = p.series.find((s) => s.key === 'q1-unverified')!;
    expect(Array.from(q1.y)).toEqual([0, NaN, 0.9]);
    expect(Array.from(q1u.y)).toEqual([NaN, 0.2, NaN]);
    expect(q1u.dash).toBeTruthy();
    expect(p.vlines!.map((v) => v.key)).toEqual(['ac2', 'pr']);
    expect(p.markers).toEqual([]);
  });

  it('draws a curve left from the other depth with its own layers while the new one computes', () => {
    const two = {
      alpha: [0, 1],
      overlaps: [
        [0, 1],
        [0, 1],
      ],
      status: ['converged', 'converged'] as never,
    };
    const p = staircasePlot({ ...base, curve: two, paperSe: two, alphaC: [0.72, 0.19], depth: 3 });
    expect(p.series.filter((s) => /^q\d$/.test(s.key)).map((s) => s.key)).toEqual(['q1', 'q2']);
    expect(p.vlines!.find((v) => v.key === 'pr')!.x).toBe(1.5);
    const three = {
      ...two,
      overlaps: [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
    };
    expect(staircasePlot({ ...base, curve: three, paperSe: two, alphaC: null, depth: 2 }).series).toHaveLength(3 * 2 + 2);
  });

  it('draws nothing but the rules before a curve arrives', () => {
    const p = staircasePlot({ ...base, curve: null, alphaC: null, depth: 2 });
    expect(p.series).toEqual([]);
    expect(p.vlines!.map((v) => v.key)).toEqual(['pr', 'paper2', 'paper1']);
  });

  it('stacks threshold labels in the order the layers are learned', () => {
    expect(thresholdRules([0.9, 1.1, 0.2], 3).map((v) => [v.key, v.labelRow])).toEqual([
      ['ac3', 0],
      ['ac1', 1],
      ['ac2', 2],
    ]);
  });

  it('labels a threshold to three decimals, or to the digit of its error where that is coarser', () => {
    const labels = (errs?: number[]) => thresholdRules([0.9437692, 1.219549, 0.2071349], 3, errs).map((v) => v.label);
    expect(labels()).toEqual(['α_c,3 = 0.207', 'α_c,1 = 0.944', 'α_c,2 = 1.220']);
    expect(labels([0.053, 0.092, 0.00016])).toEqual(['α_c,3 = 0.207', 'α_c,1 = 0.94 ± 0.05', 'α_c,2 = 1.22 ± 0.09']);
    expect(labels([Number.NaN, Number.NaN, 0.00016])).toEqual(['α_c,3 = 0.207', 'α_c,1 = 0.944', 'α_c,2 = 1.220']);
  });

  it('finds where a computed path stops', () => {
    expect(pathEnd({ alpha: [0, 1, 2], overlaps: [[0, 0.5, NaN]], status: [] })).toBe(1);
    expect(pathEnd({ alpha: [0, 1, 2], overlaps: [[0, 0.5, 1]], status: [] })).toBeNull();
    expect(pathEnd(null)).toBeNull();
  });
});

describe('side-panel plots', () => {
  it('thresholds vs c: both layers and the published table for two layers, α_c,3 and shipped points for three', () => {
    const d2 = smiApi.thresholdsVsSkip({ layers: 2 });
    const p2 = thresholdsPlot(d2, 2, 1);
    expect(p2.series.map((s) => s.key)).toEqual(['alpha1', 'alpha2', 'bound']);
    expect(p2.markers).toHaveLength(2 * d2.paper.skip.length);
    expect(p2.cursor).toBe(1);
    const d3 = smiApi.thresholdsVsSkip({ layers: 3 });
    const p3 = thresholdsPlot(d3, 3, 2);
    expect(p3.series.map((s) => s.key)).toEqual(['alpha3', 'bound']);
    const finite = [...d3.alpha1, ...d3.alpha2].filter(Number.isFinite).length;
    expect(p3.markers).toHaveLength(finite);
    expect(p3.yDomain).toEqual([0, 1.3]);
  });

  it('generalisation error: the curve, and the published three-layer values at c = 1 only', () => {
    const curve = { alpha: [0, 1], genError: [0.5, 0.1] };
    const p = genErrorPlot(curve, 3, 1, 0.4, 2);
    expect(p.series).toHaveLength(1);
    expect(p.yDomain[1]).toBeCloseTo(0.54);
    expect(p.markers!.length).toBeGreaterThan(0);
    expect(genErrorPlot(curve, 2, 1, 0.4, 2).markers).toEqual([]);
    expect(genErrorPlot(curve, 3, 0.5, 0.4, 2).markers).toEqual([]);
  });

  it('runs: GAMP has a run and a state-evolution series per layer, gradient descent one cosine per layer', () => {
    const it3: GampIteration[] = [0, 1].map((i) => ({ iteration: i, cosine: [0.1, 0.2, 0.9], q: [1, 1, 1], m: [0, 0, 0], se: [0, 0, 0.8] }));
    const a = ampPlot(it3, 2, 10, false);
    expect(a.series.map((s) => s.key)).toEqual(['amp1', 'se1', 'amp2', 'se2', 'amp3', 'se3']);
    expect(a.series[4].y[1]).toBeCloseTo(0.81, 12);
    expect(ampPlot([], 3, 10, false).series).toHaveLength(6);
    const g = gdPlot([{ step: 0, loss: 1, cosine: [0.1, 0.9], q: [1, 1], testError: 1 }], 300, false);
    expect(g.series.map((s) => s.key)).toEqual(['cos1', 'cos2']);
    expect(g.xDomain).toEqual([0, 300]);
  });
});
