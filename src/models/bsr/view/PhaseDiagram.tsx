import { contours } from 'd3-contour';
import { scaleLinear, scaleLog, scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import { line } from 'd3-shape';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PhaseColumn } from '../panelsApi';
import type { Plane } from '../fields';
import { Axes } from '../../../ui/Axes';
import type { PanelData } from '../../../ui/export';
import { COLORS } from '../../../ui/palette';
import type { PanelStatus } from '../../../bridge/hooks';
import { Pool } from '../../../bridge/bridge';
import { aimClient } from '../../aim/view/client';
import { bsrClient } from './client';

export const PHASE_N = 64;
/** Parameters must be still this long before a new map is started. */
const SETTLE_MS = 250;
const M = { top: 12, right: 70, bottom: 46, left: 56 };

/** Which model's map: BSR over (α, ρ) or (α, β), or the attention-indexed model over (ᾱ or α, ρ). */
export type PhaseModel = { kind: 'bsr' } | { kind: 'aim'; channel: 'softmax' | 'hardmax'; T: number };

interface Props {
  model?: PhaseModel;
  plane: Plane;
  beta: number;
  rho: number;
  delta: number;
  alpha: number;
  alphaMax: number;
  width: number;
  onPick: (alpha: number, y: number) => void;
  onStatus: (s: PanelStatus, detail: string) => void;
  onData: (d: PanelData) => void;
}

/** Vertical coordinate values: ρ on a linear scale, β on a log scale (symmetric about 1). */
export function phaseYs(plane: Plane, aim = false): number[] {
  // The attention model's error keeps changing up to ρ = 1 (its count of degrees of freedom saturates there).
  if (aim) return Array.from({ length: PHASE_N }, (_, j) => 0.02 + ((1.5 - 0.02) * j) / (PHASE_N - 1));
  return plane === 'alpha-rho'
    ? Array.from({ length: PHASE_N }, (_, j) => 0.02 + ((1.2 - 0.02) * j) / (PHASE_N - 1))
    : Array.from({ length: PHASE_N }, (_, j) => 0.1 * Math.pow(100, j / (PHASE_N - 1)));
}

export function phaseAlphas(alphaMax: number): number[] {
  return Array.from({ length: PHASE_N }, (_, i) => (alphaMax * (i + 0.5)) / PHASE_N);
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

const BSR: PhaseModel = { kind: 'bsr' };

let pool: Pool | null = null;
const phasePool = () => (pool ??= new Pool('phase'));

const color = scaleSequential(interpolateCividis).domain([1, 0]);

/** E_BO over (α, ρ) at fixed β or over (α, β) at fixed ρ, computed column by column in a worker pool. */
export function PhaseDiagram({ model = BSR, plane: planeIn, beta, rho, delta, alpha, alphaMax, width, onPick, onStatus, onData }: Props) {
  const [rows, setRows] = useState<Array<PhaseColumn | null>>(() => Array(PHASE_N).fill(null));
  const [focus, setFocus] = useState<[number, number] | null>(null);
  const aim = model.kind === 'aim' ? model : null;
  const plane: Plane = aim ? 'alpha-rho' : planeIn;
  const modelKey = aim ? `${aim.channel}|${aim.T}` : 'bsr';
  const ys = useMemo(() => phaseYs(plane, model.kind === 'aim'), [plane, model.kind]);
  const alphas = useMemo(() => phaseAlphas(alphaMax), [alphaMax]);
  const fixed = plane === 'alpha-rho' ? beta : rho;
  const statusRef = useRef(onStatus);
  statusRef.current = onStatus;
  // biome-ignore lint/correctness/useExhaustiveDependencies: run() below reads the listed values; a new map starts only when one of them changes
  useEffect(() => {
    const pool = phasePool();
    pool.cancel();
    statusRef.current('stale', 'waiting for the sliders to settle');
    // A whole map costs seconds of CPU: start it only once the parameters have been still for a
    // moment, so dragging a slider is not slowed down by maps that would be thrown away.
    let started = false;
    const timer = setTimeout(() => {
      started = true;
      run(pool);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      if (started) pool.cancel();
    };
  }, [plane, fixed, delta, alphas, ys, modelKey]);

  function run(pool: Pool) {
    const fresh: Array<PhaseColumn | null> = Array(PHASE_N).fill(null);
    setRows(fresh);
    const order = progressiveOrder(PHASE_N);
    let done = 0;
    const t0 = performance.now();
    statusRef.current('computing', `0 / ${PHASE_N} rows`);
    void pool
      .map(
        order,
        (lane, j): Promise<PhaseColumn> =>
          aim
            ? aimClient.call('phaseColumn', { channel: aim.channel, T: aim.T, rho: ys[j], xs: alphas }, { lane }).then((c) => ({ bo: c.mmse, ridge: [], alphaPR: c.xPR, alphaMNNE: NaN, failed: c.failed }))
            : bsrClient.call('phaseColumn', { plane, fixed, y: ys[j], delta, alphas }, { lane }),
        (k, col) => {
          fresh[order[k]] = col;
          done++;
          setRows([...fresh]);
          if (done < PHASE_N) statusRef.current('computing', `${done} / ${PHASE_N} rows`);
          else statusRef.current('ready', `${PHASE_N}×${PHASE_N} in ${(performance.now() - t0).toFixed(0)} ms on ${pool.size} worker${pool.size === 1 ? "" : "s"}`);
        },
      )
      .catch((e) => statusRef.current('failed', e instanceof Error ? e.message : String(e)));
  }

  const height = Math.round(Math.min(width * 0.62, 440));
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = scaleLinear().domain([0, alphaMax]).range([0, w]);
  const y = plane === 'alpha-rho' ? scaleLinear().domain([ys[0], ys[PHASE_N - 1]]).range([h, 0]) : scaleLog().domain([ys[0], ys[PHASE_N - 1]]).range([h, 0]);
  // Each row is drawn from the nearest computed row until its own arrives (coarse-to-fine display).
  const shown = useMemo(() => rows.map((r, j) => r ?? nearest(rows, j)), [rows]);
  const cw = w / PHASE_N;
  const ch = h / PHASE_N;
  const complete = rows.every(Boolean);
  const thresholdPath = (key: 'alphaPR' | 'alphaMNNE') =>
    line<number>()
      .defined((j) => rows[j] !== null && Number.isFinite(rows[j]![key]) && rows[j]![key] <= alphaMax)
      .x((j) => x(rows[j]![key]))
      .y((j) => y(ys[j]))(ys.map((_, j) => j)) ?? '';
  const iso = useMemo(() => {
    if (!complete) return null;
    const bo = new Float64Array(PHASE_N * PHASE_N);
    const gap = new Float64Array(PHASE_N * PHASE_N);
    rows.forEach((r, j) =>
      r!.bo.forEach((v, i) => {
        bo[j * PHASE_N + i] = Number.isFinite(v) ? v : 1;
        gap[j * PHASE_N + i] = r!.ridge[i] - (Number.isFinite(v) ? v : 1);
      }),
    );
    return {
      levels: contours().size([PHASE_N, PHASE_N]).thresholds([0.1, 0.25, 0.5, 0.75])(Array.from(bo)),
      ridge: aim ? [] : contours().size([PHASE_N, PHASE_N]).thresholds([0.01])(Array.from(gap)),
    };
  }, [complete, rows, aim]);
  useEffect(() => {
    if (!complete) return;
    if (aim) {
      const xName = aim.channel === 'softmax' ? 'alphaBar' : 'alpha';
      onData({
        name: `phase-aim-${aim.channel}`,
        params: { model: 'aim', channel: aim.channel, T: aim.T, x: xName },
        columns: { [xName]: rows.flatMap(() => alphas), rho: rows.flatMap((_, j) => alphas.map(() => ys[j])), mmse: rows.flatMap((r) => r!.bo) },
      });
      return;
    }
    onData({
      name: `phase-${plane}`,
      params: { plane, [plane === 'alpha-rho' ? 'beta' : 'rho']: fixed, delta },
      columns: {
        alpha: rows.flatMap(() => alphas),
        [plane === 'alpha-rho' ? 'rho' : 'beta']: rows.flatMap((_, j) => alphas.map(() => ys[j])),
        bo: rows.flatMap((r) => r!.bo),
        ridge: rows.flatMap((r) => r!.ridge),
      },
    });
  }, [complete, rows, alphas, ys, plane, fixed, delta, onData, aim]);
  // Contour coordinates are in grid units (cell corners at integers, centres at +0.5).
  const gridPath = (coords: number[][][][]) =>
    coords.map((poly) => poly.map((ring) => 'M' + ring.map(([gx, gy]) => `${((gx - 0.5) / PHASE_N) * w + cw / 2},${h - ((gy - 0.5) / PHASE_N) * h - ch / 2}`).join('L') + 'Z').join('')).join('');
  const cellAt = (px: number, py: number): [number, number] => [
    Math.min(PHASE_N - 1, Math.max(0, Math.floor(px / cw))),
    Math.min(PHASE_N - 1, Math.max(0, Math.floor((h - py) / ch))),
  ];
  const svgRef = useRef<SVGSVGElement>(null);
  const toCell = (e: PointerEvent<SVGRectElement>) => {
    const r = svgRef.current!.getBoundingClientRect();
    return cellAt(((e.clientX - r.left) * width) / r.width - M.left, ((e.clientY - r.top) * height) / r.height - M.top);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const [i, j] = focus ?? [Math.floor(PHASE_N / 2), Math.floor(PHASE_N / 2)];
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (moves[e.key]) {
      e.preventDefault();
      const [di, dj] = moves[e.key];
      setFocus([Math.min(PHASE_N - 1, Math.max(0, i + di)), Math.min(PHASE_N - 1, Math.max(0, j + dj))]);
    } else if (e.key === 'Enter' && focus) onPick(alphas[focus[0]], ys[focus[1]]);
  };
  const f = focus && shown[focus[1]] ? { a: alphas[focus[0]], yv: ys[focus[1]], bo: shown[focus[1]]!.bo[focus[0]], ridge: shown[focus[1]]!.ridge[focus[0]] } : null;
  const yName = plane === 'alpha-rho' ? 'ρ' : 'β';
  const xName = aim?.channel === 'softmax' ? 'ᾱ' : 'α';
  const eName = aim ? 'MMSE' : 'E_BO';
  const cur = plane === 'alpha-rho' ? rho : beta;
  return (
    <div>
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
        <g transform={`translate(${M.left},${M.top})`}>
          <Cells shown={shown} cw={cw} ch={ch} h={h} />
          {iso?.levels.map((c) => <path key={c.value} d={gridPath(c.coordinates)} fill="none" stroke="#fff" strokeOpacity={0.7} strokeWidth={0.8} />)}
          {iso?.ridge.map((c) => (
            <path key="ridge" d={gridPath(c.coordinates)} fill="none" stroke={COLORS.ridge} strokeWidth={2} strokeDasharray="5 3" data-testid="phase-ridge-region" />
          ))}
          <path d={thresholdPath('alphaPR')} fill="none" stroke={COLORS.pr} strokeWidth={2.2} data-testid="phase-pr" />
          <path d={thresholdPath('alphaMNNE')} fill="none" stroke={COLORS.mnne} strokeWidth={2.2} strokeDasharray="6 3" />
          {alpha <= alphaMax && cur >= ys[0] && cur <= ys[PHASE_N - 1] && (
            <circle cx={x(alpha)} cy={y(cur)} r={6} fill="none" stroke="#fff" strokeWidth={2.5} data-testid="phase-current">
              <title>current point</title>
            </circle>
          )}
          {focus && <rect x={focus[0] * cw} y={h - (focus[1] + 1) * ch} width={cw} height={ch} fill="none" stroke="#e00" strokeWidth={2} />}
          <Axes x={x} y={y} width={w} height={h} xLabel={aim ? (aim.channel === 'softmax' ? 'ᾱ = (T² + T − 2) n / D²' : 'α = n / D²') : 'α = n / (dL)'} yLabel={aim ? 'ρ = r / D' : plane === 'alpha-rho' ? 'ρ = r / d' : 'β = L / d (log scale)'} margin={M} grid={false} />
          <rect
            width={w}
            height={h}
            fill="transparent"
            style={{ cursor: 'crosshair' }}
            onPointerMove={(e) => setFocus(toCell(e))}
            onPointerDown={(e) => {
              const [i, j] = toCell(e);
              onPick(alphas[i], ys[j]);
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
          <text transform={`translate(${48},${h / 2}) rotate(90)`} textAnchor="middle" className="axis-label">
            {eName}
          </text>
        </g>
      </svg>
      <p className="hover-readout" data-testid="phase-readout">
        {f
          ? `${xName} = ${f.a.toFixed(3)}, ${yName} = ${f.yv.toPrecision(3)}: ${eName} = ${Number.isFinite(f.bo) ? f.bo.toFixed(4) : 'failed'}${aim ? '' : `, ridge = ${f.ridge.toFixed(4)}`} — click (or Enter) to move the sliders here`
          : 'Hover or focus the map (arrow keys) to read values; click to move the sliders there.'}
      </p>
      <ul className="legend-html">
        {aim ? (
          <li>
            {aim.channel === 'softmax' ? (
              <>
                <span className="swatch solid" style={{ borderColor: COLORS.pr }} /> ᾱ_PR = 2ρ − ρ² (ρ ≤ 1), 1 (ρ ≥ 1): the same map for every T
              </>
            ) : (
              'hardmax has no recovery threshold at fixed ρ > 0'
            )}
          </li>
        ) : (
          <>
            <li>
              <span className="swatch solid" style={{ borderColor: COLORS.pr }} /> α_PR
            </li>
            <li>
              <span className="swatch dashed" style={{ borderColor: COLORS.mnne }} /> α_MNNE
            </li>
            <li>
              <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> ridge within 0.01 of Bayes-optimal (left of the line)
            </li>
          </>
        )}
        <li>
          <span className="swatch solid" style={{ borderColor: '#bbb' }} /> {eName} = 0.1, 0.25, 0.5, 0.75
        </li>
      </ul>
    </div>
  );
}

/**
 * The 64×64 cells, memoised: moving a slider or the hover cursor must not redraw 4096 rectangles.
 */
const Cells = memo(function Cells({ shown, cw, ch, h }: { shown: Array<PhaseColumn | null>; cw: number; ch: number; h: number }) {
  return (
    <g>
      {shown.map((r, j) =>
        r ? r.bo.map((v, i) => <rect key={`${i}-${j}`} x={i * cw} y={h - (j + 1) * ch} width={cw + 0.5} height={ch + 0.5} fill={Number.isFinite(v) ? color(v) : '#d33'} />) : null,
      )}
    </g>
  );
});

function nearest(rows: Array<PhaseColumn | null>, j: number): PhaseColumn | null {
  for (let d = 1; d < rows.length; d++) {
    if (rows[j - d]) return rows[j - d];
    if (rows[j + d]) return rows[j + d];
  }
  return null;
}
