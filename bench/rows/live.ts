/** What a dragged slider or a phase diagram costs in the worker (Node, one core); the browser's side is `npm run bench:live`. */
import { phaseColumn } from '../../src/models/bsr/panelsApi';
import { phaseYs } from '../../src/models/bsr/view/BsrPhaseMap';
import { boCurve } from '../../src/models/bsr/theory/curve';
import { time, type BenchRow, type Timing } from './types';

const alphas = Array.from({ length: 200 }, (_, i) => (1.2 * (i + 1)) / 200);
const cells = Array.from({ length: 64 }, (_, i) => (1.2 * (i + 0.5)) / 64);

/** A whole 64×64 BSR map, row after row in one process, as one worker of the pool computes it. */
function wholeMap(plane: 'alpha-rho' | 'alpha-beta', fixed: number): Timing {
  const rows: number[] = [];
  const t0 = performance.now();
  for (const y of phaseYs(plane)) {
    const t = performance.now();
    phaseColumn({ plane, fixed, y, delta: 0, alphas: cells });
    rows.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  rows.sort((a, b) => a - b);
  return { median_ms: total, p95_ms: total, extra: { row_median_ms: +rows[32].toFixed(2), row_p95_ms: +rows[60].toFixed(2) } };
}

export const liveRows: BenchRow[] = [
  {
    name: 'bsr.live.curve.beta',
    what: '200-point E_BO curve from the draft table after a change of β across [0.65, 5] (what a β drag computes)',
    run: () => time((k) => boCurve({ beta: 0.65 + 0.15 * k + 1e-6, rho: 0.5, delta: 0 }, alphas, true), 30),
  },
  {
    name: 'bsr.live.curve.rho',
    what: '200-point E_BO curve from the draft table after a change of ρ (what a ρ drag computes)',
    run: () => time((k) => boCurve({ beta: 2, rho: 0.21 + 0.01 * k + 1e-7, delta: 0.1 }, alphas, true), 30),
  },
  {
    name: 'bsr.live.phase.alpha-rho',
    what: 'whole 64×64 BSR map over (α, ρ) at β = 1, rows in sequence on one core (extra: per row)',
    run: () => wholeMap('alpha-rho', 1),
  },
  {
    name: 'bsr.live.phase.alpha-beta',
    what: 'whole 64×64 BSR map over (α, β) at ρ = 0.5, rows in sequence on one core (extra: per row)',
    run: () => wholeMap('alpha-beta', 0.5),
  },
];
