import type { PanelData } from '../../../ui/export';
import { withError } from '../../../ui/fmt';
import { COLORS, LAYER } from '../../../ui/palette';
import { PIN_COLOR, PIN_DASH } from '../../../ui/PinBar';
import type { Marker, PlotInput, Series, VLine } from '../../../ui/plotInput';
import { PAPER_ALPHA_CRITICAL, PAPER_OVERLAPS3_C1, PAPER_OVERLAPS_C1 } from '../theory/paperValues';
import type { SeStatus } from '../theory/stateEvolution';

/** Published values and the published convention are drawn in grey: they are the papers', not this model's. */
export const PAPER = '#777777';
export const SUB = ['₁₁', '₂₂', '₃₃'];

/** The part of a curve result the staircase draws. */
export interface StaircaseCurve {
  alpha: number[];
  overlaps: number[][];
  status: SeStatus[];
}

export interface StaircaseInput {
  curve: StaircaseCurve | null;
  /** The same state evolution in the published convention, where it is shown. */
  paperSe: { alpha: number[]; overlaps: number[][] } | null;
  /** [α_c,1, α_c,2(, α_c,3)]; NaN where a layer has none. */
  alphaC: number[] | null;
  /** Their errors, where known (they set how many digits the rules' labels show). */
  alphaCErr?: readonly number[] | null;
  depth: 2 | 3;
  skip: number;
  alpha: number;
  alphaMax: number;
  thick: boolean;
  /** Pinned staircases (grey ghosts, one per layer), with their pin number from 0. */
  pins?: Array<{ index: number; curve: StaircaseCurve }>;
}

/** The published thresholds at exactly this c, if the authors' table has it (never interpolated). */
export function publishedThresholdsAt(skip: number) {
  return PAPER_ALPHA_CRITICAL.find((p) => Math.abs(p.skip - skip) < 1e-9) ?? null;
}

/** Splits a curve into its trusted part and the rest (drawn dashed), by status. */
function byStatus(y: number[], status: string[], trusted: boolean): number[] {
  return y.map((v, i) => ((status[i] === 'converged') === trusted ? v : NaN));
}

const layersOf = (depth: number) => Array.from({ length: depth }, (_, l) => l);

/** The published state-evolution overlaps (c = 1 only), as circles. */
export function publishedOverlaps(depth: 2 | 3, skip: number, alphaMax: number): Marker[] {
  if (skip !== 1) return [];
  const pair = ([a, p1, p2]: readonly number[]): Marker[] => [
    { key: `p1-${a}`, x: a, y: p1, color: LAYER[0], label: `published Q₁₁ = ${p1} at α = ${a}` },
    { key: `p2-${a}`, x: a, y: p2, color: LAYER[1], label: `published Q₂₂ = ${p2} at α = ${a}` },
  ];
  if (depth === 2) return PAPER_OVERLAPS_C1.filter(([a]) => a <= alphaMax).flatMap(pair);
  return [
    ...PAPER_OVERLAPS3_C1.q33
      .filter(([a]) => a <= alphaMax)
      .map(([a, p]) => ({ key: `p3-${a}`, x: a, y: p, color: LAYER[2], label: `published Q₃₃ = ${p} at α = ${a}` })),
    ...PAPER_OVERLAPS3_C1.q11q22.filter(([a]) => a <= alphaMax).flatMap(pair),
  ];
}

/**
 * Rules at the thresholds, labelled and stacked in the order the layers are learned. A label has three decimals,
 * or fewer with its ± where the error is larger than that (the three-layer α_c,1 and α_c,2: a few hundredths).
 */
export function thresholdRules(alphaC: number[], depth: number, errs?: readonly number[] | null): VLine[] {
  const at = (l: number) => (Number.isFinite(alphaC[l]) ? alphaC[l] : Infinity);
  const order = layersOf(depth).sort((a, b) => at(a) - at(b));
  const value = (l: number) => {
    const e = errs?.[l];
    return e !== undefined && Number.isFinite(e) && e >= 5e-4 ? withError(alphaC[l], e) : alphaC[l].toFixed(3);
  };
  return order.flatMap((l, row) => {
    const a = alphaC[l];
    return Number.isFinite(a) ? [{ key: `ac${l + 1}`, x: a, color: LAYER[l], dash: '6 3', label: `α_c,${l + 1} = ${value(l)}`, labelRow: row }] : [];
  });
}

/**
 * The grand staircase: one overlap curve per layer against α (dashed where the state evolution is not
 * verified), the thresholds, perfect recovery, the published thresholds and overlaps, and the α cursor.
 */
export function staircasePlot(p: StaircaseInput): PlotInput {
  const { curve, paperSe, alphaC, depth, skip, alpha, alphaMax, thick } = p;
  // A curve still on screen from the other depth (while the new one computes) is drawn with its own layers.
  const series: Series[] = curve
    ? layersOf(curve.overlaps.length).flatMap((l) => [
        { key: `q${l + 1}`, x: curve.alpha, y: byStatus(curve.overlaps[l], curve.status, true), color: LAYER[l], width: thick ? 4 : 2.6 },
        { key: `q${l + 1}-unverified`, x: curve.alpha, y: byStatus(curve.overlaps[l], curve.status, false), color: LAYER[l], dash: '3 4' },
        ...(paperSe && l < paperSe.overlaps.length
          ? [{ key: `q${l + 1}-paper`, x: paperSe.alpha, y: paperSe.overlaps[l], color: LAYER[l], dash: '7 3 2 3', width: 1.3 }]
          : []),
      ])
    : [];
  for (const pin of p.pins ?? [])
    pin.curve.overlaps.forEach((y, l) =>
      series.push({
        key: `pin-${pin.index}-q${l + 1}`,
        name: `pinned curve ${pin.index + 1}, layer ${l + 1}`,
        x: pin.curve.alpha,
        y,
        color: PIN_COLOR,
        dash: PIN_DASH,
        width: thick ? 2.4 : 1.6,
        // One label per pin, on its first layer's curve.
        label: l === 0 ? `pin ${pin.index + 1}` : undefined,
        group: `pin-${pin.index + 1}`,
      }),
    );
  const vlines: VLine[] = alphaC ? thresholdRules(alphaC, depth, p.alphaCErr) : [];
  // The exact state evolution recovers every layer perfectly once each sample's two numbers (u up to its sign)
  // cover the unknown directions: α = 1 for two layers, 3/2 for three.
  vlines.push({ key: 'pr', x: depth === 3 ? 1.5 : 1, color: COLORS.pr, dash: '2 2', label: `Q = I from α = ${depth === 3 ? '3/2' : '1'}`, labelRow: 4 });
  const paper = depth === 2 ? publishedThresholdsAt(skip) : null;
  if (paper) {
    vlines.push({ key: 'paper2', x: paper.alpha2, color: PAPER, dash: '2 3', label: 'paper α₂', labelRow: 2 });
    vlines.push({ key: 'paper1', x: paper.alpha1, color: PAPER, dash: '2 3', label: 'paper α₁', labelRow: 3 });
  }
  return {
    xDomain: [0, alphaMax],
    yDomain: [0, 1.02],
    xLabel: 'α = n / D',
    yLabel: 'overlap Q_ℓℓ',
    series,
    vlines,
    markers: publishedOverlaps(depth, skip, alphaMax),
    cursor: alpha,
  };
}

/** Where a computed path stops before Q = I (NaN beyond it), or null when it covers the whole range. */
export function pathEnd(curve: StaircaseCurve | null): number | null {
  if (!curve) return null;
  const last = curve.alpha.filter((_, i) => Number.isFinite(curve.overlaps[0][i])).pop();
  return last !== undefined && last < curve.alpha[curve.alpha.length - 1] ? last : null;
}

export function staircaseData(curve: StaircaseCurve & { genError: number[]; source: string }, alphaC: number[] | null, depth: number, skip: number): PanelData {
  const ls = layersOf(depth);
  return {
    name: 'smi-overlaps',
    params: {
      model: 'smi',
      layers: depth,
      tokens: 2,
      skip,
      ...Object.fromEntries(ls.map((l) => [`alphaC${l + 1}`, alphaC?.[l] ?? NaN])),
      source: curve.source,
    },
    columns: {
      alpha: curve.alpha,
      ...Object.fromEntries(ls.map((l) => [`Q${l + 1}${l + 1}`, curve.overlaps[l]])),
      genError: curve.genError,
      status: curve.status,
    },
  };
}
