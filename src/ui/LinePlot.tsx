import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { type PointerEvent, useEffect, useRef } from 'react';
import { interpolate } from '../numeric/interpolate';
import { Axes, tickText } from './Axes';
import { describePlot } from './describePlot';
import { markCurveDrawn } from './firstCurve';
import { ErrorBar } from './ErrorBar';
import { type Box, placeLabels, placeRuleLabels, textWidth } from './labels';
import { COLORS } from './palette';
import type { PlotInput, Series, VLine } from './plotInput';
import { usePlotFit, useSvgHeight } from './projector';

export type { ErrorBarPoint, Marker, PlotInput, Series, VLine } from './plotInput';

interface Props extends PlotInput {
  /** Click or drag on the plot picks an x value (e.g. moves the α cursor). */
  onPick?: (x: number) => void;
  width: number;
  height: number;
  thick?: boolean;
  testId: string;
  ariaLabel: string;
  xTicks?: number;
}

const MARGIN = { top: 14, right: 18, bottom: 46, left: 60 };
/** Thick (large) type needs more room for the axis titles. */
const MARGIN_THICK = { top: 18, right: 22, bottom: 64, left: 84 };

type Scale = (v: number) => number;

/** Any model's plot input: D3 scales and paths, React SVG. */
export function LinePlot(props: Props) {
  const {
    series,
    vlines = [],
    markers = [],
    points = [],
    cursor,
    onPick,
    xDomain,
    yDomain,
    xLabel,
    yLabel,
    yLabelShort,
    width,
    logX,
    testId,
    ariaLabel,
    xTicks,
  } = props;
  // Projector mode: the plot fills its box's height, with margins made for the type size the screen has.
  const fit = usePlotFit();
  const svgRef = useRef<SVGSVGElement>(null);
  const laidOut = useSvgHeight(svgRef, fit);
  const height = fit ? (laidOut ?? fit.height) : props.height;
  const thick = props.thick || fit !== null;
  const fontSize = fit ? fit.font : thick ? 19 : 12;
  const M = fit ? fitMargin(fit.font, yDomain) : thick ? MARGIN_THICK : MARGIN;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = logX ? scaleLog().domain(xDomain).range([0, w]) : scaleLinear().domain(xDomain).range([0, w]);
  const y = scaleLinear().domain(yDomain).range([h, 0]);
  const sw = thick ? 3.5 : 2;
  const inX = (v: number) => Number.isFinite(v) && v >= xDomain[0] && v <= xDomain[1];
  const shownV = vlines.filter((v) => inX(v.x));
  const rowHeight = fit ? 1.35 * fontSize : thick ? 26 : 16;
  const labelTop = fit ? 1.1 * fontSize : thick ? 20 : 12;
  const vLabel = (v: VLine, shift = 0, flip = false) => {
    const ty = labelTop + rowHeight * ((v.labelRow ?? 0) + shift);
    const tw = textWidth(v.label ?? '', fontSize);
    // A label runs rightwards from its line where it fits and leftwards where it does not (a line near the right
    // edge, or a long label on a narrow plot), so that the clip does not cut it; placeRuleLabels may flip it where
    // the other side fits too.
    const px = x(v.x);
    const prefersLeft = px + 4 + tw > w && (px - 4 - tw >= 0 || px > w / 2);
    const right = flip ? !prefersLeft : prefersLeft;
    const fits = right ? px - 4 - tw >= 0 : px + 4 + tw <= w;
    return { right, fits, tx: right ? px - 4 : px + 4, ty, box: { x: right ? px - 4 - tw : px + 4, y: ty - fontSize, w: tw, h: fontSize + 2 } };
  };
  // Each series' pixels, once: its path, its label's place and the threshold labels' rows all read them.
  const curvePixels = series.map((s) => pixels(s, x, y, logX));
  const hasCurve = curvePixels.some((p) => p.px.some(Number.isFinite));
  useEffect(() => {
    if (hasCurve) markCurveDrawn();
  }, [hasCurve]);
  // A rule's label moves down a row or more where a curve would cross it (a saturated overlap runs along the top).
  const ruleLabelled = shownV.filter((v) => v.label);
  // It stays in the upper half of the plot, where the rules' labels are looked for.
  const markerR = thick ? 5 : 3.5;
  const markerBoxes = markers.filter((m) => inX(m.x)).map((m): Box => ({ x: x(m.x) - markerR, y: y(m.y) - markerR, w: 2 * markerR, h: 2 * markerR }));
  const spotsOfRules = placeRuleLabels(
    ruleLabelled.map((v) => {
      const other = vLabel(v, 0, true);
      return { box: vLabel(v).box, other: other.fits ? other.box : undefined, maxShift: Math.floor((h / 2 - labelTop) / rowHeight) - (v.labelRow ?? 0) };
    }),
    curvePixels,
    rowHeight,
    markerBoxes,
  );
  const ruleSpot = new Map(ruleLabelled.map((v, i) => [v.key, spotsOfRules[i]]));
  const placedRule = (v: VLine) => vLabel(v, ruleSpot.get(v.key)?.shift, ruleSpot.get(v.key)?.flip);
  const labelled = series.filter((s) => s.label);
  const spots = placeLabels(
    labelled.map((s) => ({ text: s.label!, ...curvePixels[series.indexOf(s)] })),
    w,
    h,
    fontSize,
    ruleLabelled.map((v): Box => placedRule(v).box),
  );
  const spotOf = new Map(labelled.map((s, i) => [s.key, spots[i]]));
  const pick = (e: PointerEvent<SVGRectElement>, pressed: boolean) => {
    if (!pressed || !onPick) return;
    const svg = (e.currentTarget as SVGRectElement).ownerSVGElement!.getBoundingClientRect();
    const px = ((e.clientX - svg.left) * width) / svg.width - M.left;
    onPick(Math.min(xDomain[1], Math.max(xDomain[0], x.invert(px))));
  };
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${width} ${height}`}
      className="plot line-plot"
      data-testid={testId}
      role="img"
      aria-label={ariaLabel}
      aria-describedby={`${testId}-desc`}
    >
      <desc id={`${testId}-desc`} data-testid={`${testId}-desc`}>
        {describePlot(props, xLabel.split(/[ =(]/)[0] || 'x')}
      </desc>
      <g transform={`translate(${M.left},${M.top})`}>
        <Axes x={x} y={y} width={w} height={h} xLabel={xLabel} yLabel={yLabel} yShort={yLabelShort} margin={M} xTicks={xTicks} font={fit?.font} />
        <clipPath id={`${testId}-clip`}>
          <rect width={w} height={h} />
        </clipPath>
        <g clipPath={`url(#${testId}-clip)`}>
          {/* A rule's test id names its label where it has one (a bare vertical line has no area, so it is not "visible"). */}
          {shownV.map((v) => (
            <g key={v.key} data-testid={v.label ? undefined : v.testId}>
              <line x1={x(v.x)} x2={x(v.x)} y2={h} stroke={v.color} strokeDasharray={v.dash} strokeWidth={thick ? 2.5 : 1.5} />
            </g>
          ))}
          {series.map((s, k) => {
            const path = (
              <path
                key={s.key}
                d={pathOf(curvePixels[k])}
                fill="none"
                stroke={s.color}
                strokeWidth={fit ? Math.max(3, s.width ?? sw) : (s.width ?? sw)}
                strokeDasharray={s.dash}
                data-testid={s.testId ?? `${testId}-${s.key}`}
              >
                {s.title && <title>{s.title}</title>}
              </path>
            );
            return s.group ? (
              <g key={s.key} data-testid={s.group}>
                {path}
              </g>
            ) : (
              path
            );
          })}
          {/* Above every curve, with a white halo, so curves that cross a label do not hide it. */}
          {labelled.map((s) => {
            const spot = spotOf.get(s.key);
            return (
              spot && (
                <text key={s.key} x={spot.x} y={spot.y} className="marker-label" fill={s.color} stroke="#fff" strokeWidth={thick ? 4 : 3} paintOrder="stroke">
                  {s.label}
                </text>
              )
            );
          })}
          {markers.map((m) => (
            <circle
              key={m.key}
              cx={x(m.x)}
              cy={y(m.y)}
              r={markerR}
              fill="#fff"
              stroke={m.color}
              strokeWidth={thick ? 2.2 : 1.5}
              data-testid={`${testId}-marker`}
            >
              <title>{m.label}</title>
            </circle>
          ))}
          {/* The rules' labels over the curves, on their halo: where no free place was left, a curve under a label
              is less of a loss than a label under a curve. */}
          {ruleLabelled.map((v) => {
            const l = placedRule(v);
            return (
              <text
                key={`${v.key}-label`}
                x={l.tx}
                textAnchor={l.right ? 'end' : 'start'}
                y={l.ty}
                className="marker-label"
                fill={v.color}
                data-testid={v.testId}
              >
                {v.label}
              </text>
            );
          })}
        </g>
        {points
          .filter((p) => Number.isFinite(p.mean) && inX(p.x))
          .map((p) => (
            <ErrorBar key={p.key} p={p} x={x(p.x)} y={y} yDomain={yDomain} thick={thick} testId={p.testId ?? `${testId}-point`} />
          ))}
        {cursor !== undefined && inX(cursor) && (
          <g>
            <line x1={x(cursor)} x2={x(cursor)} y2={h} stroke={COLORS.cursor} strokeWidth={1} data-testid={`${testId}-cursor`} />
            {series
              .filter((s) => s.readout)
              .map((s) => {
                const v = interpolate(s.x, s.y, cursor);
                if (!Number.isFinite(v) || v < yDomain[0] || v > yDomain[1]) return null;
                const sWidth = s.width ?? sw;
                return (
                  <circle key={s.key} cx={x(cursor)} cy={y(v)} r={Math.max(4, (thick ? 1.5 : 1.8) * sWidth)} fill={s.color} stroke="#fff" strokeWidth={1.5} />
                );
              })}
          </g>
        )}
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

/** Margins for type of size `font`: room for the widest y tick label and the axis titles. */
function fitMargin(font: number, yDomain: [number, number]) {
  const ticks = scaleLinear().domain(yDomain).ticks(6).map(tickText);
  const widest = Math.max(3, ...ticks.map((t) => [...t].length));
  return { top: Math.round(0.8 * font), right: Math.round(1.4 * font), bottom: Math.round(3.3 * font), left: Math.round((0.56 * widest + 2.3) * font) };
}

const drawable = (s: Series, i: number, logX?: boolean) => Number.isFinite(s.x[i]) && Number.isFinite(s.y[i]) && (!logX || s.x[i] > 0);

/** A series' path from its pixels (NaN where it is not drawn). */
function pathOf({ px, py }: { px: number[]; py: number[] }): string {
  const idx = Array.from({ length: px.length }, (_, i) => i);
  return (
    line<number>()
      .defined((i) => !Number.isNaN(px[i]))
      .x((i) => px[i])
      .y((i) => py[i])(idx) ?? ''
  );
}

function pixels(s: Series, x: Scale, y: Scale, logX?: boolean): { px: number[]; py: number[] } {
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < s.x.length; i++) {
    const ok = drawable(s, i, logX);
    px.push(ok ? x(s.x[i]) : NaN);
    py.push(ok ? y(s.y[i]) : NaN);
  }
  return { px, py };
}
