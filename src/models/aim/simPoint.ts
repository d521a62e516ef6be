import type { SimPoint } from '../contract';
import { gampSeed, gdSeed, meanStd, recordEvery, type SimProgress } from '../simHarness';
import { softmaxCurve } from './theory/softmax';
import { hardmaxSolve } from './theory/hardmax';
import { createInstance, validateAimSpec, type AimChannel } from './sim/instance';
import { runGamp } from './sim/gampRie';
import { runAveragedGd, runGd, type Optimizer } from './sim/gd';

export type AimSimAlgo = 'amp' | 'gd' | 'agd';

/** One simulated AIM point: `seeds` independent instances at one α, summarised as mean ± std. */
export interface AimSimRequest {
  algo: AimSimAlgo;
  channel: AimChannel;
  T: number;
  D: number;
  rho: number;
  alpha: number;
  /** Seed of the first instance; instance s uses seed + s. */
  seed: number;
  seeds: number;
  damping: number;
  maxIter: number;
  lr: number;
  steps: number;
  optimizer: Optimizer;
  /** Initialisations averaged by averaged GD. */
  averages: number;
  /** Student width r_s; 0 means the teacher's r. */
  width: number;
}

export interface AimSimPointResult extends SimPoint<AimSimRequest> {
  /** Eigenvalues of the last AMP denoiser input, for the spectrum panel. */
  eigenvalues: number[];
  /** Δ of that denoiser input. */
  delta: number;
  messages: string[];
  millis: number;
  /** Averaged GD: error of the average of the first K runs, K = 1…, for the last seed. */
  errorVsK: number[];
  /** Averaged GD: the final error of every single run that went into an average (all seeds); [] otherwise. */
  singles?: number[];
}

export function simulateAimPoint(req: AimSimRequest, progress?: (p: SimProgress) => void): AimSimPointResult {
  const t0 = performance.now();
  const finals: number[] = [];
  const outcomes: string[] = [];
  const messages: string[] = [];
  let eigenvalues: number[] = [];
  let delta = NaN;
  let theory = NaN;
  let errorVsK: number[] = [];
  const singles: number[] = [];
  if (req.algo !== 'amp' && req.channel !== 'softmax') throw new RangeError('gradient descent is implemented for the softmax channel only');
  for (let s = 0; s < req.seeds; s++) {
    const spec = { channel: req.channel, T: req.T, D: req.D, rho: req.rho, alpha: req.alpha, seed: req.seed + s };
    validateAimSpec(spec);
    const inst = createInstance(spec);
    if (s === 0) theory = req.channel === 'softmax' ? softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0] : hardmaxSolve(inst.rho, inst.alpha).mmse;
    if (req.algo === 'amp') {
      const r = gampSeed(req, s, spec.seed, { finals, outcomes, messages }, progress, (onIteration) =>
        runGamp(inst, { damping: req.damping, maxIter: req.maxIter, onIteration }),
      );
      eigenvalues = Array.from(r.eigenvalues);
      delta = r.iterations.length ? r.iterations[r.iterations.length - 1].delta : NaN;
    } else {
      const opts = { lr: req.lr, steps: req.steps, optimizer: req.optimizer, width: req.width > 0 ? req.width : undefined, every: recordEvery(req.steps) };
      errorVsK = gdSeed(req, s, spec.seed, { finals, outcomes, messages, singles }, progress, {
        single: (onRecord) => runGd(inst, { ...opts, onRecord }),
        averaged: (K, onRecord, onRun) => runAveragedGd(inst, K, { ...opts, onRecord }, onRun),
      });
    }
  }
  return { request: req, finals, outcomes, ...meanStd(finals), theory, eigenvalues, delta, messages, millis: performance.now() - t0, errorVsK, singles };
}
