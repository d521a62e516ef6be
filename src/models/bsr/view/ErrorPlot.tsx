import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useRef, type PointerEvent } from 'react';
import type { BsrCurveResponse } from '../api';
import type { Axis, Family } from '../../../state/schema';
import { Axes } from '../../../ui/Axes';
import { COLORS, FAMILY_COLORS } from '../../../ui/palette';
import type { FamilyCurve } from './useFamily';

interface Props {
  data: BsrCurveResponse | null;
  axis: Axis;
  alphaMax: number;
  /** Cursor position on the plotted axis. */
  cursor: number;
  showRidge: boolean;
  showLowRank: boolean;
  showLargeBeta: boolean;
  family: FamilyCurve[];
  familyKind: Family;
  /** Simulated points (mean ± std over seeds) on the plotted axis. */
  sims: Array<{ x: number; mean: number; std: number; label: string }>;
  onCursor: (x: number) => void;
  width: number;
  height: number;
  thick?: boolean;
  /** Further curves in plotted coordinates (e.g. a published curve drawn for comparison). */
  extra?: Array<{ key: string; x: number[]; y: number[]; color: string; dash: string; label: string }>;
  /** Axis titles for models other than BSR. */
  xLabel?: string;
  yLabel?: string;
}

const MARGIN = { top: 16, right: 20, bottom: 48, left: 58 };
/** Presentation type is larger, so the axis labels need more room. */
const MARGIN_THICK = { top: 20, right: 24, bottom: 64, left: 84 };

/** Error vs α (or α̃): React draws the SVG, D3 computes scales, ticks and paths. */
export function ErrorPlot({ data, axis, alphaMax, cursor, showRidge, showLowRank, showLargeBeta, family, familyKind, sims, onCursor, width, height, thick, xLabel, yLabel, extra = [] }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const M = thick ? MARGIN_THICK : MARGIN;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = useMemo(() => scaleLinear().domain([0, alphaMax]).range([0, w]), [alphaMax, w]);
  // Simulated points may lie above the trivial error 1 (e.g. GD from the prior, E ≈ 2): make room.
  const yTop = Math.max(1.05, ...sims.filter((p) => Number.isFinite(p.mean)).map((p) => Math.min(2.6, p.mean + p.std)));
  const y = useMemo(() => scaleLinear().domain([0, yTop]).range([h, 0]), [h, yTop]);
  const xs = data ? (axis === 'alpha' ? data.alpha : data.alphaTilde) : [];
  const pathOf = (px: number[], ys: number[]) =>
    line<number>()
      .defined((_, i) => Number.isFinite(ys[i]) && Number.isFinite(px[i]))
      .x((_, i) => x(px[i]))
      .y((_, i) => y(Math.min(ys[i], yTop)))(ys) ?? '';
  const path = (ys: number[]) => pathOf(xs, ys);
  const markers: Array<{ key: string; at: number; label: string; color: string; dash: string }> = [];
  if (data) {
    const tilde = axis === 'alphaTilde';
    markers.push({ key: 'pr', at: tilde ? data.alphaTildePR : data.alphaPR, label: 'α_PR', color: COLORS.pr, dash: '6 3' });
    markers.push({ key: 'mnne', at: tilde ? data.alphaTildeMNNE : data.alphaMNNE, label: 'α_MNNE', color: COLORS.mnne, dash: '2 3' });
    if (axis === 'alphaTilde') markers.push({ key: 'wr', at: data.alphaTildeWR, label: 'α̃_WR (r = O(1))', color: COLORS.wr, dash: '1 2' });
  }
  const readout = data ? interpolate(xs, data.bo, cursor) : NaN;
  const ridgeReadout = data ? interpolate(xs, data.ridge, cursor) : NaN;
  const move = (e: PointerEvent<SVGRectElement>) => {
    if (e.buttons !== 1 && e.type !== 'pointerdown') return;
    const r = svgRef.current!.getBoundingClientRect();
    const px = ((e.clientX - r.left) * width) / r.width - M.left;
    onCursor(Math.min(alphaMax, Math.max(0, x.invert(px))));
  };
  const sw = thick ? 4 : 2.2;
  const axisLabel = xLabel ?? (axis === 'alpha' ? 'α = n / (dL)' : 'α̃ = n / (r(d + L))');
  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="plot" data-testid="main-plot" role="img" aria-label={`Excess test error versus ${axisLabel}`}>
      <g transform={`translate(${M.left},${M.top})`}>
        <Axes x={x} y={y} width={w} height={h} xLabel={axisLabel} yLabel={yLabel ?? 'excess error E = ‖Ŝ − S*‖² / (dL)'} margin={{ left: M.left - 2, bottom: M.bottom }} xTicks={8} />
        {markers
          .filter((m) => m.at >= 0 && m.at <= alphaMax)
          .map((m) => (
            <g key={m.key} data-testid={`marker-${m.key}`}>
              <line x1={x(m.at)} x2={x(m.at)} y2={h} stroke={m.color} strokeWidth={thick ? 3 : 1.5} strokeDasharray={m.dash} />
              <text x={x(m.at) + 4} y={12 + (m.key === 'mnne' ? 16 : m.key === 'wr' ? 32 : 0)} className="marker-label" fill={m.color}>
                {m.label}
              </text>
            </g>
          ))}
        {data && showRidge && <path d={path(data.ridge)} fill="none" stroke={COLORS.ridge} strokeWidth={sw} strokeDasharray="8 5" data-testid="curve-ridge" />}
        {family.map((f, k) => {
          const fx = axis === 'alpha' ? f.curve.alpha : f.curve.alphaTilde;
          // Label where the curve is still clearly above 0, so labels of different curves separate.
          let li = fx.findIndex((v, i) => v > alphaMax * 0.05 && f.curve.bo[i] < 0.5);
          if (li < 0) li = Math.floor(fx.length / 3);
          return (
            <g key={f.value} data-testid={`family-${f.value}`}>
              <path d={pathOf(fx, f.curve.bo)} fill="none" stroke={FAMILY_COLORS[k % FAMILY_COLORS.length]} strokeWidth={sw * 0.75} />
              {Number.isFinite(f.curve.bo[li]) && (
                <text x={x(fx[li]) + 4} y={y(f.curve.bo[li]) - 4} className="marker-label" fill={FAMILY_COLORS[k % FAMILY_COLORS.length]}>
                  {{ rho: 'ρ', beta: 'β', T: 'T', none: '' }[familyKind]} = {f.value}
                </text>
              )}
            </g>
          );
        })}
        {data && showLowRank && axis === 'alphaTilde' && (
          <path d={path(data.lowRank)} fill="none" stroke={COLORS.lowRank} strokeWidth={sw} strokeDasharray="2 4" strokeLinecap="round" data-testid="curve-lowrank" />
        )}
        {data && showLargeBeta && <path d={path(data.largeBeta)} fill="none" stroke={COLORS.largeBeta} strokeWidth={sw} strokeDasharray="12 4 2 4" data-testid="curve-largebeta" />}
        {extra.map((c) => (
          <path key={c.key} d={pathOf(c.x, c.y)} fill="none" stroke={c.color} strokeWidth={sw} strokeDasharray={c.dash} data-testid={`curve-${c.key}`}>
            <title>{c.label}</title>
          </path>
        ))}
        {data && <path d={path(data.bo)} fill="none" stroke={COLORS.bo} strokeWidth={sw + 0.6} data-testid="curve-bo" />}
        {sims
          .filter((p) => Number.isFinite(p.mean) && p.x <= alphaMax)
          .map((p) => (
            <g key={p.x} data-testid="sim-point">
              <title>{p.label}</title>
              <line x1={x(p.x)} x2={x(p.x)} y1={y(Math.min(yTop, p.mean + p.std))} y2={y(Math.max(0, p.mean - p.std))} stroke={COLORS.sim} strokeWidth={thick ? 2.5 : 1.5} />
              <line x1={x(p.x) - 4} x2={x(p.x) + 4} y1={y(Math.min(yTop, p.mean + p.std))} y2={y(Math.min(yTop, p.mean + p.std))} stroke={COLORS.sim} strokeWidth={1.5} />
              <line x1={x(p.x) - 4} x2={x(p.x) + 4} y1={y(Math.max(0, p.mean - p.std))} y2={y(Math.max(0, p.mean - p.std))} stroke={COLORS.sim} strokeWidth={1.5} />
              <rect x={x(p.x) - (thick ? 6 : 4)} y={y(Math.min(p.mean, yTop)) - (thick ? 6 : 4)} width={thick ? 12 : 8} height={thick ? 12 : 8} fill="#fff" stroke={COLORS.sim} strokeWidth={thick ? 2.5 : 1.8} />
            </g>
          ))}
        <line x1={x(cursor)} x2={x(cursor)} y2={h} stroke={COLORS.cursor} strokeWidth={1} />
        {Number.isFinite(readout) && <circle cx={x(cursor)} cy={y(readout)} r={thick ? 7 : 5} fill={COLORS.bo} stroke="#fff" strokeWidth={1.5} />}
        {Number.isFinite(ridgeReadout) && showRidge && <circle cx={x(cursor)} cy={y(ridgeReadout)} r={thick ? 6 : 4} fill={COLORS.ridge} stroke="#fff" />}
        <rect width={w} height={h} fill="transparent" style={{ cursor: 'crosshair', touchAction: 'none' }} onPointerDown={move} onPointerMove={move} />
      </g>
    </svg>
  );
}

/** Linear interpolation of ys over increasing xs at t (NaN outside or across a gap). */
export function interpolate(xs: number[], ys: number[], t: number): number {
  if (xs.length === 0 || t < xs[0] || t > xs[xs.length - 1]) return NaN;
  let i = 1;
  while (i < xs.length - 1 && xs[i] < t) i++;
  const a = xs[i - 1];
  const b = xs[i];
  const f = b === a ? 0 : (t - a) / (b - a);
  return ys[i - 1] + f * (ys[i] - ys[i - 1]);
}
