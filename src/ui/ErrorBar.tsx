import { COLORS } from './palette';
import type { ErrorBarPoint } from './plotInput';

type Scale = (v: number) => number;

/**
 * A simulated point: its single runs as faint dots (in a strip beside the bar, a few pixels apart so that
 * equal errors stay countable), a bar over the range of its seeds (lowest to highest, or mean ± std where no range is given)
 * and a square at the mean, all clamped to the plotted range. Errors are non-negative, so a range never
 * crosses zero as mean ± std can.
 */
export function ErrorBar({
  p,
  x,
  y,
  yDomain,
  thick,
  testId,
}: {
  p: ErrorBarPoint;
  x: number;
  y: Scale;
  yDomain: [number, number];
  thick?: boolean;
  testId: string;
}) {
  const color = p.color ?? COLORS.sim;
  const clamp = (v: number) => y(Math.min(yDomain[1], Math.max(yDomain[0], v)));
  const hi = clamp(p.hi ?? p.mean + p.std);
  const lo = clamp(p.lo ?? p.mean - p.std);
  const s = thick ? 6 : 4;
  const runs = (p.runs ?? []).filter(Number.isFinite);
  // The dots stand in a narrow strip just right of the bar, so the caps and the square do not hide them.
  const r = thick ? 4 : 3;
  const gap = runs.length > 1 ? Math.min(3, 10 / (runs.length - 1)) : 0;
  return (
    <g data-testid={testId}>
      <title>{p.label}</title>
      {runs.map((v, i) => (
        <circle key={i} cx={x + s + r + 2 + i * gap} cy={clamp(v)} r={r} fill={color} fillOpacity={0.4} data-testid={`${testId}-run`} data-value={v}>
          <title>single run: {v.toFixed(4)}</title>
        </circle>
      ))}
      <line x1={x} x2={x} y1={hi} y2={lo} stroke={color} strokeWidth={thick ? 2.5 : 1.5} />
      <line x1={x - 4} x2={x + 4} y1={hi} y2={hi} stroke={color} strokeWidth={1.5} />
      <line x1={x - 4} x2={x + 4} y1={lo} y2={lo} stroke={color} strokeWidth={1.5} />
      <rect
        x={x - s}
        y={clamp(p.mean) - s}
        width={2 * s}
        height={2 * s}
        fill="#fff"
        fillOpacity={0.6}
        stroke={color}
        strokeWidth={thick ? 2.5 : 1.8}
        data-mean={p.mean}
      />
    </g>
  );
}
