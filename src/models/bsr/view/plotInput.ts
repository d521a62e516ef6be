import type { Axis, Family } from '../../../state/commonFields';
import { type FamilyCurve, familyLabel } from '../../../ui/family';
import { COLORS, familyColor } from '../../../ui/palette';
import { PIN_COLOR, PIN_DASH } from '../../../ui/PinBar';
import { type PlotInput, type Series, simTop, type VLine } from '../../../ui/plotInput';
import type { BsrCurveResponse } from '../api';

/** A simulated point on the plotted axis: mean ± std over seeds, their range and the single runs. */
export interface SimMark {
  x: number;
  mean: number;
  std: number;
  lo?: number;
  hi?: number;
  runs?: number[];
  label: string;
}

export interface BsrPlotParams {
  data: BsrCurveResponse | null;
  axis: Axis;
  alphaMax: number;
  /** Cursor position on the plotted axis. */
  cursor: number;
  showRidge: boolean;
  showLowRank: boolean;
  showLargeBeta: boolean;
  family: FamilyCurve<BsrCurveResponse>[];
  familyKind: Family;
  /** Pinned curves (grey ghosts), with their pin number from 0. */
  pins?: Array<{ index: number; curve: BsrCurveResponse }>;
  sims: SimMark[];
  /** Draw 2·E_BO, the error of a sample from the posterior (beside gradient descent from the prior). */
  posteriorSample?: boolean;
  thick?: boolean;
}

/**
 * Simulated points may lie above the trivial error 1 (e.g. GD from the prior, E ≈ 2): the plot makes room up to
 * 2.6; with the 2·E_BO line, room for it (2 at α = 0).
 */
export function errorTop(sims: SimMark[], posteriorSample = false): number {
  return simTop(sims, posteriorSample ? 2.05 : 1.05);
}

/** Error vs α (or α̃): E_BO with its baselines, the thresholds, a family of curves and simulated points. */
export function bsrPlotInput(p: BsrPlotParams): PlotInput {
  const { data, axis, alphaMax, family, sims } = p;
  const tilde = axis === 'alphaTilde';
  const sw = p.thick ? 4 : 2.2;
  const xs = data ? (tilde ? data.alphaTilde : data.alpha) : [];
  const series: Series[] = [];
  if (data && p.showRidge)
    series.push({
      key: 'ridge',
      name: 'ridge regression error',
      x: xs,
      y: data.ridge,
      color: COLORS.ridge,
      width: sw,
      dash: '8 5',
      readout: true,
      testId: 'curve-ridge',
    });
  for (const pin of p.pins ?? [])
    series.push({
      key: `pin-${pin.index}`,
      name: `pinned curve ${pin.index + 1}`,
      x: tilde ? pin.curve.alphaTilde : pin.curve.alpha,
      y: pin.curve.bo,
      color: PIN_COLOR,
      dash: PIN_DASH,
      width: sw * 0.8,
      label: `pin ${pin.index + 1}`,
      group: `pin-${pin.index + 1}`,
    });
  family.forEach((f, k) => {
    const color = familyColor(k);
    const key = `family-${f.value}`;
    series.push({
      key,
      x: tilde ? f.curve.alphaTilde : f.curve.alpha,
      y: f.curve.bo,
      color,
      width: sw * 0.75,
      label: familyLabel(p.familyKind, f.value),
      group: key,
    });
    // Each member's own β → ∞ limit, in its colour, so that every curve is seen against its limit.
    if (p.showLargeBeta)
      series.push({
        key: `${key}-largebeta`,
        name: `β → ∞ limit, ${familyLabel(p.familyKind, f.value)}`,
        x: tilde ? f.curve.alphaTilde : f.curve.alpha,
        y: f.curve.largeBeta,
        color,
        width: sw * 0.75,
        dash: '12 4 2 4',
        testId: `${key}-largebeta`,
      });
  });
  if (data && p.showLowRank && tilde)
    series.push({ key: 'lowrank', name: 'low-rank limit', x: xs, y: data.lowRank, color: COLORS.lowRank, width: sw, dash: '2 4', testId: 'curve-lowrank' });
  if (data && p.showLargeBeta)
    series.push({
      key: 'largebeta',
      name: 'β → ∞ limit',
      x: xs,
      y: data.largeBeta,
      color: COLORS.largeBeta,
      width: sw,
      dash: '12 4 2 4',
      testId: 'curve-largebeta',
    });
  if (data && p.posteriorSample)
    series.push({
      key: 'bo2',
      name: '2·E_BO, the error of a sample from the posterior',
      x: xs,
      y: data.bo.map((v) => 2 * v),
      color: COLORS.bo,
      width: sw * 0.8,
      dash: '3 3',
      label: '2·E_BO',
      testId: 'curve-2bo',
    });
  if (data)
    series.push({ key: 'bo', name: 'Bayes-optimal error E_BO', x: xs, y: data.bo, color: COLORS.bo, width: sw + 0.6, readout: true, testId: 'curve-bo' });
  const vlines: VLine[] = data
    ? [
        { key: 'pr', x: tilde ? data.alphaTildePR : data.alphaPR, label: 'α_PR', color: COLORS.pr, dash: '6 3', labelRow: 0, testId: 'marker-pr' },
        { key: 'mnne', x: tilde ? data.alphaTildeMNNE : data.alphaMNNE, label: 'α_MNNE', color: COLORS.mnne, dash: '2 3', labelRow: 1, testId: 'marker-mnne' },
        ...(tilde ? [{ key: 'wr', x: data.alphaTildeWR, label: 'α̃_WR (r = O(1))', color: COLORS.wr, dash: '1 2', labelRow: 2, testId: 'marker-wr' }] : []),
      ]
    : [];
  return {
    xDomain: [0, alphaMax],
    yDomain: [0, errorTop(sims, p.posteriorSample)],
    xLabel: tilde ? 'α̃ = n / (r(d + L))' : 'α = n / (dL)',
    yLabel: 'excess error E = ‖Ŝ − S*‖² / (dL)',
    yLabelShort: 'excess error E',
    series,
    vlines,
    points: sims.filter((s) => Number.isFinite(s.mean)).map((s) => ({ ...s, key: String(s.x), testId: 'sim-point' })),
    cursor: p.cursor,
  };
}
