import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { textWidth } from './labels';

type Scale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

interface Props {
  x: Scale;
  y: Scale;
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** Drawn instead of yLabel where that would be longer than the plot is high; yLabel is then its tooltip. */
  yShort?: string;
  margin: { left: number; bottom: number };
  grid?: boolean;
  xTicks?: number;
  yTicks?: number;
  /** Type size in projector mode: ticks and titles are placed for it. */
  font?: number;
}

/** A tick's label. */
export const tickText = (v: number) => (Math.abs(v) >= 1e5 || (Math.abs(v) < 0.01 && v !== 0) ? v.toExponential(1) : String(Number(v.toPrecision(4))));

/** The axis-label type size of styles.css; in projector mode the plot is laid out for `font`. */
const AXIS_LABEL_PX = 13;

/** Axes, ticks and labels drawn by React from D3 scales (used by every panel). */
export function Axes({ x, y, width, height, xLabel, yLabel, yShort, margin, grid = true, xTicks = 7, yTicks = 6, font }: Props) {
  const shorten = yShort !== undefined && textWidth(yLabel, font ?? AXIS_LABEL_PX) > height;
  const yt = (y as ScaleLinear<number, number>).ticks(yTicks);
  const xt = (x as ScaleLinear<number, number>).ticks(xTicks);
  return (
    <g className="axes">
      {yt.map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          {grid && <line x2={width} stroke="#e6e6e6" className="grid" />}
          <line x1={-5} stroke="#888" />
          <text x={-8} dy="0.32em" textAnchor="end" className="tick">
            {tickText(t)}
          </text>
        </g>
      ))}
      {xt.map((t) => (
        <g key={`x${t}`} transform={`translate(${x(t)},${height})`}>
          <line y2={5} stroke="#888" />
          <text y={font ? 8 + 0.5 * font : 18} dy="0.3em" textAnchor="middle" className="tick">
            {tickText(t)}
          </text>
        </g>
      ))}
      <line y1={height} y2={height} x2={width} stroke="#888" />
      <line y2={height} stroke="#888" />
      <text x={width / 2} y={height + margin.bottom - (font ? 0.3 * font : 8)} textAnchor="middle" className="axis-label">
        {xLabel}
      </text>
      {/* Turned a quarter anticlockwise, the title's ascent (about 0.93 em) points left: 0.95 em keeps it inside. */}
      <text transform={`translate(${-margin.left + (font ? 0.95 * font : 14)},${height / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
        {shorten ? (
          <>
            <title>{yLabel}</title>
            {yShort}
          </>
        ) : (
          yLabel
        )}
      </text>
    </g>
  );
}
