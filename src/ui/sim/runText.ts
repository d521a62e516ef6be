/**
 * What a simulation run says about itself: its time left, the caption under its trace and a simulated point's
 * spread over seeds. Pure functions, so that what the page says is tested against what the run did.
 */

/** One job of a run (one seed at one α): when a lane took it, when it finished, and its own fraction done. */
export interface EtaJob {
  /** The α it runs at: the work of a job grows with its number of samples, n ∝ α, in every model. */
  alpha: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** The job's own progress, 0 to 1, as its worker reports it. */
  done: number;
}

/**
 * The duration of a job at α from the jobs finished so far: a straight line a + b·α fitted to their measured
 * durations (a fixed cost per job and a cost per sample). While they all ran at one α₁ the line is not
 * determined; it is taken half fixed, half proportional, t₁·(1 + α/α₁)/2, between the two extremes (a
 * count of jobs, which underestimates a sweep whose small-α jobs come first, and pure proportion to α).
 */
export function durationModel(finished: Array<{ alpha: number; ms: number }>): (alpha: number) => number {
  const n = finished.length;
  const ma = finished.reduce((s, f) => s + f.alpha, 0) / n;
  const mt = finished.reduce((s, f) => s + f.ms, 0) / n;
  const saa = finished.reduce((s, f) => s + (f.alpha - ma) ** 2, 0);
  if (saa > 1e-12 * Math.max(1, ma * ma)) {
    const b = finished.reduce((s, f) => s + (f.alpha - ma) * (f.ms - mt), 0) / saa;
    const a = mt - b * ma;
    // A line that would make some α cost nothing or less is no model of a cost (rounding aside).
    if (b >= 0 && a >= -1e-9 * mt) return (alpha) => Math.max(a, 0) + b * alpha;
  }
  return (alpha) => (ma > 0 ? (mt * (1 + Math.max(alpha, 0) / ma)) / 2 : mt);
}

/**
 * Time left in a run of jobs on `lanes` workers side by side, from measured time only: null until a first job
 * has finished (before that there is nothing measured to go on). Each job's duration comes from the
 * durations of the finished ones (`durationModel`); a job in flight that has reported at least a fifth of
 * its work is extrapolated from its own pace instead. The jobs not yet started are then given, in order,
 * to the lane that frees first, as the pool does, and the run ends when the last lane does.
 */
export function estimateEtaMs(jobs: EtaJob[], now: number, lanes: number): number | null {
  const finished = jobs.filter((j) => j.finishedAt !== null && j.startedAt !== null).map((j) => ({ alpha: j.alpha, ms: j.finishedAt! - j.startedAt! }));
  if (finished.length === 0) return null;
  const model = durationModel(finished);
  const free: number[] = [];
  for (const j of jobs) {
    if (j.finishedAt !== null || j.startedAt === null) continue;
    const elapsed = now - j.startedAt;
    const total = j.done >= 0.2 ? elapsed / j.done : model(j.alpha);
    free.push(Math.max(0, total - elapsed));
  }
  const width = Math.max(1, lanes);
  while (free.length < width) free.push(0);
  free.sort((a, b) => a - b);
  for (const j of jobs) {
    if (j.startedAt !== null) continue;
    // The lane that frees first takes the next job.
    free[0] += model(j.alpha);
    free.sort((a, b) => a - b);
  }
  return Math.max(...free);
}

/** Fraction of a run done, each job counted by the work its α asks (its fraction done times its α). */
export function weightedProgress(jobs: Array<Pick<EtaJob, 'alpha' | 'done'>>): number {
  const weight = (a: number) => Math.max(a, 1e-9);
  const total = jobs.reduce((s, j) => s + weight(j.alpha), 0);
  return total > 0 ? jobs.reduce((s, j) => s + weight(j.alpha) * Math.min(1, Math.max(0, j.done)), 0) / total : 0;
}

/** Time as `12 s` or `1 min 5 s`. */
export function fmtTime(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** A simulation badge while running: the percentage, and the time left once one job has been measured. */
export function progressText(progress: number, etaMs: number | null): string {
  return `${Math.floor(progress * 100)}%${etaMs !== null ? `, ~${fmtTime(etaMs)} left` : ''}`;
}

/** The job whose trace is on screen: its α and the seed it ran with. */
export interface TraceJob {
  alpha: number;
  seed: number | null;
}

/**
 * The sentence after a trace's legend: which job drew it. `Running …` only while the run goes on; after it,
 * the trace is that of the run's last job, said as such, and a run stopped before its end says so.
 */
export function traceCaption(job: TraceJob | null, running: boolean, stopped: boolean): string {
  if (!job) return '';
  const what = `α = ${job.alpha}${job.seed !== null ? `, seed ${job.seed}` : ''}`;
  if (running) return `Running ${what}.`;
  return stopped ? `Stopped during ${what}.` : `Last run: ${what}.`;
}

/** A simulated point's value over its seeds: mean ± std, or the single value with `1 seed` (a spread of one run is no spread). */
export function meanOverSeeds(mean: number, std: number, runs: number, digits = 4): string {
  if (!Number.isFinite(mean)) return 'no finite result';
  return runs === 1 ? `${mean.toFixed(digits)} (1 seed)` : `${mean.toFixed(digits)} ± ${std.toFixed(digits)}`;
}
