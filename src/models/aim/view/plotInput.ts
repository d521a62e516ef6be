import type { Axis, Family } from '../../../state/commonFields';
import { type FamilyCurve, familyLabel } from '../../../ui/family';
import { COLORS, familyColor } from '../../../ui/palette';
import { PIN_COLOR, PIN_DASH } from '../../../ui/PinBar';
import { type ErrorBarPoint, type PlotInput, type Series, simTop, type VLine } from '../../../ui/plotInput';
import type { AimApi, AimCurveResponse } from '../api';

export type AimHardmaxResponse = ReturnType<AimApi['hardmax']>;

/** An error curve on both horizontal axes: α = n/D² and ᾱ (the softmax's (T²+T−2)α, the hardmax's α/ρ). */
export interface AimErrorCurve {
  alpha: number[];
  alphaBar: number[];
  mmse: number[];
}

/** A curve of either channel: softmax on its α grid, or hardmax (parametric in the overlap). */
export type AimCurve = { channel: 'softmax'; curve: AimCurveResponse } | { channel: 'hardmax'; curve: AimHardmaxResponse };

/**
 * The curve as plotted up to α = top. The hardmax curve is parametric and starts at a positive α, so
 * it is clipped to the range and started at (0, 1); its ᾱ is α/ρ.
 */
export function errorCurve(c: AimCurve, top: number): AimErrorCurve {
  if (c.channel === 'softmax') return { alpha: c.curve.alpha, alphaBar: c.curve.alphaBar, mmse: c.curve.mmse };
  const h = c.curve;
  const keep = h.alpha.map((_a, i) => i).filter((i) => h.alpha[i] <= top * 1.02);
  const alpha = [0, ...keep.map((i) => h.alpha[i])];
  return { alpha, alphaBar: alpha.map((a) => a / h.rho), mmse: [1, ...keep.map((i) => h.mmse[i])] };
}

/** Log–log interpolation of the ρ → 0 curve: 1 below its first point, NaN past its last. */
function logInterp(xs: number[], ys: number[], x: number): number {
  if (x <= xs[0]) return 1;
  if (x >= xs[xs.length - 1]) return NaN;
  let k = 1;
  while (xs[k] < x) k++;
  const t = (Math.log(x) - Math.log(xs[k - 1])) / (Math.log(xs[k]) - Math.log(xs[k - 1]));
  return Math.exp(Math.log(ys[k - 1]) + t * (Math.log(ys[k]) - Math.log(ys[k - 1])));
}

export interface AimPlotParams {
  main: AimCurve | null;
  axis: Axis;
  /** Right end of the plot in α; the plotted range is [0, xMax] on the chosen axis. */
  top: number;
  xMax: number;
  /** ᾱ per α of the main curve. */
  k: number;
  cursor: number;
  family: FamilyCurve<AimCurve>[];
  familyKind: Family;
  /** Pinned curves (grey ghosts), with their pin number from 0. */
  pins?: Array<{ index: number; curve: AimCurve }>;
  sims: Array<Omit<ErrorBarPoint, 'key' | 'testId'>>;
  /** Show the hardmax curve as published beside the main one. */
  published: boolean;
  thick?: boolean;
  xLabel: string;
  yLabel: string;
  yLabelShort?: string;
}

/**
 * Short dashes in turn (each curve's at its own place in a period of 30 px), so that the main curve shows between
 * them and each colour can be seen lying on it.
 */
const COLLAPSE_DASHES = ['6 24', '0 10 6 14', '0 20 6 4'];

/** Estimation error vs α or ᾱ: the Bayes-optimal curve with its limits and threshold, a family and simulated points. */
export function aimPlotInput(p: AimPlotParams): PlotInput {
  const { main, top } = p;
  const bar = p.axis === 'alphaTilde';
  const sw = p.thick ? 4 : 2.2;
  const onAxis = (c: AimErrorCurve) => (bar ? c.alphaBar : c.alpha);
  const series: Series[] = [];
  const vlines: VLine[] = [];
  const curve = main && errorCurve(main, top);
  for (const pin of p.pins ?? []) {
    const c = errorCurve(pin.curve, top);
    series.push({
      key: `pin-${pin.index}`,
      name: `pinned curve ${pin.index + 1}`,
      // On ᾱ each channel has its own scale: the pin's curve carries its own ᾱ.
      x: onAxis(c),
      y: c.mmse,
      color: PIN_COLOR,
      dash: PIN_DASH,
      width: sw * 0.8,
      label: `pin ${pin.index + 1}`,
      group: `pin-${pin.index + 1}`,
    });
  }
  if (main?.channel === 'softmax') {
    series.push({
      key: 'ridge',
      name: 'ρ → ∞ (Gaussian prior) line',
      x: onAxis(curve!),
      y: main.curve.gaussian,
      color: COLORS.ridge,
      width: sw,
      dash: '8 5',
      readout: true,
      testId: 'curve-ridge',
    });
    vlines.push({ key: 'pr', x: (bar ? p.k : 1) * main.curve.alphaPR, label: bar ? 'ᾱ_PR' : 'α_PR', color: COLORS.pr, dash: '6 3', testId: 'marker-pr' });
  }
  // One softmax curve per T on ᾱ: they coincide with the main curve, so they are drawn over it, dashed
  // (each with its own dash), where the collapse can be seen; any other family is drawn under it.
  const collapse = p.familyKind === 'T' && bar && main?.channel === 'softmax';
  const familySeries: Series[] = p.family.map((f, i) => {
    const key = `family-${f.value}`;
    const c = errorCurve(f.curve, top);
    return {
      key,
      x: onAxis(c),
      y: c.mmse,
      color: familyColor(i),
      width: collapse ? sw * 1.2 : sw * 0.75,
      dash: collapse ? COLLAPSE_DASHES[i % COLLAPSE_DASHES.length] : undefined,
      label: familyLabel(p.familyKind, f.value),
      group: key,
    };
  });
  if (!collapse) series.push(...familySeries);
  if (main?.channel === 'hardmax') {
    const low = main.curve.lowRank;
    if (bar) {
      // The ρ → 0 limit lives on ᾱ = α/ρ: resampled on this curve's ᾱ grid.
      series.push({
        key: 'lowrank',
        name: 'ρ → 0 limit',
        x: curve!.alphaBar,
        y: curve!.alphaBar.map((ab) => logInterp(low.alphaBar, low.mmse, ab)),
        color: COLORS.lowRank,
        width: sw,
        dash: '2 4',
        testId: 'curve-lowrank',
      });
      vlines.push({ key: 'wr', x: low.alphaBarWR, label: 'ᾱ_c (ρ → 0)', color: COLORS.wr, dash: '1 2', testId: 'marker-wr' });
    }
    const pub = p.published ? main.curve.published : null;
    if (pub) {
      const c = errorCurve({ channel: 'hardmax', curve: { ...main.curve, alpha: pub.alpha, mmse: pub.mmse } }, top);
      series.push({
        key: 'published',
        name: 'published hardmax curve',
        x: onAxis(c),
        y: c.mmse,
        color: COLORS.published,
        width: sw,
        dash: '3 3',
        title: 'as published (joint density φ₂ in the output function)',
        testId: 'curve-published',
      });
    }
  }
  if (curve)
    series.push({
      key: 'bo',
      name: 'Bayes-optimal estimation error',
      x: onAxis(curve),
      y: curve.mmse,
      color: COLORS.bo,
      width: sw + 0.6,
      readout: true,
      testId: 'curve-bo',
    });
  if (collapse) series.push(...familySeries);
  const finite = p.sims.filter((s) => Number.isFinite(s.mean));
  return {
    xDomain: [0, p.xMax],
    yDomain: [0, simTop(finite)],
    xLabel: p.xLabel,
    yLabel: p.yLabel,
    yLabelShort: p.yLabelShort,
    series,
    vlines,
    points: finite.map((s) => ({ ...s, key: String(s.x), testId: 'sim-point' })),
    cursor: p.cursor,
  };
}
