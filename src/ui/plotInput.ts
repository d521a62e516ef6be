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

/** A simulated point: mean ± std over seeds, drawn as a square with an error bar. */
export interface ErrorBarPoint {
  key: string;
  x: number;
  mean: number;
  std: number;
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
  logX?: boolean;
  series: Series[];
  vlines?: VLine[];
  markers?: Marker[];
  points?: ErrorBarPoint[];
  /** x of the cursor (the current α), drawn as a thin rule with a dot where it meets each series that has `readout` set. */
  cursor?: number;
}
