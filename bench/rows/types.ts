/** One benchmark: a name (`--only` matches its start), what it measures, and how to time it. */
export interface BenchRow {
  name: string;
  what: string;
  run(): Timing;
}

export interface Timing {
  median_ms: number;
  p95_ms: number;
  /** Extra figures (rates, sizes), printed beside the times and kept in the JSON. */
  extra?: Record<string, number | string>;
}

export function time(fn: (i: number) => void, reps: number): Timing {
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn(i);
    t.push(performance.now() - t0);
  }
  return summary(t);
}

/** Median and 95th percentile of a list of times. */
export function summary(times: number[]): Timing {
  const t = [...times].sort((a, b) => a - b);
  return { median_ms: t[Math.floor(t.length / 2)], p95_ms: t[Math.min(t.length - 1, Math.floor(t.length * 0.95))] };
}

/** Wall-clock times between successive iterations of an algorithm that reports each one, in order. */
export function iterationTimes(run: (onIteration: () => void) => void): number[] {
  const times: number[] = [];
  let last = performance.now();
  run(() => {
    const now = performance.now();
    times.push(now - last);
    last = now;
  });
  return times;
}
