import type { SimPoint } from '../contract';
import { gampSeed, gdSeed, meanStd, recordEvery, type SimProgress } from '../simHarness';
import { boCurve } from './theory/curve';
import { runAveragedGd, runGd } from './sim/gd';
import { runGamp, warmGamp } from './sim/gamp';
import { runMnne } from './sim/mnne';
import { createInstance, validateSpec } from './sim/instance';

export type SimAlgo = 'amp' | 'gd' | 'agd' | 'mnne';

/** One simulated point: `seeds` independent instances at one α, summarised as mean ± std. */
export interface SimRequest {
  algo: SimAlgo;
  d: number;
  beta: number;
  rho: number;
  delta: number;
  alpha: number;
  /** Seed of the first instance; instance s uses seed + s. */
  seed: number;
  seeds: number;
  damping: number;
  maxIter: number;
  lr: number;
  steps: number;
  init: 'prior' | 'small';
  /** Initialisations averaged by averaged GD. */
  averages: number;
}

export interface SimPointResult extends SimPoint<SimRequest> {
  /** Singular values of the last AMP denoiser input (rescaled units), for the spectrum panel. */
  singularValues: number[];
  /** ζ = 1/A of that denoiser input. */
  zeta: number;
  messages: string[];
  millis: number;
  /** Averaged GD: error of the average of the first K runs, K = 1…, for the last seed. */
  errorVsK: number[];
  /** Averaged GD: the final error of every single run that went into an average (all seeds); [] otherwise. */
  singles?: number[];
}

export function simulatePoint(req: SimRequest, progress?: (p: SimProgress) => void): SimPointResult {
  const t0 = performance.now();
  const finals: number[] = [];
  const outcomes: string[] = [];
  const messages: string[] = [];
  let singularValues: number[] = [];
  let zeta = NaN;
  let theory = NaN;
  let errorVsK: number[] = [];
  const singles: number[] = [];
  if (req.algo === 'amp') warmGamp();
  for (let s = 0; s < req.seeds; s++) {
    const spec = { d: req.d, beta: req.beta, rho: req.rho, delta: req.delta, alpha: req.alpha, seed: req.seed + s };
    validateSpec(spec);
    const inst = createInstance(spec);
    if (s === 0) theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: req.delta }, [inst.alpha]).bo[0];
    if (req.algo === 'amp') {
      const r = gampSeed(req, s, spec.seed, { finals, outcomes, messages }, progress, (onIteration) =>
        runGamp(inst, { damping: req.damping, maxIter: req.maxIter, onIteration }),
      );
      singularValues = Array.from(r.singularValues);
      zeta = r.iterations.length ? r.iterations[r.iterations.length - 1].zeta : NaN;
    } else if (req.algo === 'mnne') {
      const r = runMnne(inst, {
        maxIter: req.maxIter * 50,
        onIteration: ({ t, error, gap }) => progress?.({ seedIndex: s, done: (s + t / (req.maxIter * 50)) / req.seeds, t, mse: error, aux: gap }),
      });
      outcomes.push(r.outcome);
      finals.push(r.error);
      if (r.outcome !== 'converged')
        messages.push(`seed ${spec.seed}: not converged in ${r.iterations.length} iterations (interpolation residual ${r.residual.toExponential(1)})`);
    } else {
      const opts = { init: req.init, lr: req.lr, steps: req.steps, lossTol: 1e-12, every: recordEvery(req.steps), seed: spec.seed };
      errorVsK = gdSeed(req, s, spec.seed, { finals, outcomes, messages, singles }, progress, {
        single: (onRecord) => runGd(inst, { ...opts, onRecord }),
        averaged: (K, onRecord, onRun) => runAveragedGd(inst, K, { ...opts, onRecord }, onRun),
      });
    }
  }
  return { request: req, finals, outcomes, ...meanStd(finals), theory, singularValues, zeta, messages, millis: performance.now() - t0, errorVsK, singles };
}
