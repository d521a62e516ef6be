/** Theory benchmarks (Node, one core): curves, tables, fixed points and phase-diagram cells of the three models. */
import { hardmaxCurve } from '../../src/models/aim/theory/hardmax';
import { hardmaxScaledMoment } from '../../src/models/aim/theory/hardmaxMoment';
import { chebyshevPoints, HARDMAX_TABLE_POINTS } from '../../src/models/aim/theory/hardmaxTable';
import { aimPhaseColumn } from '../../src/models/aim/theory/phase';
import { softmaxCurve } from '../../src/models/aim/theory/softmax';
import { testErrorT2 } from '../../src/models/aim/theory/testError';
import { runGd as runAimGd } from '../../src/models/aim/sim/gd';
import { createInstance as createAimInstance } from '../../src/models/aim/sim/instance';
import { boCurve, mmseTableFor } from '../../src/models/bsr/theory/curve';
import { solveFixedPoint } from '../../src/models/bsr/theory/fixedPoint';
import { denoisingMmse } from '../../src/models/bsr/theory/mmse';
import { smiApi } from '../../src/models/smi/api';
import { channelMoments, DEFAULT_QUADRATURE as SMI_QUADRATURE } from '../../src/models/smi/theory/channel';
import { channelMoments3 } from '../../src/models/smi/theory/channel3';
import { PRECOMPUTED3_QUADRATURE } from '../../src/models/smi/theory/precomputed3';
import { lastLayerThreshold } from '../../src/models/smi/theory/stateEvolution3';
import { DEFAULT_REPLICATES, thresholds as smiThresholds } from '../../src/models/smi/theory/thresholds';
import { time, type BenchRow } from './types';

const alphas = Array.from({ length: 200 }, (_, i) => (1.2 * (i + 1)) / 200);
const once = (f: () => void): { median_ms: number; p95_ms: number } => {
  const t0 = performance.now();
  f();
  const ms = performance.now() - t0;
  return { median_ms: ms, p95_ms: ms };
};

export const theoryRows: BenchRow[] = [
  {
    name: 'bsr.theory.mmse',
    what: 'one mmse(ζ) evaluation (spectrum + quadrature)',
    run: () => time((i) => denoisingMmse(1 + (i % 7) * 0.5, 0.2 + (i % 5) * 0.15, Math.exp(-8 + (i % 40) * 0.4)), 400),
  },
  {
    // A slider drag visits β values across its range; just above β = 1 (tiny spectral gap) is the slowest case.
    name: 'bsr.theory.curve.beta',
    what: '200-point E_BO curve after a change of β across [0.65, 5] (table rebuilt)',
    run: () => time((k) => boCurve({ beta: 0.65 + 0.15 * k, rho: 0.5, delta: 0 }, alphas), 30),
  },
  {
    name: 'bsr.theory.curve.beta1',
    what: '200-point E_BO curve after a change of β in (1, 1.06] (worst case)',
    run: () => time((j) => boCurve({ beta: 1.003 + 0.003 * j, rho: 0.5, delta: 0 }, alphas), 20),
  },
  {
    name: 'bsr.theory.curve.rho',
    what: '200-point E_BO curve after a change of ρ (table rebuilt)',
    run: () => time((k) => boCurve({ beta: 2, rho: 0.21 + 0.01 * k, delta: 0.1 }, alphas), 30),
  },
  {
    name: 'bsr.theory.curve.delta',
    what: '200-point E_BO curve after a change of Δ (cached table)',
    run: () => {
      mmseTableFor(1, 0.5);
      return time((k) => boCurve({ beta: 1, rho: 0.5, delta: 0.001 * (k + 1) }, alphas), 200);
    },
  },
  {
    name: 'bsr.theory.curve.alpha',
    what: '200-point E_BO curve after a change of the α range (cached table)',
    run: () =>
      time(
        (k) =>
          boCurve(
            { beta: 1, rho: 0.5, delta: 0.1 },
            alphas.map((a) => a * (1 + 0.001 * (k + 1))),
          ),
        200,
      ),
  },
  {
    name: 'bsr.theory.fixedpoint',
    what: 'one exact fixed point (Brent on mmse, no table)',
    run: () => time((i) => solveFixedPoint({ beta: 2, rho: 0.3, delta: 0.05 }, 0.1 + 0.01 * (i % 50)), 50),
  },
  {
    // A phase-diagram cell at a new (α, ρ): one table per ρ column, then one fixed point per α row.
    name: 'bsr.theory.phase.column',
    what: 'phase-diagram column (new ρ: table build + 64 cells)',
    run: () =>
      time((i) => {
        const t = mmseTableFor(2, 0.05 + 0.9 * Math.random());
        for (let j = 0; j < 64; j++) t.mmse(1e-3 * (j + 1 + i));
      }, 10),
  },
  {
    name: 'bsr.theory.phase.cell',
    what: 'phase-diagram cell, cold (exact fixed point at a new ρ)',
    run: () => time((i) => solveFixedPoint({ beta: 2, rho: 0.3 + 0.001 * i, delta: 0.1 }, 0.4), 20),
  },
  {
    name: 'aim.adam.step.d60',
    what: 'AIM Adam step, softmax, T = 2, D = 60, ρ = 0.5, α = 0.15 (n = 540)',
    run: () => {
      const inst = createAimInstance({ channel: 'softmax', T: 2, D: 60, rho: 0.5, alpha: 0.15, seed: 1 });
      const r = once(() => runAimGd(inst, { steps: 100 }));
      return { median_ms: r.median_ms / 101, p95_ms: NaN };
    },
  },
  {
    name: 'aim.theory.softmax.curve',
    what: 'AIM softmax 200-point curve after a change of ρ (table rebuilt)',
    run: () =>
      time(
        (k) =>
          softmaxCurve(
            2,
            0.31 + 0.01 * k,
            alphas.map((a) => a / 6),
          ),
        20,
      ),
  },
  {
    // Each ρ is new, so the denoising table of ρ is rebuilt as after a slider step; the moment comes from the table.
    name: 'aim.theory.hardmax.curve',
    what: 'AIM hardmax 80-point curve after a change of ρ (denoising table rebuilt, moment from the table)',
    run: () => time((i) => hardmaxCurve(0.4 + 0.01 * i), 20),
  },
  {
    // What building the moment's table would cost at run time (it ships as data): 32 quadratures per output function.
    name: 'aim.theory.hardmax.table',
    what: 'AIM hardmax moment table built from the quadrature, cold (32 Chebyshev points, correct output function)',
    run: () => once(() => chebyshevPoints(HARDMAX_TABLE_POINTS).forEach((u) => hardmaxScaledMoment(1 / (u * u) - 1))),
  },
  {
    name: 'aim.theory.phase.softmax',
    what: 'AIM phase-diagram column, softmax (new ρ, 64 cells)',
    run: () =>
      time((i) => aimPhaseColumn({ channel: 'softmax', T: 2, rho: 0.1 + 0.02 * i, xs: Array.from({ length: 64 }, (_, j) => (1.2 * (j + 0.5)) / 64) }), 20),
  },
  {
    name: 'aim.theory.phase.hardmax',
    what: 'AIM phase-diagram column, hardmax (new ρ, 64 cells)',
    run: () =>
      time((i) => aimPhaseColumn({ channel: 'hardmax', T: 2, rho: 0.1 + 0.02 * i, xs: Array.from({ length: 64 }, (_, j) => (1.2 * (j + 0.5)) / 64) }), 20),
  },
  {
    name: 'aim.theory.testerror',
    what: 'AIM T = 2 test error along a 200-point curve',
    run: () => time((i) => alphas.forEach((a) => testErrorT2('softmax', 1.5 - a / 2, a / 2 + 1e-3 * i)), 5),
  },
  { name: 'smi.theory.channel.far', what: 'SMI channel moments F₁, F₂ at q = (0, 0.3)', run: () => time((i) => channelMoments(1, 0, 0.3 + 0.001 * i), 3) },
  {
    name: 'smi.theory.channel.near',
    what: 'SMI channel moments F₁, F₂ at q = (0.3, 0.985)',
    run: () => time((i) => channelMoments(1, 0.3, 0.985 + 0.0001 * i), 3),
  },
  {
    name: 'smi.theory.curve2',
    what: 'SMI 161-point curve at c = 1 (shipped branches + plug-in error)',
    run: () => time(() => smiApi.curve({ layers: 2, skip: 1, alphas: Array.from({ length: 161 }, (_, i) => (1.6 * i) / 160) }), 3),
  },
  {
    name: 'smi.gamp.iter.d150',
    what: 'SMI GAMP iteration, D = 150, α = 1.2',
    run: () => {
      let iters = 1;
      const r = once(() => {
        iters = smiApi.amp({ D: 150, alpha: 1.2, skip: 1, seed: 1, damping: 0.2, maxIter: 10, withSE: false }).iterations.length;
      });
      return { median_ms: r.median_ms / iters, p95_ms: NaN };
    },
  },
  {
    name: 'smi.theory.channel3',
    what: 'SMI three-layer channel F₁, F₂, F₃ at q = (0.4, 0.2, 0.99), 4096 × 1024, one inner net',
    run: () => time((i) => channelMoments3(1, [0.4, 0.2, 0.99 + 1e-5 * i], { outer: 4096, inner: 1024 }), 1),
  },
  {
    // As every shipped staircase and `smi curve --layers 3 --compute yes` take it: an inner net drawn per outer point.
    name: 'smi.theory.channel3.perPoint',
    what: 'SMI three-layer channel F₁, F₂, F₃ at q = (0.4, 0.2, 0.99), 4096 × 1024, an inner net per outer point',
    run: () => time((i) => channelMoments3(1, [0.4, 0.2, 0.99 + 1e-5 * i], { outer: 4096, inner: 1024, innerPerPoint: true }), 1),
  },
  {
    // What a skip off the shipped grid costs: both thresholds with their errors (replicates × 1024 points).
    name: 'smi.theory.thresholds2',
    what: `SMI two-layer α_c,1, α_c,2 with errors at c = 0.7 (${DEFAULT_REPLICATES} replicates)`,
    run: () => once(() => smiThresholds(0.7, SMI_QUADRATURE, DEFAULT_REPLICATES)),
  },
  {
    name: 'smi.theory.threshold3',
    what: 'SMI three-layer α_c,3 with its error at c = 0.7 (2 replicates, 4096 × 1024)',
    run: () => once(() => lastLayerThreshold(0.7, PRECOMPUTED3_QUADRATURE, 2)),
  },
  {
    name: 'smi.theory.curve3',
    what: 'SMI three-layer 161-point curve at c = 1 (shipped path + plug-in error)',
    run: () => time(() => smiApi.curve({ layers: 3, skip: 1, alphas: Array.from({ length: 161 }, (_, i) => (2 * i) / 160) }), 3),
  },
  {
    // What a dragged c slider asks for: the staircase read off the grid in c, without the plug-in error.
    name: 'smi.live.curve2',
    what: 'SMI two-layer 161-point staircase at c = 0.63, interpolated in c (draft: no plug-in error)',
    run: () =>
      time((i) => smiApi.curve({ layers: 2, skip: 0.63 + 1e-4 * i, alphas: Array.from({ length: 161 }, (_, k) => (1.6 * k) / 160), genError: false }), 20),
  },
  {
    name: 'smi.live.curve3',
    what: 'SMI three-layer 161-point staircase at c = 1.25, interpolated in c (draft: no plug-in error)',
    run: () =>
      time((i) => smiApi.curve({ layers: 3, skip: 1.25 + 1e-4 * i, alphas: Array.from({ length: 161 }, (_, k) => (2 * k) / 160), genError: false }), 20),
  },
  {
    name: 'smi.live.curve3.full',
    what: 'SMI three-layer 161-point curve at c = 1.25, interpolated in c, with the plug-in error (once c is still)',
    run: () => time((i) => smiApi.curve({ layers: 3, skip: 1.25 + 1e-4 * i, alphas: Array.from({ length: 161 }, (_, k) => (2 * k) / 160) }), 3),
  },
  {
    name: 'smi.gamp3.iter.d150',
    what: 'SMI three-layer GAMP iteration, D = 150, α = 1.6 (4096 nodes per sample)',
    run: () => {
      let iters = 1;
      const r = once(() => {
        iters = smiApi.amp({ D: 150, alpha: 1.6, skip: 1, seed: 1, damping: 0, maxIter: 5, withSE: false, layers: 3 }).iterations.length;
      });
      return { median_ms: r.median_ms / iters, p95_ms: NaN };
    },
  },
  {
    name: 'smi.gd.run.d100',
    what: 'SMI gradient descent, 2000 steps at D = 100, α = 15 (batch 200)',
    run: () => once(() => smiApi.gd({ D: 100, alpha: 15, skip: 1, seed: 1, steps: 2000 })),
  },
];

/** Warms the JIT on an unrelated shape so the first measured call is not a compile. */
export function warmTheory(): void {
  boCurve({ beta: 3.3, rho: 0.33, delta: 0.01 }, alphas);
}
