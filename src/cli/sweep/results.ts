import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SimPoint } from '../../models/contract';
import { modelById } from '../../models/registry';
import { VERSION } from '../../version';
import { UsageError } from '../args';
import { checkPlan, pointKey, type SweepPlan } from './plan';

/** What one task leaves behind: its request, how it went, and the seed's result. */
export interface TaskResult {
  task: number;
  model: string;
  version: string;
  request: Record<string, number | string>;
  status: 'ok' | 'failed';
  /** Why it failed, in one line. */
  reason?: string;
  /** The seed's final error (absent when the run diverged: reported in `outcome`, not averaged). */
  final?: number;
  outcome?: string;
  /** The theory value at the instance's actual (rounded) parameters. */
  theory?: number;
  messages?: string[];
  seconds: number;
}

export function readPlan(path: string): SweepPlan {
  if (!existsSync(path)) throw new UsageError(`no plan at ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is not valid JSON`);
  }
  return checkPlan(raw, path);
}

/** Results sit beside the plan: `<plan folder>/task-<id>.json`. */
export const resultPath = (planPath: string, id: number) => join(dirname(planPath), `task-${id}.json`);

/** The task's result if it has a readable one; null when missing or unreadable (a task killed mid-write leaves none). */
export function readResult(planPath: string, id: number): TaskResult | null {
  const p = resultPath(planPath, id);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as TaskResult;
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Runs one task and writes its result. A task with a good result is skipped unless `force`; a failed one is
 * run again. Resolves to the result (status 'failed' with the reason when the run threw).
 */
export async function runTask(planPath: string, plan: SweepPlan, id: number, force: boolean): Promise<{ result: TaskResult; skipped: boolean }> {
  const task = plan.tasks[id];
  if (!task) throw new UsageError(`task ${id} is not in the plan (it has tasks 0 to ${plan.tasks.length - 1})`);
  const old = readResult(planPath, id);
  if (old && old.status === 'ok' && !force) return { result: old, skipped: true };
  const api = await modelById(plan.model).loadApi();
  const t0 = performance.now();
  let result: TaskResult;
  try {
    const p = (await api.simulatePoint(task.request)) as SimPoint<unknown>;
    result = {
      task: id,
      model: plan.model,
      version: VERSION,
      request: task.request,
      status: 'ok',
      final: p.finals[0],
      outcome: p.outcomes[0],
      theory: p.theory,
      messages: p.messages,
      seconds: (performance.now() - t0) / 1000,
    };
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    result = { task: id, model: plan.model, version: VERSION, request: task.request, status: 'failed', reason, seconds: (performance.now() - t0) / 1000 };
  }
  writeAtomic(resultPath(planPath, id), `${JSON.stringify(result)}\n`);
  return { result, skipped: false };
}

export interface SweepStatus {
  done: number[];
  missing: number[];
  failed: Array<{ task: number; reason: string }>;
}

export function sweepStatus(planPath: string, plan: SweepPlan): SweepStatus {
  const s: SweepStatus = { done: [], missing: [], failed: [] };
  for (const t of plan.tasks) {
    const r = readResult(planPath, t.id);
    if (!r) s.missing.push(t.id);
    else if (r.status === 'failed') s.failed.push({ task: t.id, reason: r.reason ?? 'failed' });
    else s.done.push(t.id);
  }
  return s;
}

/** One point of a collected sweep: the seeds at one setting, summarised. */
export interface CollectedPoint {
  request: Record<string, number | string>;
  alpha: number;
  seeds: number[];
  finals: number[];
  /** Mean and standard error over the seeds with a final error; NaN where there is none. */
  mean: number;
  stderr: number;
  /** Seeds whose run diverged (no final error), failed, or has no result yet. */
  diverged: number[];
  failed: number[];
  missing: number[];
  theory: number;
}

export interface CollectedSweep {
  format: 'tokenphase-sweep-results/1';
  model: string;
  version: string;
  planCommand: string;
  points: CollectedPoint[];
}

/** Merges the task results into one point per setting (all but the seed), in plan order. */
export function collect(planPath: string, plan: SweepPlan): CollectedSweep {
  const byKey = new Map<string, CollectedPoint>();
  for (const t of plan.tasks) {
    const key = pointKey(t.request);
    let p = byKey.get(key);
    if (!p) {
      const { seed: _seed, ...request } = t.request;
      p = { request, alpha: Number(t.request.alpha), seeds: [], finals: [], mean: NaN, stderr: NaN, diverged: [], failed: [], missing: [], theory: NaN };
      byKey.set(key, p);
    }
    const seed = Number(t.request.seed);
    const r = readResult(planPath, t.id);
    if (!r) p.missing.push(seed);
    else if (r.status === 'failed') p.failed.push(seed);
    else {
      if (Number.isFinite(r.theory)) p.theory = r.theory!;
      if (r.final === undefined || !Number.isFinite(r.final)) p.diverged.push(seed);
      else {
        p.seeds.push(seed);
        p.finals.push(r.final);
      }
    }
  }
  for (const p of byKey.values()) {
    const n = p.finals.length;
    p.mean = n ? p.finals.reduce((a, b) => a + b, 0) / n : NaN;
    p.stderr = n > 1 ? Math.sqrt(p.finals.reduce((a, b) => a + (b - p.mean) ** 2, 0) / (n - 1) / n) : NaN;
  }
  return { format: 'tokenphase-sweep-results/1', model: plan.model, version: plan.version, planCommand: plan.command, points: [...byKey.values()] };
}
