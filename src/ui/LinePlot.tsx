import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { PointerEvent } from 'react';
import { Axes } from './Axes';

export interface Series {
  key: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color: string;
  dash?: string;
  width?: number;
  label?: string;
}

export interface VLine {
  key: string;
  x: number;
  color: string;
  dash?: string;
  label?: string;
  /** Row of the label (0 at the top), so labels of nearby lines do not overlap. */
  labelRow?: number;
}

/** Isolated points (e.g. published values) drawn as open circles with a tooltip. */
export interface Marker {
  key: string;
  x: number;
  y: number;
  color: string;
  label: string;
}

interface Props {
  markers?: Marker[];
  /** Click or drag on the plot picks an x value (e.g. moves the α cursor). */
  onPick?: (x: number) => void;
  series: Series[];
  vlines?: VLine[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  width: number;
  height: number;
  logX?: boolean;
  thick?: boolean;
  testId: string;
  ariaLabel: string;
}

const MARGIN = { top: 14, right: 18, bottom: 46, left: 60 };
/** Presentation type is larger: the axis titles need more room. */
const MARGIN_THICK = { top: 18, right: 22, bottom: 64, left: 84 };

/** A plain x–y plot for the secondary panels: D3 scales and paths, React SVG. */
export function LinePlot({ series, vlines = [], markers = [], onPick, xDomain, yDomain, xLabel, yLabel, width, height, logX, thick, testId, ariaLabel }: Props) {
  const M = thick ? MARGIN_THICK : MARGIN;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = logX ? scaleLog().domain(xDomain).range([0, w]) : scaleLinear().domain(xDomain).range([0, w]);
  const y = scaleLinear().domain(yDomain).range([h, 0]);
  const sw = thick ? 3.5 : 2;
  const pick = (e: PointerEvent<SVGRectElement>, pressed: boolean) => {
    if (!pressed || !onPick) return;
    const svg = (e.currentTarget as SVGRectElement).ownerSVGElement!.getBoundingClientRect();
    const px = ((e.clientX - svg.left) * width) / svg.width - M.left;
    onPick(Math.min(xDomain[1], Math.max(xDomain[0], x.invert(px))));
  };
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="plot" data-testid={testId} role="img" aria-label={ariaLabel}>
      <g transform={`translate(${M.left},${M.top})`}>
        <Axes x={x} y={y} width={w} height={h} xLabel={xLabel} yLabel={yLabel} margin={M} />
        <clipPath id={`${testId}-clip`}>
          <rect width={w} height={h} />
        </clipPath>
        <g clipPath={`url(#${testId}-clip)`}>
          {vlines.map((v) => (
            <g key={v.key}>
              <line x1={x(v.x)} x2={x(v.x)} y2={h} stroke={v.color} strokeDasharray={v.dash} strokeWidth={thick ? 2.5 : 1.5} />
              {v.label && (
                // Labels of lines near the right edge run leftwards so that the clip does not cut them.
                <text
                  x={x(v.x) > 0.75 * w ? x(v.x) - 4 : x(v.x) + 4}
                  textAnchor={x(v.x) > 0.75 * w ? 'end' : 'start'}
                  y={(thick ? 20 : 12) + (thick ? 26 : 16) * (v.labelRow ?? 0)}
                  className="marker-label"
                  fill={v.color}
                >
                  {v.label}
                </text>
              )}
            </g>
          ))}
          {series.map((s) => {
            const idx = Array.from({ length: s.x.length }, (_, i) => i);
            const d =
              line<number>()
                .defined((i) => Number.isFinite(s.x[i]) && Number.isFinite(s.y[i]) && (!logX || s.x[i] > 0))
                .x((i) => x(s.x[i]))
                .y((i) => y(s.y[i]))(idx) ?? '';
            return <path key={s.key} d={d} fill="none" stroke={s.color} strokeWidth={s.width ?? sw} strokeDasharray={s.dash} data-testid={`${testId}-${s.key}`} />;
          })}
          {markers.map((m) => (
            <circle key={m.key} cx={x(m.x)} cy={y(m.y)} r={thick ? 5 : 3.5} fill="#fff" stroke={m.color} strokeWidth={thick ? 2.2 : 1.5} data-testid={`${testId}-marker`}>
              <title>{m.label}</title>
            </circle>
          ))}
        </g>
        {onPick && (
          <rect
            width={w}
            height={h}
            fill="transparent"
            style={{ cursor: 'crosshair', touchAction: 'none' }}
            onPointerDown={(e) => pick(e, true)}
            onPointerMove={(e) => pick(e, e.buttons === 1)}
          />
        )}
      </g>
    </svg>
  );
}
