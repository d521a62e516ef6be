/**
 * The CLI's number contract. Inputs: strict decimal numbers, checked against the range the theory is
 * known to handle before any work starts (exit 2, the range in the message). Outputs: every number printed
 * is finite, or its point carries a status ('failed', 'out-of-range') and a reason, and the command then
 * exits 1 with one line naming those points (the output is still printed).
 */
import { type CommandOutput, toInteger, UsageError } from './args';
import { type Format, toCsv, toJson } from './format';

/** A closed range [min, max] (or [min, max) with `maxOpen`) of accepted values. */
export interface NumRange {
  min: number;
  max: number;
  maxOpen?: boolean;
}

/** A number as it reads in a message: plain for ordinary magnitudes, with an exponent otherwise. */
export function fmt(x: number): string {
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4)) return x.toExponential().replace('e+', 'e');
  return String(x);
}

export function rangeText(r: NumRange): string {
  return `[${fmt(r.min)}, ${fmt(r.max)}${r.maxOpen ? ')' : ']'}`;
}

/** Why `v` is outside `r`, phrased so that the sign constraint comes first when it is the one broken. */
function outside(flag: string, v: number, r: NumRange): string {
  const sign = r.min > 0 && v <= 0 ? 'be > 0 and ' : r.min === 0 && v < 0 ? 'be ≥ 0 and ' : '';
  return `${flag} must ${sign}lie in ${rangeText(r)}`;
}

export function inRange(v: number, r: NumRange): boolean {
  return v >= r.min && (r.maxOpen ? v < r.max : v <= r.max);
}

/** Throws a UsageError naming the flag, its valid range and the value as typed. */
export function checkRange(flag: string, v: number, r: NumRange, raw: string = fmt(v)): number {
  if (!inRange(v, r)) throw new UsageError(`${outside(flag, v, r)} (got ${raw})`);
  return v;
}

/** What a point of a curve came to; anything but 'ok' has no number and a reason. */
export type PointStatus = 'ok' | 'failed' | 'out-of-range';

/** Statuses that carry no number: the command exits 1 when any point has one. */
export const NOT_DELIVERED = new Set(['failed', 'out-of-range']);

/**
 * Marks every point whose numbers are not all finite as failed (keeping a status and reason it already
 * has), so that no null or NaN is printed without its reason. Returns the reasons ('' for a good point).
 */
export function settlePoints(status: string[], reasons: string[], columns: Record<string, ArrayLike<unknown>>): string[] {
  for (let i = 0; i < status.length; i++) {
    if (NOT_DELIVERED.has(status[i])) {
      reasons[i] ||= 'no value';
      continue;
    }
    const bad = Object.entries(columns).find(([, c]) => typeof c[i] === 'number' && !Number.isFinite(c[i] as number));
    if (bad) {
      status[i] = 'failed';
      reasons[i] = `internal error: ${bad[0]} is not a finite number`;
    }
  }
  return reasons;
}

/** One line naming the points that have no number, or null when every point has one. */
export function failureLine(label: string, xs: ArrayLike<number>, status: string[], reasons: string[]): string | null {
  const bad = status.map((_, i) => i).filter((i) => NOT_DELIVERED.has(status[i]));
  if (bad.length === 0) return null;
  const shown = bad.slice(0, 3).map((i) => `${label} = ${fmt(xs[i])} (${status[i]}: ${reasons[i]})`);
  const more = bad.length > 3 ? `, and ${bad.length - 3} more` : '';
  return `${bad.length} of ${status.length} points have no value: ${shown.join('; ')}${more}; the output marks them`;
}

/** The first non-finite number in a JSON-like value, as a path (`final.mse`), or null. */
export function firstNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || 'value';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = firstNonFinite(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = firstNonFinite(v, path ? `${path}.${k}` : k);
      if (p) return p;
    }
  }
  return null;
}

/** The points of a curve: their x (named `label` in messages), status and reasons, filled in by `finish`. */
export interface Points {
  label: string;
  xs: ArrayLike<number>;
  status: string[];
  reasons?: string[];
}

/**
 * Writes a command's output and decides its exit: points without a value (or, without points, any number
 * that is not finite) make it exit 1 with one line saying which and why; `why` explains a non-finite
 * number of a run that has no points (its outcome and message).
 */
export function finish(
  f: Map<string, string>,
  json: Record<string, unknown>,
  header: Record<string, unknown>,
  columns: Record<string, ArrayLike<unknown>>,
  points?: Points,
  why?: string,
): CommandOutput {
  let failed: string | null = null;
  if (points) {
    const reasons = settlePoints(points.status, points.reasons ?? points.status.map(() => ''), columns);
    failed = failureLine(points.label, points.xs, points.status, reasons);
    if (failed) {
      json.reason = reasons;
      columns = { ...columns, reason: reasons };
    }
  } else {
    const path = firstNonFinite(json);
    if (path) failed = `${path} has no finite value${why ? `: ${why}` : ' (internal error)'}; the output shows it as null`;
  }
  const text = (f.get('format') as Format) === 'csv' ? toCsv(header, columns) : toJson(json);
  return { text, failed };
}

/** One run of averaged gradient descent as the `gd` commands print it: its trace, how it ended, its final errors. */
export interface GdRunRecord {
  points: unknown;
  outcome: string;
  final: unknown;
}

/**
 * The `gd` commands' output, the same for every model: each run, the averaged error against the number of runs
 * K beside a single run's, the outcomes and the theory, written (with `finish`) as JSON or as one CSV row per K.
 * Runs that ended other than converged or at their step limit are named in the exit line.
 */
export function finishAveragedGd(
  f: Map<string, string>,
  avg: { errorVsK: number[]; single: number[]; outcomes: string[] },
  runs: GdRunRecord[],
  params: Record<string, unknown>,
  theory: number,
): CommandOutput {
  const json = {
    params,
    runs,
    errorVsK: avg.errorVsK,
    single: avg.single,
    final: { averaged: avg.errorVsK[avg.errorVsK.length - 1], outcomes: avg.outcomes },
    theory,
  };
  const columns = { K: avg.errorVsK.map((_, i) => i + 1), averagedError: avg.errorVsK, singleError: avg.single };
  const bad = avg.outcomes.filter((o) => o !== 'converged' && o !== 'max-iter');
  return finish(f, json, { ...params, theory }, columns, undefined, bad.length ? `runs ended ${[...new Set(bad)].join(', ')} (lower --lr)` : undefined);
}

/** `--seed`: any 32-bit signed integer (the instances' generator takes that range). */
export const seedOf = (f: Map<string, string>): number => toInteger('--seed', f.get('seed')!, -(2 ** 31), 2 ** 31 - 1);

/** A simulation's data must fit before anything is allocated; `lower` says which flags make it smaller. */
export function checkDataSize(bytes: number, max: number, lower: string): void {
  if (bytes > max)
    throw new UsageError(
      `this run needs about ${(bytes / 2 ** 20).toFixed(0)} MiB for the data, more than the ${(max / 2 ** 20).toFixed(0)} MiB allowed; lower ${lower}`,
    );
}
