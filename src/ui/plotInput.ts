/**
 * What a model's curve gives the shared plot: an x range, series, vertical rules (thresholds), markers
 * (published points), simulated points with error bars, and the cursor. Every model builds one from its
 * own theory; LinePlot draws any of them, so no model's result is bent into another's shape.
 */

export interface Series {
  key: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color: string;
  dash?: string;
  width?: number;
  /** Drawn near the curve, where it does not overlap another label. */
  label?: string;
  /** What the curve is, for the plot's text description (screen readers); `label` serves where absent. */
  name?: string;
  /** Tooltip of the curve. */
  title?: string;
  /** Show a dot where the cursor meets this series. */
  readout?: boolean;
  /** data-testid of the path, when tests know the curve by a name of its own (default `${plot}-${key}`). */
  testId?: string;
  /** data-testid of a group around the path, so tests can find a curve by a name of its own (e.g. a family value). */
  group?: string;
}

export interface VLine {
  key: string;
  x: number;
  color: string;
  dash?: string;
  label?: string;
  /** Row of the label (0 at the top), so labels of nearby lines do not overlap. */
  labelRow?: number;
  /** data-testid of the group holding the line and its label. */
  testId?: string;
}

/** Isolated points (e.g. published values) drawn as open circles with a tooltip. */
export interface Marker {
  key: string;
  x: number;
  y: number;
  color: string;
  label: string;
}

/**
 * A simulated point: a square at the mean over seeds with a bar over the seeds' range (`lo` to `hi`; mean ± std
 * where no range is given), and its single runs (`runs`) drawn as faint dots.
 */
export interface ErrorBarPoint {
  key: string;
  x: number;
  mean: number;
  std: number;
  /** Lowest and highest final error over the seeds. */
  lo?: number;
  hi?: number;
  /** The error of every single run (for averaged GD, the runs before averaging). */
  runs?: number[];
  label: string;
  /** Default: the palette's simulation black. */
  color?: string;
  /** data-testid of the point's group (default `${plot}-point`). */
  testId?: string;
}

export interface PlotInput {
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  /** The y title where yLabel would be longer than the plot is high (a phone); the full one is then its tooltip. */
  yLabelShort?: string;
  logX?: boolean;
  series: Series[];
  vlines?: VLine[];
  markers?: Marker[];
  points?: ErrorBarPoint[];
  /** x of the cursor (the current α), drawn as a thin rule with a dot where it meets each series that has `readout` set. */
  cursor?: number;
}

/**
 * Bar and dots of a simulated point from its seeds' final errors: the range lowest to highest, and the single
 * runs (the runs before averaging, where a point averages runs; else the seeds' own finals).
 */
export function seedSpread(finals: readonly number[], singles?: readonly number[]): Pick<ErrorBarPoint, 'lo' | 'hi' | 'runs'> {
  const ok = finals.filter(Number.isFinite);
  const runs = singles?.length ? singles.filter(Number.isFinite) : ok;
  return ok.length ? { lo: Math.min(...ok), hi: Math.max(...ok), runs } : { runs };
}

/** Top of an error plot with simulated points: room for their bars and single runs (at most 2.6), at least `floor`. */
export function simTop(points: readonly Pick<ErrorBarPoint, 'mean' | 'std' | 'hi' | 'runs'>[], floor = 1.05): number {
  const tops = points.filter((p) => Number.isFinite(p.mean)).map((p) => Math.max(p.hi ?? p.mean + p.std, ...(p.runs ?? [])));
  return Math.max(floor, ...tops.map((t) => Math.min(2.6, t)));
}
