import { describe, expect, it } from 'vitest';
import { durationModel, type EtaJob, estimateEtaMs, fmtTime, meanOverSeeds, progressText, traceCaption, weightedProgress } from './runText';

/**
 * A run played out on `lanes` workers as the pool runs it (each job to the lane that frees first, in order),
 * with true durations `cost(α)`: the job states at every instant a job finishes, and the true end.
 */
function playRun(alphas: number[], cost: (a: number) => number, lanes: number) {
  const free = Array.from({ length: lanes }, () => 0);
  const spans = alphas.map((alpha) => {
    const lane = free.indexOf(Math.min(...free));
    const start = free[lane];
    free[lane] = start + cost(alpha);
    return { alpha, start, end: free[lane] };
  });
  const end = Math.max(...free);
  const at = (now: number): EtaJob[] =>
    spans.map((s) => ({
      alpha: s.alpha,
      startedAt: s.start <= now ? s.start : null,
      finishedAt: s.end <= now ? s.end : null,
      // Workers report their own fraction only late here, so the estimate rests on the measured jobs.
      done: s.end <= now ? 1 : 0,
    }));
  return { spans, end, at };
}

/** A sweep of 8 α values over (0, 1.2], 3 seeds each, in order (as the Sweep button runs it). */
const SWEEP = Array.from({ length: 8 }, (_, i) => Number(((1.2 * (i + 1)) / 9).toPrecision(3))).flatMap((a) => [a, a, a]);

describe('time left in a run', () => {
  it('says nothing before a first job has finished: there is nothing measured yet', () => {
    const { at } = playRun(SWEEP, (a) => 1000 * a, 1);
    expect(estimateEtaMs(at(0), 0, 1)).toBeNull();
    expect(estimateEtaMs(at(100), 100, 1)).toBeNull();
  });

  it('follows the work of each job, not the count of jobs: a sweep whose cheap small-α jobs come first is not underestimated', () => {
    // The true cost grows with α (samples), with or without a fixed cost; the first jobs are the cheapest.
    for (const cost of [(a: number) => 400 + 3000 * a, (a: number) => 3000 * a]) {
      const { spans, end, at } = playRun(SWEEP, cost, 1);
      const first = spans[0].end;
      const truth = end - first;
      // A count-based estimate (time per job so far × jobs left), as the badge gave, says a third of the truth or less.
      expect((first * (SWEEP.length - 1)) / truth).toBeLessThan(0.4);
      // From jobs at one α only: within a factor 1.8 either way.
      for (const s of spans.slice(0, 3)) {
        const ratio = estimateEtaMs(at(s.end), s.end, 1)! / (end - s.end);
        expect(ratio).toBeGreaterThan(0.55);
        expect(ratio).toBeLessThan(1.7);
      }
      // Once jobs at two values of α are measured the line a + bα is exact, and so is the estimate.
      for (const s of spans.slice(3, -1)) expect(estimateEtaMs(at(s.end), s.end, 1)! / (end - s.end)).toBeCloseTo(1, 6);
    }
  });

  it('divides the work over the lanes as the pool does', () => {
    const cost = (a: number) => 1000 * a;
    const alphas = [0.2, 0.2, 0.4, 0.4, 0.6, 0.6, 0.8, 0.8];
    for (const lanes of [2, 3]) {
      const { spans, end, at } = playRun(alphas, cost, lanes);
      const firstEnds = [...spans].sort((a, b) => a.end - b.end);
      for (const s of firstEnds.slice(2, -1)) expect(estimateEtaMs(at(s.end), s.end, lanes)).toBeCloseTo(end - s.end, 6);
    }
  });

  it('extrapolates a job in flight from its own pace once it has reported a fifth of its work', () => {
    const jobs: EtaJob[] = [
      { alpha: 0.5, startedAt: 0, finishedAt: 1000, done: 1 },
      // Started at 1000, half done after 3000 ms: it needs 3000 more, far more than the first job suggests.
      { alpha: 0.5, startedAt: 1000, finishedAt: null, done: 0.5 },
    ];
    expect(estimateEtaMs(jobs, 4000, 1)).toBeCloseTo(3000, 6);
    // Below a fifth its own pace is not trusted; the finished job gives 1000 ms, of which 100 have passed.
    expect(estimateEtaMs([jobs[0], { ...jobs[1], done: 0.1 }], 1100, 1)).toBeCloseTo(900, 6);
    // A job past its expected time is not given negative time.
    expect(estimateEtaMs([jobs[0], { ...jobs[1], done: 0 }], 9000, 1)).toBe(0);
  });

  it('fits a fixed cost and a cost per α, and falls back to proportion where a line makes no sense', () => {
    const line = durationModel([
      { alpha: 0.1, ms: 500 },
      { alpha: 0.5, ms: 1300 },
    ]);
    expect(line(1)).toBeCloseTo(2300, 6);
    // One α measured: half of its time fixed, half growing with α.
    const one = durationModel([{ alpha: 0.2, ms: 400 }]);
    expect(one(0.2)).toBeCloseTo(400, 6);
    expect(one(0.6)).toBeCloseTo(800, 6);
    // Larger α faster (noise): no negative cost per sample; the one-α rule about the mean instead.
    const noisy = durationModel([
      { alpha: 0.2, ms: 900 },
      { alpha: 0.4, ms: 700 },
    ]);
    expect(noisy(0.6)).toBeCloseTo((800 * (1 + 0.6 / 0.3)) / 2, 6);
  });

  it('counts progress by work: the first small-α job of a sweep is a small part of it', () => {
    expect(
      weightedProgress([
        { alpha: 0.1, done: 1 },
        { alpha: 0.9, done: 0 },
      ]),
    ).toBeCloseTo(0.1, 9);
    expect(
      weightedProgress([
        { alpha: 0.5, done: 0.5 },
        { alpha: 0.5, done: 1 },
      ]),
    ).toBeCloseTo(0.75, 9);
    expect(weightedProgress([])).toBe(0);
  });
});

describe('what the run says', () => {
  it('writes time left with a tilde, never 0 s, in minutes past a minute', () => {
    expect(fmtTime(12_300)).toBe('13 s');
    expect(fmtTime(0)).toBe('1 s');
    expect(fmtTime(59_500)).toBe('1 min 0 s');
    expect(fmtTime(65_000)).toBe('1 min 5 s');
    expect(progressText(0.42, 65_000)).toBe('42%, ~1 min 5 s left');
    expect(progressText(0.999, null)).toBe('99%');
  });

  it('names the running job only while the run goes on', () => {
    const job = { alpha: 0.65, seed: 3 };
    expect(traceCaption(job, true, false)).toBe('Running α = 0.65, seed 3.');
    expect(traceCaption(job, false, false)).toBe('Last run: α = 0.65, seed 3.');
    expect(traceCaption(job, false, true)).toBe('Stopped during α = 0.65, seed 3.');
    expect(traceCaption({ alpha: 0.65, seed: null }, false, false)).toBe('Last run: α = 0.65.');
    expect(traceCaption(null, false, false)).toBe('');
  });

  it('gives one seed as one seed, not ± 0', () => {
    expect(meanOverSeeds(0.123456, 0, 1)).toBe('0.1235 (1 seed)');
    expect(meanOverSeeds(0.123456, 0.01, 3)).toBe('0.1235 ± 0.0100');
    expect(meanOverSeeds(Number.NaN, 0, 2)).toBe('no finite result');
  });
});
