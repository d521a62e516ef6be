import type { Progress } from './contract';

/** Streamed while a simulated point runs: one AMP iteration or one recorded GD step. */
export interface SimProgress extends Progress {
  seedIndex: number;
  t: number;
  mse: number;
  /** State-evolution prediction (AMP) or training loss (GD). */
  aux: number;
}

/** Mean and sample standard deviation of the finite final errors (NaN mean when there are none). */
export function meanStd(finals: number[]): { mean: number; std: number } {
  const mean = finals.length ? finals.reduce((a, b) => a + b, 0) / finals.length : NaN;
  const std = finals.length > 1 ? Math.sqrt(finals.reduce((a, b) => a + (b - mean) ** 2, 0) / (finals.length - 1)) : 0;
  return { mean, std };
}

/** About 100 recorded points per run, whatever its length. */
export const recordEvery = (steps: number) => Math.max(1, Math.ceil(steps / 100));

export type GdRecord = { step: number; train: number; test: number };

/** What a seed's run adds to its point: outcomes, messages and the final errors that are averaged. */
export interface SeedTally {
  finals: number[];
  outcomes: string[];
  messages: string[];
  /** Averaged GD: the final error of every single run that went into an average, over all seeds. */
  singles?: number[];
}

/**
 * One seed of GAMP-RIE, for either model: streams each iteration as progress and adds the seed's outcome,
 * message and final error (a diverged or failed run is reported, not averaged). Returns the run, for what
 * its model draws from it (singular values, eigenvalues).
 */
export function gampSeed<R extends { outcome: string; message: string; final: { mse: number } }>(
  req: { maxIter: number; seeds: number },
  s: number,
  seed: number,
  acc: SeedTally,
  progress: ((p: SimProgress) => void) | undefined,
  run: (onIteration: (it: { t: number; mse: number; se: number }) => void) => R,
): R {
  const r = run((it) => progress?.({ seedIndex: s, done: (s + it.t / req.maxIter) / req.seeds, t: it.t, mse: it.mse, aux: it.se }));
  acc.outcomes.push(r.outcome);
  if (r.message) acc.messages.push(`seed ${seed}: ${r.message}`);
  if (r.outcome !== 'diverged' && r.outcome !== 'failed') acc.finals.push(r.final.mse);
  return r;
}

/**
 * One seed of (averaged) gradient descent, for either model: streams progress, and adds the seed's final
 * error, outcome and messages. A diverged run has no final error: it is reported, not averaged.
 * Returns the error of the average as runs are added (averaged GD) or [].
 */
export function gdSeed(
  req: { algo: string; averages: number; steps: number; seeds: number },
  s: number,
  seed: number,
  acc: SeedTally,
  progress: ((p: SimProgress) => void) | undefined,
  run: {
    single: (onRecord: (p: GdRecord) => void) => { outcome: string; final: { test: number } };
    averaged: (K: number, onRecord: (p: GdRecord) => void, onRun: () => void) => { errorVsK: number[]; single: number[]; outcomes: string[] };
  },
): number[] {
  const K = req.algo === 'agd' ? req.averages : 1;
  let runIndex = 0;
  const onRecord = (p: GdRecord) =>
    void progress?.({ seedIndex: s, done: (s + (runIndex + p.step / req.steps) / K) / req.seeds, t: p.step, mse: p.test, aux: p.train });
  if (K === 1) {
    const r = run.single(onRecord);
    acc.outcomes.push(r.outcome);
    if (r.outcome !== 'diverged') acc.finals.push(r.final.test);
    else acc.messages.push(`seed ${seed}: diverged (lower the learning rate)`);
    return [];
  }
  const r = run.averaged(K, onRecord, () => void runIndex++);
  acc.singles?.push(...r.single.filter(Number.isFinite));
  const bad = r.outcomes.filter((o) => o === 'diverged').length;
  acc.outcomes.push(bad ? `${bad}/${K} diverged` : 'ok');
  if (bad) acc.messages.push(`seed ${seed}: ${bad} of ${K} runs diverged`);
  else acc.finals.push(r.errorVsK[r.errorVsK.length - 1]);
  return r.errorVsK;
}
