import type { PanelData } from '../../../ui/export';
import { withError } from '../../../ui/fmt';
import { COLORS, LAYER } from '../../../ui/palette';
import type { Marker, PlotInput, Series } from '../../../ui/plotInput';
import type { SmiThresholdsVsSkipResult } from '../api';
import { PAPER_OVERLAPS3_C1 } from '../theory/paperValues';
import { PAPER } from './staircasePlot';

/** α_c ≥ 1/6: the bound that M = 2 tokens impose on the linearised state evolution. */
const bound: Series = { key: 'bound', x: [0, 4], y: [1 / 6, 1 / 6], color: PAPER, dash: '6 4', width: 1.2 };

/**
 * Thresholds against the skip strength: two layers with the published table as circles; three layers the
 * line α_c,3 and, as points, α_c,1 and α_c,2 where a staircase is shipped.
 */
export function thresholdsPlot(d: SmiThresholdsVsSkipResult | null, depth: 2 | 3, skip: number): PlotInput {
  const base = {
    xDomain: [0, 4] as [number, number],
    yDomain: [0, depth === 3 ? 1.3 : 1] as [number, number],
    xLabel: 'skip strength c',
    yLabel: 'weak-recovery threshold α_c',
    yLabelShort: 'threshold α_c',
    cursor: skip,
  };
  if (!d) return { ...base, series: [], markers: [] };
  if (depth === 2) {
    const markers: Marker[] = d.paper.skip.flatMap((c, i) => [
      { key: `pa1-${c}`, x: c, y: d.paper.alpha1[i], color: LAYER[0], label: `paper α₁ = ${d.paper.alpha1[i].toFixed(4)} at c = ${c}` },
      { key: `pa2-${c}`, x: c, y: d.paper.alpha2[i], color: LAYER[1], label: `paper α₂ = ${d.paper.alpha2[i].toFixed(4)} at c = ${c}` },
    ]);
    const series: Series[] = [{ key: 'alpha1', x: d.skip, y: d.alpha1, color: LAYER[0] }, { key: 'alpha2', x: d.skip, y: d.alpha2, color: LAYER[1] }, bound];
    return { ...base, series, markers };
  }
  const earlier = [d.alpha1, d.alpha2];
  const errs = [d.alpha1Err, d.alpha2Err];
  const markers: Marker[] = d.skip.flatMap((c, i) =>
    [0, 1]
      .filter((l) => Number.isFinite(earlier[l][i]))
      .map((l) => ({
        key: `a${l + 1}-${c}`,
        x: c,
        y: earlier[l][i],
        color: LAYER[l],
        label: `α_c,${l + 1} = ${withError(earlier[l][i], errs[l][i])} at c = ${c}`,
      })),
  );
  return { ...base, series: [{ key: 'alpha3', x: d.skip, y: d.alpha3 ?? [], color: LAYER[2] }, bound], markers };
}

export function thresholdsData(d: SmiThresholdsVsSkipResult, depth: number): PanelData {
  return {
    name: 'smi-thresholds',
    params: { model: 'smi', layers: depth, tokens: 2 },
    // Each threshold with its error (NaN where none was estimated).
    columns: {
      skip: d.skip,
      alpha1: d.alpha1,
      alpha1Err: d.alpha1Err,
      alpha2: d.alpha2,
      alpha2Err: d.alpha2Err,
      ...(d.alpha3 ? { alpha3: d.alpha3, alpha3Err: d.alpha3Err ?? [] } : {}),
    },
  };
}

export interface GenCurve {
  alpha: number[];
  genError: number[];
}

/** The plug-in generalisation error against α, with the published three-layer values at c = 1. */
export function genErrorPlot(curve: GenCurve | null, depth: 2 | 3, skip: number, alpha: number, alphaMax: number): PlotInput {
  const top = curve ? Math.max(0.05, ...curve.genError.filter(Number.isFinite)) * 1.08 : 0.5;
  const markers: Marker[] =
    depth === 3 && skip === 1
      ? PAPER_OVERLAPS3_C1.genError
          .filter(([a]) => a <= alphaMax)
          .map(([a, e]) => ({ key: `pg-${a}`, x: a, y: e, color: PAPER, label: `published error ${e} at α = ${a}` }))
      : [];
  return {
    xDomain: [0, alphaMax],
    yDomain: [0, top],
    xLabel: 'α = n / D',
    yLabel: 'generalisation error',
    series: curve ? [{ key: 'gen', x: curve.alpha, y: curve.genError, color: COLORS.bo }] : [],
    markers,
    cursor: alpha,
  };
}

export function genErrorData(curve: GenCurve, depth: number, skip: number): PanelData {
  return {
    name: 'smi-gen-error',
    params: { model: 'smi', layers: depth, skip, definition: 'plug-in E||g(Z) - g(omega)||_F^2' },
    columns: { alpha: curve.alpha, genError: curve.genError },
  };
}
