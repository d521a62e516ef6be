import { contours } from 'd3-contour';
import { scaleLinear, scaleLog, scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import { line } from 'd3-shape';
import { type KeyboardEvent, memo, type PointerEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Pool, poolSize } from '../bridge/bridge';
import type { PanelStatus } from '../bridge/hooks';
import { Axes } from './Axes';
import { interiorLines, labelPoint } from './contourLines';
import { usePlotFit, useSvgHeight } from './projector';
import type { PanelData } from './export';

export const PHASE_N = 64;
/** Parameters must be still this long before a new map is started. */
const SETTLE_MS = 250;
/**
 * Arrived rows are drawn together at most this often. Each redraw of the 4096-cell SVG costs the main thread
 * style, layout and paint, and on two cores that time is taken from the worker computing the next rows.
 */
const DRAW_EVERY_MS = 100;
const MARGIN = { top: 12, right: 70, bottom: 46, left: 56 };

/** One row of the map (one value of the vertical parameter), as the model's worker computes it. */
export interface MapRow {
  /** The mapped error along x, in [0, 1]; NaN where the computation failed (drawn red). */
  values: number[];
  /** Where each threshold line crosses this row, in x (NaN: it does not). */
  thresholds: number[];
  /** A second error along x (e.g. the ridge baseline's), for the region contour and the readout. */
  second?: number[];
}

/** A line traced through the rows' threshold crossings. */
export interface ThresholdStyle {
  color: string;
  dash?: string;
  testId?: string;
}

interface Props {
  /** Changes whenever the rows would: a new map is computed then. */
  mapKey: string;
  /** Cell centres along x. */
  xs: number[];
  xMax: number;
  xLabel: string;
  xName: string;
  /** Rows, bottom to top, on a linear or a log scale. */
  ys: number[];
  yLog?: boolean;
  yLabel: string;
  yName: string;
  /** What the colour shows (e.g. E_BO or MMSE). */
  valueName: string;
  /** Computes row j on the given worker lane. */
  row: (lane: string, j: number) => Promise<MapRow>;
  thresholds: ThresholdStyle[];
  /** Where `second − value` falls below `level` (value NaN counted as 1) is outlined, e.g. where ridge is nearly optimal. */
  region?: ThresholdStyle & { level: number; dash: string };
  /** Name of `second` in the hover readout. */
  secondName?: string;
  /** The current point. */
  x: number;
  y: number;
  /** Legend entries before the contour levels. */
  legend: ReactNode;
  /** The exported table of a complete map. */
  exportData: (rows: MapRow[]) => PanelData;
  width: number;
  onPick: (x: number, y: number) => void;
  onStatus: (s: PanelStatus, detail: string) => void;
  onData: (d: PanelData) => void;
}

/** Cell centres of n columns across [0, max]. */
export function cellCentres(max: number, n = PHASE_N): number[] {
  return Array.from({ length: n }, (_, i) => (max * (i + 0.5)) / n);
}

/** Rows in coarse-to-fine order: every 8th first, then every 4th, 2nd, and the rest. */
function progressiveOrder(n: number): number[] {
  const seen = new Set<number>();
  const order: number[] = [];
  for (const step of [8, 4, 2, 1]) {
    for (let j = 0; j < n; j += step) {
      if (seen.has(j)) continue;
      seen.add(j);
      order.push(j);
    }
  }
  return order;
}

let pool: Pool | null = null;
// A row takes 5–30 ms: two in flight per worker keep it busy while the page draws.
const phasePool = () => (pool ??= new Pool('phase', poolSize(), 2));

const color = scaleSequential(interpolateCividis).domain([1, 0]);

/** An error map over two parameters, computed row by row in a worker pool, coarse rows first. */
export function PhaseMap(props: Props) {
  const { xs, ys, xMax, width, onPick } = props;
  const nx = xs.length;
  const ny = ys.length;
  const [rows, setRows] = useState<Array<MapRow | null>>(() => Array(ny).fill(null));
  const [focus, setFocus] = useState<[number, number] | null>(null);
  // The latest callbacks, read when the map runs: callers pass fresh closures on every render.
  const latest = useRef(props);
  latest.current = props;
  /** Drops a pending redraw of a map that is being replaced. */
  const cancelDraw = useRef(() => {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: mapKey names everything run() reads; a new map starts only when it changes
  useEffect(() => {
    const pool = phasePool();
    pool.cancel();
    latest.current.onStatus('stale', 'waiting for the sliders to settle');
    // A whole map costs seconds of CPU: start it only once the parameters have been still for a
    // moment, so dragging a slider is not slowed down by maps that would be thrown away.
    let started = false;
    const timer = setTimeout(() => {
      started = true;
      run(pool);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancelDraw.current();
      if (started) pool.cancel();
    };
  }, [props.mapKey]);

  function run(pool: Pool) {
    const n = latest.current.ys.length;
    const fresh: Array<MapRow | null> = Array(n).fill(null);
    setRows(fresh);
    const order = progressiveOrder(n);
    let done = 0;
    const t0 = performance.now();
    const status = (s: PanelStatus, d: string) => latest.current.onStatus(s, d);
    status('computing', `0 / ${n} rows`);
    let drawn = -Infinity;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      pending = undefined;
      drawn = performance.now();
      setRows([...fresh]);
      if (done < n) status('computing', `${done} / ${n} rows`);
    };
    cancelDraw.current = () => clearTimeout(pending);
    void pool
      .map(
        order,
        (lane, j) => latest.current.row(lane, j),
        (k, r) => {
          fresh[order[k]] = r;
          done++;
          if (done === n) {
            clearTimeout(pending);
            draw();
            status(
              'ready',
              `${latest.current.xs.length}×${n} in ${(performance.now() - t0).toFixed(0)} ms on ${pool.size} worker${pool.size === 1 ? '' : 's'}`,
            );
          } else if (pending === undefined) pending = setTimeout(draw, Math.max(0, drawn + DRAW_EVERY_MS - performance.now()));
        },
      )
      .catch((e) => {
        clearTimeout(pending);
        status('failed', e instanceof Error ? e.message : String(e));
      });
  }

  // Projector mode: the map fills its box but for the readout and legend under it, with room for large type.
  const fit = usePlotFit();
  const svgRef = useRef<SVGSVGElement>(null);
  const laidOut = useSvgHeight(svgRef, fit);
  const height = fit ? (laidOut ?? Math.max(160, fit.height - Math.round(5.6 * fit.font))) : Math.round(Math.min(width * 0.62, 440));
  const M = fit
    ? { top: Math.round(0.7 * fit.font), right: Math.round(36 + 3.4 * fit.font), bottom: Math.round(3.3 * fit.font), left: Math.round(4.6 * fit.font) }
    : MARGIN;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = scaleLinear().domain([0, xMax]).range([0, w]);
  const y = (props.yLog ? scaleLog() : scaleLinear()).domain([ys[0], ys[ny - 1]]).range([h, 0]);
  // Each row is drawn from the nearest computed row until its own arrives (coarse-to-fine display).
  const shown = useMemo(() => rows.map((r, j) => r ?? nearest(rows, j)), [rows]);
  const cw = w / nx;
  const ch = h / ny;
  const complete = rows.length === ny && rows.every(Boolean);
  const thresholdPath = (t: number) =>
    line<number>()
      .defined((j) => rows[j] !== null && Number.isFinite(rows[j]!.thresholds[t]) && rows[j]!.thresholds[t] <= xMax)
      .x((j) => x(rows[j]!.thresholds[t]))
      .y((j) => y(ys[j]))(ys.map((_, j) => j)) ?? '';
  const region = props.region;
  const regionLevel = region?.level;
  const iso = useMemo(() => {
    if (!complete) return null;
    const v = (r: MapRow, i: number) => (Number.isFinite(r.values[i]) ? r.values[i] : 1);
    const values = rows.flatMap((r) => r!.values.map((_, i) => v(r!, i)));
    // Where second − value ≤ level: d3 outlines values ≥ a threshold, so the difference is negated.
    const gap = rows.flatMap((r) => r!.values.map((_, i) => -((r!.second?.[i] ?? Number.NaN) - v(r!, i))));
    const region = regionLevel !== undefined ? contours().size([nx, ny]).thresholds([-regionLevel])(gap) : [];
    return {
      levels: contours()
        .size([nx, ny])
        .thresholds([0.1, 0.25, 0.5, 0.75])(values)
        .map((c) => {
          const lines = interiorLines(c.coordinates, nx, ny);
          return { value: c.value, lines, at: labelPoint(lines) };
        }),
      region: region.map((c) => ({ polygons: c.coordinates, lines: interiorLines(c.coordinates, nx, ny) })),
    };
  }, [complete, rows, nx, ny, regionLevel]);
  useEffect(() => {
    if (complete) latest.current.onData(latest.current.exportData(rows as MapRow[]));
  }, [complete, rows]);
  // Contour coordinates are in grid units: cell edges at integers, so (gx, gy) is at (gx·cw, h − gy·ch).
  const px = ([gx, gy]: number[]) => `${gx * cw},${h - gy * ch}`;
  const gridPath = (coords: number[][][][]) => coords.map((poly) => poly.map((ring) => `M${ring.map(px).join('L')}Z`).join('')).join('');
  const linePath = (lines: number[][][]) => lines.map((l) => `M${l.map(px).join('L')}`).join('');
  const cellAt = (px: number, py: number): [number, number] => [
    Math.min(nx - 1, Math.max(0, Math.floor(px / cw))),
    Math.min(ny - 1, Math.max(0, Math.floor((h - py) / ch))),
  ];
  const toCell = (e: PointerEvent<SVGRectElement>) => {
    const r = svgRef.current!.getBoundingClientRect();
    return cellAt(((e.clientX - r.left) * width) / r.width - M.left, ((e.clientY - r.top) * height) / r.height - M.top);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const [i, j] = focus ?? [Math.floor(nx / 2), Math.floor(ny / 2)];
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (moves[e.key]) {
      e.preventDefault();
      const [di, dj] = moves[e.key];
      setFocus([Math.min(nx - 1, Math.max(0, i + di)), Math.min(ny - 1, Math.max(0, j + dj))]);
    } else if (e.key === 'Enter' && focus) onPick(xs[focus[0]], ys[focus[1]]);
  };
  const fr = focus && shown[focus[1]];
  const f = focus && fr ? { a: xs[focus[0]], yv: ys[focus[1]], v: fr.values[focus[0]], second: fr.second?.[focus[0]] } : null;
  const { xName, yName, valueName: eName } = props;
  return (
    <div className="phase-map">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        className="plot"
        data-testid="phase-plot"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes focus for its arrow-key cursor (Enter moves the sliders there)
        tabIndex={0}
        role="img"
        aria-label={`Phase diagram of the Bayes-optimal error over ${xName} and ${yName}; arrow keys move a cursor, Enter moves the sliders there`}
        onKeyDown={onKey}
      >
        <defs>
          <pattern id="phase-region-hatch" width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={7} stroke={region?.color ?? '#fff'} strokeWidth={1.6} strokeOpacity={0.8} />
          </pattern>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <Cells shown={shown} cw={cw} ch={ch} h={h} />
          {iso?.levels.map((c) => (
            <path key={c.value} d={linePath(c.lines)} fill="none" stroke="#fff" strokeOpacity={0.75} strokeWidth={0.9} />
          ))}
          {region &&
            iso?.region.map((c, k) => (
              <g key={k} data-testid={region.testId}>
                <path d={gridPath(c.polygons)} fill="url(#phase-region-hatch)" stroke="none" />
                <path d={linePath(c.lines)} fill="none" stroke={region.color} strokeWidth={2} strokeDasharray={region.dash} />
              </g>
            ))}
          {iso?.levels.map(
            (c) =>
              c.at && (
                <text
                  key={`label-${c.value}`}
                  x={c.at[0] * cw}
                  y={h - c.at[1] * ch}
                  dy="0.32em"
                  textAnchor="middle"
                  className="tick isoline-label"
                  fill="#fff"
                  stroke="#1d1f24"
                  strokeWidth={3}
                  paintOrder="stroke"
                  data-testid="phase-isoline-label"
                >
                  {c.value}
                </text>
              ),
          )}
          {props.thresholds.map((t, k) => (
            <path key={k} d={thresholdPath(k)} fill="none" stroke={t.color} strokeWidth={2.2} strokeDasharray={t.dash} data-testid={t.testId} />
          ))}
          {props.x <= xMax && props.y >= ys[0] && props.y <= ys[ny - 1] && (
            <circle cx={x(props.x)} cy={y(props.y)} r={6} fill="none" stroke="#fff" strokeWidth={2.5} data-testid="phase-current">
              <title>current point</title>
            </circle>
          )}
          {focus && <rect x={focus[0] * cw} y={h - (focus[1] + 1) * ch} width={cw} height={ch} fill="none" stroke="#e00" strokeWidth={2} />}
          <Axes x={x} y={y} width={w} height={h} xLabel={props.xLabel} yLabel={props.yLabel} margin={M} grid={false} font={fit?.font} />
          <rect
            width={w}
            height={h}
            fill="transparent"
            style={{ cursor: 'crosshair' }}
            onPointerMove={(e) => setFocus(toCell(e))}
            onPointerDown={(e) => {
              const [i, j] = toCell(e);
              onPick(xs[i], ys[j]);
            }}
          />
        </g>
        <g transform={`translate(${width - M.right + 14},${M.top})`}>
          {Array.from({ length: 50 }, (_, k) => (
            <rect key={k} y={(k / 50) * h} width={14} height={h / 50 + 0.5} fill={color(1 - k / 49)} />
          ))}
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <text key={v} x={18} y={(1 - v) * h} dy="0.32em" className="tick">
              {v}
            </text>
          ))}
          {/* Turned a quarter clockwise, the title's ascent points right: 43 keeps it inside the margin's 56 px. */}
          <text transform={`translate(${fit ? 16 + 2.4 * fit.font : 43},${h / 2}) rotate(90)`} textAnchor="middle" className="axis-label">
            {eName}
          </text>
        </g>
      </svg>
      <p className="hover-readout" data-testid="phase-readout">
        {f
          ? `${xName} = ${f.a.toFixed(3)}, ${yName} = ${f.yv.toPrecision(3)}: ${eName} = ${Number.isFinite(f.v) ? f.v.toFixed(4) : 'failed'}${props.secondName && f.second !== undefined ? `, ${props.secondName} = ${f.second.toFixed(4)}` : ''} — click (or Enter) to move the sliders here`
          : 'Hover or focus the map (arrow keys) to read values; click to move the sliders there.'}
      </p>
      <ul className="legend-html">
        {props.legend}
        <li>
          <span className="swatch solid" style={{ borderColor: '#bbb' }} /> {eName} = 0.1, 0.25, 0.5, 0.75 (white lines, labelled)
        </li>
      </ul>
    </div>
  );
}

/** The cells, memoised: moving a slider or the hover cursor must not redraw 4096 rectangles. */
const Cells = memo(function Cells({ shown, cw, ch, h }: { shown: Array<MapRow | null>; cw: number; ch: number; h: number }) {
  return <g>{shown.map((r, j) => (r ? <CellRow key={j} r={r} j={j} cw={cw} ch={ch} h={h} /> : null))}</g>;
});

/**
 * One row of cells, memoised on the row it shows: as rows arrive (coarse to fine) only the rows whose shown
 * values changed are redrawn, not all 4096 rectangles at each arrival.
 */
const CellRow = memo(function CellRow({ r, j, cw, ch, h }: { r: MapRow; j: number; cw: number; ch: number; h: number }) {
  return (
    <>
      {r.values.map((v, i) => (
        <rect key={i} x={i * cw} y={h - (j + 1) * ch} width={cw + 0.5} height={ch + 0.5} fill={Number.isFinite(v) ? color(v) : '#d33'} />
      ))}
    </>
  );
});

function nearest(rows: Array<MapRow | null>, j: number): MapRow | null {
  for (let d = 1; d < rows.length; d++) {
    if (rows[j - d]) return rows[j - d];
    if (rows[j + d]) return rows[j + d];
  }
  return null;
}
