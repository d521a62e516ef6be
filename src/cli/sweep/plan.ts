import type { ModelDefinition } from '../../models/contract';
import { VERSION } from '../../version';
import { UsageError } from '../args';

export const PLAN_FORMAT = 'tokenphase-sweep/1';

/** One independent task: a single seeded instance at one setting; the request is exactly what `simulatePoint` takes. */
export interface SweepTask {
  id: number;
  request: Record<string, number | string>;
}

/** Everything needed to run and reproduce a sweep, task by task, on any machine. */
export interface SweepPlan {
  format: typeof PLAN_FORMAT;
  version: string;
  model: string;
  /** The command line that wrote the plan. */
  command: string;
  created: string;
  tasks: SweepTask[];
}

/** At most this many tasks in one plan: a typo in a range cannot ask for a billion runs. */
export const MAX_TASKS = 100_000;

/**
 * The Cartesian product of the listed values (every other setting at its default), one task per seed.
 * Settings vary slowest in the order of the model's defaults, then α, then the seed.
 */
export function expandPlan(
  model: ModelDefinition,
  lists: Record<string, Array<number | string>>,
  alphas: number[],
  seeds: number[],
  command: string,
): SweepPlan {
  const spec = model.simulation;
  if (!spec) throw new UsageError(`model ${model.id} has no simulations to sweep`);
  let count = alphas.length * seeds.length;
  const axes = Object.keys(spec.defaults).map((k) => {
    const values = lists[k] ?? [spec.defaults[k]];
    count *= values.length;
    return [k, values] as const;
  });
  if (count > MAX_TASKS) throw new UsageError(`the plan would have ${count} tasks; at most ${MAX_TASKS} are allowed`);
  let settings: Array<Record<string, number | string>> = [{}];
  for (const [k, values] of axes) settings = settings.flatMap((s) => values.map((v) => ({ ...s, [k]: v })));
  const tasks: SweepTask[] = [];
  for (const s of settings) for (const alpha of alphas) for (const seed of seeds) tasks.push({ id: tasks.length, request: { ...s, alpha, seed, seeds: 1 } });
  return { format: PLAN_FORMAT, version: VERSION, model: model.id, command, created: new Date().toISOString(), tasks };
}

/** Checks a plan read from a file, with a message naming what is wrong. */
export function checkPlan(raw: unknown, path: string): SweepPlan {
  const p = raw as Partial<SweepPlan> | null;
  if (!p || typeof p !== 'object' || p.format !== PLAN_FORMAT) throw new UsageError(`${path} is not a sweep plan (format ${PLAN_FORMAT})`);
  if (typeof p.model !== 'string' || !Array.isArray(p.tasks)) throw new UsageError(`${path}: a plan needs a model and a list of tasks`);
  p.tasks.forEach((t, i) => {
    if (!t || t.id !== i || typeof t.request !== 'object') throw new UsageError(`${path}: task ${i} is malformed`);
  });
  return p as SweepPlan;
}

/** The settings a point is averaged over: everything in the request but the seed. */
export function pointKey(request: Record<string, number | string>): string {
  return JSON.stringify(
    Object.keys(request)
      .filter((k) => k !== 'seed')
      .sort()
      .map((k) => [k, request[k]]),
  );
}
