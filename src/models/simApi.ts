import { softmaxCurve } from './aim/theory/softmax';
import { hardmaxSolve } from './aim/theory/hardmax';
import { aimInstanceBytes, aimSizesOf, createAimInstance, MAX_AIM_BYTES, validateAimSpec, type AimChannel } from './aim/sim/instance';
import { runAimGampRie } from './aim/sim/gampRie';
import { runAimAveragedGd, runAimGd, type AimOptimizer } from './aim/sim/gd';
import { boCurve } from './bsr/theory/curve';
import { runAveragedGd, runGd } from './bsr/sim/gd';
import { runGampRie } from './bsr/sim/gampRie';
import { runMnne } from './bsr/sim/mnne';
import { createInstance, instanceBytes, MAX_INSTANCE_BYTES, sizesOf, validateSpec } from './bsr/sim/instance';

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

/** Streamed while a point runs: one AMP iteration or one recorded GD step. */
export interface SimProgress {
  seedIndex: number;
  /** Fraction of the whole point's budget done, for the progress bar. */
  done: number;
  t: number;
  mse: number;
  /** State-evolution prediction (AMP) or training loss (GD). */
  aux: number;
}

export interface SimPointResult {
  request: SimRequest;
  finals: number[];
  outcomes: string[];
  mean: number;
  std: number;
  /** Theory value at the instance's actual (rounded) α, β, ρ. */
  theory: number;
  /** Singular values of the last AMP denoiser input (rescaled units), for the spectrum panel. */
  singularValues: number[];
  /** ζ = 1/A of that denoiser input. */
  zeta: number;
  messages: string[];
  millis: number;
  /** Averaged GD: error of the average of the first K runs, K = 1…, for the last seed. */
  errorVsK: number[];
}

/** Mean and sample standard deviation of the finite final errors (NaN mean when there are none). */
function meanStd(finals: number[]): { mean: number; std: number } {
  const mean = finals.length ? finals.reduce((a, b) => a + b, 0) / finals.length : NaN;
  const std = finals.length > 1 ? Math.sqrt(finals.reduce((a, b) => a + (b - mean) ** 2, 0) / (finals.length - 1)) : 0;
  return { mean, std };
}

/** About 100 recorded points per run, whatever its length. */
const recordEvery = (steps: number) => Math.max(1, Math.ceil(steps / 100));

type GdRecord = { step: number; train: number; test: number };

/**
 * One seed of (averaged) gradient descent, for either model: streams progress, and adds the seed's final
 * error, outcome and messages. A diverged run has no final error: it is reported, not averaged.
 * Returns the error of the average as runs are added (averaged GD) or [].
 */
function gdSeed(
  req: { algo: string; averages: number; steps: number; seeds: number },
  s: number,
  seed: number,
  acc: { finals: number[]; outcomes: string[]; messages: string[] },
  progress: ((p: SimProgress) => void) | undefined,
  run: {
    single: (onRecord: (p: GdRecord) => void) => { outcome: string; final: { test: number } };
    averaged: (K: number, onRecord: (p: GdRecord) => void, onRun: () => void) => { errorVsK: number[]; outcomes: string[] };
  },
): number[] {
  const K = req.algo === 'agd' ? req.averages : 1;
  let runIndex = 0;
  const onRecord = (p: GdRecord) => void progress?.({ seedIndex: s, done: (s + (runIndex + p.step / req.steps) / K) / req.seeds, t: p.step, mse: p.test, aux: p.train });
  if (K === 1) {
    const r = run.single(onRecord);
    acc.outcomes.push(r.outcome);
    if (r.outcome !== 'diverged') acc.finals.push(r.final.test);
    else acc.messages.push(`seed ${seed}: diverged (lower the learning rate)`);
    return [];
  }
  const r = run.averaged(K, onRecord, () => void runIndex++);
  const bad = r.outcomes.filter((o) => o === 'diverged').length;
  acc.outcomes.push(bad ? `${bad}/${K} diverged` : 'ok');
  if (bad) acc.messages.push(`seed ${seed}: ${bad} of ${K} runs diverged`);
  else acc.finals.push(r.errorVsK[r.errorVsK.length - 1]);
  return r.errorVsK;
}

export function simMemory(req: Pick<SimRequest, 'd' | 'beta' | 'rho' | 'alpha'>): { bytes: number; allowed: boolean; sizes: ReturnType<typeof sizesOf> } {
  const bytes = instanceBytes(req);
  return { bytes, allowed: bytes <= MAX_INSTANCE_BYTES, sizes: sizesOf(req) };
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
  for (let s = 0; s < req.seeds; s++) {
    const spec = { d: req.d, beta: req.beta, rho: req.rho, delta: req.delta, alpha: req.alpha, seed: req.seed + s };
    validateSpec(spec);
    const inst = createInstance(spec);
    if (s === 0) theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: req.delta }, [inst.alpha]).bo[0];
    if (req.algo === 'amp') {
      const r = runGampRie(inst, {
        damping: req.damping,
        maxIter: req.maxIter,
        onIteration: (it) => progress?.({ seedIndex: s, done: (s + it.t / req.maxIter) / req.seeds, t: it.t, mse: it.mse, aux: it.se }),
      });
      outcomes.push(r.outcome);
      if (r.message) messages.push(`seed ${spec.seed}: ${r.message}`);
      // A diverged run has no final error to average: it is reported, not plotted.
      if (r.outcome !== 'diverged' && r.outcome !== 'failed') finals.push(r.final.mse);
      singularValues = Array.from(r.singularValues);
      zeta = r.iterations.length ? r.iterations[r.iterations.length - 1].zeta : NaN;
    } else if (req.algo === 'mnne') {
      const r = runMnne(inst, {
        maxIter: req.maxIter * 50,
        onIteration: (t, error, gap) => progress?.({ seedIndex: s, done: (s + t / (req.maxIter * 50)) / req.seeds, t, mse: error, aux: gap }),
      });
      outcomes.push(r.converged ? 'converged' : 'budget');
      finals.push(r.error);
      if (!r.converged) messages.push(`seed ${spec.seed}: not converged in ${r.iterations} iterations (interpolation residual ${r.residual.toExponential(1)})`);
    } else {
      const opts = { init: req.init, lr: req.lr, steps: req.steps, lossTol: 1e-12, every: recordEvery(req.steps), seed: spec.seed };
      errorVsK = gdSeed(req, s, spec.seed, { finals, outcomes, messages }, progress, {
        single: (onRecord) => runGd(inst, { ...opts, onRecord }),
        averaged: (K, onRecord, onRun) => runAveragedGd(inst, K, { ...opts, onRecord }, onRun),
      });
    }
  }
  return { request: req, finals, outcomes, ...meanStd(finals), theory, singularValues, zeta, messages, millis: performance.now() - t0, errorVsK };
}

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
  optimizer: AimOptimizer;
  /** Initialisations averaged by averaged GD. */
  averages: number;
  /** Student width r_s; 0 means the teacher's r. */
  width: number;
}

export interface AimSimPointResult {
  request: AimSimRequest;
  finals: number[];
  outcomes: string[];
  mean: number;
  std: number;
  /** Bayes-optimal error at the instance's actual (rounded) α and ρ. */
  theory: number;
  /** Eigenvalues of the last AMP denoiser input, for the spectrum panel. */
  eigenvalues: number[];
  /** Δ of that denoiser input. */
  delta: number;
  messages: string[];
  millis: number;
  /** Averaged GD: error of the average of the first K runs, K = 1…, for the last seed. */
  errorVsK: number[];
}

export function aimSimMemory(req: Pick<AimSimRequest, 'T' | 'D' | 'rho' | 'alpha'>): { bytes: number; allowed: boolean; sizes: ReturnType<typeof aimSizesOf> } {
  const bytes = aimInstanceBytes(req);
  return { bytes, allowed: bytes <= MAX_AIM_BYTES, sizes: aimSizesOf(req) };
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
  if (req.algo !== 'amp' && req.channel !== 'softmax') throw new RangeError('gradient descent is implemented for the softmax channel only');
  for (let s = 0; s < req.seeds; s++) {
    const spec = { channel: req.channel, T: req.T, D: req.D, rho: req.rho, alpha: req.alpha, seed: req.seed + s };
    validateAimSpec(spec);
    const inst = createAimInstance(spec);
    if (s === 0) theory = req.channel === 'softmax' ? softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0] : hardmaxSolve(inst.rho, inst.alpha).mmse;
    if (req.algo === 'amp') {
      const r = runAimGampRie(inst, {
        damping: req.damping,
        maxIter: req.maxIter,
        onIteration: (it) => progress?.({ seedIndex: s, done: (s + it.t / req.maxIter) / req.seeds, t: it.t, mse: it.mse, aux: it.se }),
      });
      outcomes.push(r.outcome);
      if (r.message) messages.push(`seed ${spec.seed}: ${r.message}`);
      // A diverged run has no final error to average: it is reported, not plotted.
      if (r.outcome !== 'diverged' && r.outcome !== 'failed') finals.push(r.final.mse);
      eigenvalues = Array.from(r.eigenvalues);
      delta = r.iterations.length ? r.iterations[r.iterations.length - 1].delta : NaN;
    } else {
      const opts = { lr: req.lr, steps: req.steps, optimizer: req.optimizer, width: req.width > 0 ? req.width : undefined, every: recordEvery(req.steps) };
      errorVsK = gdSeed(req, s, spec.seed, { finals, outcomes, messages }, progress, {
        single: (onRecord) => runAimGd(inst, { ...opts, onRecord }),
        averaged: (K, onRecord, onRun) => runAimAveragedGd(inst, K, { ...opts, onRecord }, onRun),
      });
    }
  }
  return { request: req, finals, outcomes, ...meanStd(finals), theory, eigenvalues, delta, messages, millis: performance.now() - t0, errorVsK };
}

export const simApi = { simulatePoint, simMemory, simulateAimPoint, aimSimMemory };
export type SimApi = typeof simApi;
