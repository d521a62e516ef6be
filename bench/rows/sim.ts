/**
 * Simulation benchmarks, the same in Node (`npm run bench`) and in a browser worker (`npm run bench:browser`):
 * warm GAMP-RIE iterations and gradient-descent steps at fixed sizes, and the pass over the tokens
 * alone with its arithmetic rate and its data rate.
 */
import { runGamp as runAimGamp } from '../../src/models/aim/sim/gampRie';
import { createInstance as createAimInstance } from '../../src/models/aim/sim/instance';
import { runGamp } from '../../src/models/bsr/sim/gamp';
import { runGd } from '../../src/models/bsr/sim/gd';
import { createInstance, type Instance } from '../../src/models/bsr/sim/instance';
import { kernelBackend } from '../../src/numeric/kernels/module';
import { tokenStoreBytes } from '../../src/numeric/kernels/tokens';
import { iterationTimes, summary, type BenchRow, type Timing } from './types';

/** One core's double-precision peak here: 2 FMA units × 4 lanes (AVX2) × 2 flops × 2.6 GHz. */
export const PEAK_GFLOPS = 41.6;

const bsr = (d: number, alpha = 0.5, rho = 0.5) => createInstance({ d, beta: 1, rho, delta: 0, alpha, seed: 1 });

/**
 * Times of `samples` calls of fn, each timed over enough repetitions to last 20 ms: a browser's clock is only
 * good to 0.1 ms.
 */
function batched(fn: () => void, samples: number): number[] {
  const t0 = performance.now();
  fn();
  const reps = Math.max(1, Math.ceil(20 / Math.max(performance.now() - t0, 0.01)));
  const times: number[] = [];
  for (let r = 0; r < samples; r++) {
    const t1 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    times.push((performance.now() - t1) / reps);
  }
  return times;
}

/** The smallest step of performance.now() (ms): a page that is not cross-origin isolated gets a coarse clock. */
function clockResolution(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    best = Math.min(best, t1 - t0);
  }
  return best;
}

/** Iterations after the first `skip` (JIT and caches warm), as median and p95. */
function warm(times: number[], skip = 2): Timing {
  return summary(times.slice(Math.min(skip, times.length - 1)));
}

export function gampIterations(inst: Instance, iters: number): number[] {
  return iterationTimes((onIteration) => runGamp(inst, { maxIter: iters, tol: 0, onIteration }));
}

function gampRow(d: number, iters: number): BenchRow {
  return {
    name: `bsr.gamp.iter.d${d}`,
    what: `BSR GAMP-RIE iteration, d = ${d}, β = 1, ρ = 0.5, α = 0.5, Δ = 0 (n = ${(d * d) / 2})`,
    run: () => {
      const t0 = performance.now();
      const inst = bsr(d);
      const draw = performance.now() - t0;
      const times = gampIterations(inst, iters);
      const mib = tokenStoreBytes(inst.n, inst.d * inst.L) / 2 ** 20;
      return {
        ...warm(times),
        extra: { first_ms: +times[0].toFixed(2), kernels: kernelBackend(), data_s: +(draw / 1000).toFixed(1), tokens_MiB: Math.round(mib) },
      };
    },
  };
}

/** The fused pass (both sums over the tokens) alone: 2·n·m multiply-adds over 4·n·m bytes of tokens. */
function passRow(d: number, alpha: number): BenchRow {
  return {
    name: `bsr.passes.d${d}`,
    what: `BSR token passes (dots and weighted sum, fused), d = ${d}, α = ${alpha}`,
    run: () => {
      const inst = bsr(d, alpha);
      const t = inst.tokens;
      t.v.fill(0.01);
      t.b.fill(0.1);
      const w = warm(
        batched(() => t.fused(0.5), 25),
        3,
      );
      const fma = 2 * t.n * t.m;
      const gflops = (2 * fma) / (w.median_ms * 1e6);
      return {
        ...w,
        extra: {
          gflops: +gflops.toFixed(2),
          of_peak: +(gflops / PEAK_GFLOPS).toFixed(3),
          token_GB_per_s: +((4 * t.n * t.m) / (w.median_ms * 1e6)).toFixed(1),
          tokens_MB: +((4 * t.n * t.m) / 1e6).toFixed(1),
        },
      };
    },
  };
}

export const simRows: BenchRow[] = [
  gampRow(60, 12),
  gampRow(100, 10),
  {
    name: 'bsr.gd.step.d40',
    what: 'BSR gradient-descent step, d = 40, β = 1, α = 0.5 (n = 800), teacher and student width 8, test error every step',
    run: () => {
      const inst = bsr(40, 0.5, 0.2);
      // Runs of 200 steps, the first a warm-up. Each step is timed on its own, from one recorded step to the
      // next, and the median taken, as the numpy peer times its steps. Beside it the median over runs of a
      // run's time over 200 (setup included, and every step another process interrupts): the time where the
      // clock is too coarse for a single step.
      const steps: number[] = [];
      const runs: number[] = [];
      for (let r = 0; r < 8; r++) {
        let last = Number.NaN;
        const t0 = performance.now();
        runGd(inst, {
          steps: 199,
          every: 1,
          width: 8,
          seed: 1,
          onRecord: () => {
            const now = performance.now();
            if (r > 0 && !Number.isNaN(last)) steps.push(now - last);
            last = now;
          },
        });
        if (r > 0) runs.push((performance.now() - t0) / 200);
      }
      const single = clockResolution() <= 0.005;
      const perStep = summary(steps);
      const perRun = summary(runs);
      return {
        ...(single ? perStep : perRun),
        extra: {
          timing: single ? 'median of single steps' : 'runs of 200 steps',
          single_step_ms: +perStep.median_ms.toFixed(4),
          runs_of_200_ms: +perRun.median_ms.toFixed(4),
        },
      };
    },
  },
  passRow(40, 0.5),
  passRow(60, 0.5),
  passRow(100, 0.5),
  {
    name: 'aim.gamp.iter.d100',
    what: 'AIM GAMP-RIE iteration, softmax, T = 2, D = 100, ρ = 0.5, α = 0.5 (n = 5000)',
    run: () => {
      const inst = createAimInstance({ channel: 'softmax', T: 2, D: 100, rho: 0.5, alpha: 0.5, seed: 1 });
      return warm(iterationTimes((onIteration) => runAimGamp(inst, { maxIter: 8, tol: 0, onIteration })));
    },
  },
];

/** Rows run only when named with --only: they need gigabytes or minutes. */
export const heavyRows: BenchRow[] = [
  {
    ...gampRow(200, 5),
    what: 'BSR GAMP-RIE iteration, d = 200, β = 1, ρ = 0.5, α = 0.5, Δ = 0 (n = 20000, 3.2 GB of tokens)',
  },
];
