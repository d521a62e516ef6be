import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinePlot } from '../../../ui/LinePlot';
import type { BsrCurveResponse } from '../api';
import { type BsrPlotParams, bsrPlotInput } from './plotInput';

const alpha = [0, 0.25, 0.5, 0.75, 1];
const curve = (bo: number[]): BsrCurveResponse => ({
  alpha,
  alphaTilde: alpha.map((a) => 2 * a),
  bo,
  ridge: alpha.map((a) => 1 - a / 2),
  status: alpha.map(() => 'converged'),
  lowRank: [1, 0.8, NaN, 0.2, 0],
  largeBeta: [1, 0.7, 0.4, 0.1, 0],
  warnings: [],
  alphaPR: 0.75,
  alphaMNNE: 0.9,
  alphaTildePR: 1.5,
  alphaTildeMNNE: 1.8,
  alphaTildeWR: 0.4,
  millis: 1,
});

const params = (over: Partial<BsrPlotParams> = {}): BsrPlotParams => ({
  data: curve([1, 0.6, NaN, 0, 0]),
  axis: 'alpha',
  alphaMax: 1.2,
  cursor: 0.3,
  showRidge: true,
  showLowRank: true,
  showLargeBeta: false,
  family: [{ value: 0.2, curve: curve([1, 0.3, 0, 0, 0]) }],
  familyKind: 'rho',
  sims: [
    { x: 0.5, mean: 0.4, std: 0.05, label: 'amp' },
    { x: 0.75, mean: NaN, std: NaN, label: 'diverged' },
  ],
  ...over,
});

describe('bsrPlotInput', () => {
  it('draws E_BO, the shown baselines and the family, with the test ids the page tests use', () => {
    const p = bsrPlotInput(params());
    expect(p.series.map((s) => s.testId ?? s.group)).toEqual(['curve-ridge', 'family-0.2', 'curve-bo']);
    expect(p.series.find((s) => s.group === 'family-0.2')!.label).toBe('ρ = 0.2');
    // The low-rank limit is defined on the α̃ axis only.
    expect(bsrPlotInput(params({ axis: 'alphaTilde' })).series.map((s) => s.key)).toContain('lowrank');
  });

  it('puts the thresholds on the plotted axis', () => {
    expect(bsrPlotInput(params()).vlines!.map((v) => [v.testId, v.x])).toEqual([
      ['marker-pr', 0.75],
      ['marker-mnne', 0.9],
    ]);
    expect(bsrPlotInput(params({ axis: 'alphaTilde' })).vlines!.map((v) => [v.testId, v.x])).toEqual([
      ['marker-pr', 1.5],
      ['marker-mnne', 1.8],
      ['marker-wr', 0.4],
    ]);
  });

  it('keeps only simulated points with a mean, and makes room above 1 for them', () => {
    const p = bsrPlotInput(params({ sims: [{ x: 0.5, mean: 1.9, std: 0.2, label: 'gd' }, ...params().sims] }));
    expect(p.points!.map((q) => q.x)).toEqual([0.5, 0.5]);
    expect(p.yDomain[1]).toBeCloseTo(2.1);
    expect(bsrPlotInput(params()).yDomain[1]).toBe(1.05);
  });

  it('never writes NaN into the drawing', () => {
    for (const axis of ['alpha', 'alphaTilde'] as const) {
      const svg = renderToStaticMarkup(<LinePlot {...bsrPlotInput(params({ axis }))} testId="main-plot" ariaLabel="x" width={800} height={460} />);
      expect(svg).not.toContain('NaN');
      expect(svg).toContain('data-testid="curve-bo"');
      expect(svg).toContain('data-testid="family-0.2"');
      expect(svg.match(/data-testid="sim-point"/g)).toHaveLength(1);
    }
  });

  it('has no curves and no thresholds before the first result', () => {
    const p = bsrPlotInput(params({ data: null, family: [] }));
    expect(p.series).toEqual([]);
    expect(p.vlines).toEqual([]);
  });
});
