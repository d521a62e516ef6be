import type { ModelApi } from '../../models/contract';
import type { SweepPlan } from './plan';

/**
 * Seconds per byte of instance per pass over the tokens, measured with `sweep run` on this project's kernels
 * (d = 60 and 100, one core of a 2.6 GHz x86-64 under load): GAMP-RIE 1.0–1.9 ns, gradient descent 0.25–0.36 ns
 * (its passes are lighter). Slower nodes and small-n SVDs are covered by the safety factor.
 */
const SECONDS_PER_BYTE_PASS: Record<string, number> = { amp: 2e-9, mnne: 2e-9, gd: 4e-10, agd: 4e-10 };
const SAFETY = 3;

/** Passes over the tokens that one task makes at most. */
function passes(req: Record<string, number | string>): number {
  const algo = String(req.algo);
  if (algo === 'amp') return 2 * Number(req.maxIter);
  if (algo === 'mnne') return 2 * 50 * Number(req.maxIter);
  const runs = algo === 'agd' ? Number(req.averages) : 1;
  return 2 * Number(req.steps) * runs;
}

/** Largest memory and time of any task of the plan, from the model's own memory estimate. */
export async function estimateTask(plan: SweepPlan, api: ModelApi): Promise<{ bytes: number; seconds: number }> {
  let bytes = 0;
  let seconds = 0;
  for (const t of plan.tasks) {
    const m = (await api.simMemory(t.request)) as { bytes: number };
    bytes = Math.max(bytes, m.bytes);
    seconds = Math.max(seconds, m.bytes * passes(t.request) * (SECONDS_PER_BYTE_PASS[String(t.request.algo)] ?? 2e-9));
  }
  return { bytes, seconds: seconds * SAFETY };
}

/** `D-HH:MM:SS` for sbatch, at least five minutes. */
export function slurmTime(seconds: number): string {
  const s = Math.max(300, Math.ceil(seconds / 60) * 60);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d}-${pad(h)}:${pad(m)}:00`;
}

/** Memory per task for sbatch: the instance plus Node's own ~200 MB, rounded up to 100 MB. */
export const slurmMem = (bytes: number) => `${Math.ceil((bytes / 2 ** 20 + 200) / 100) * 100}M`;

export interface SlurmOptions {
  planPath: string;
  concurrency: number;
  /** The command that runs the CLI on the cluster's nodes. */
  cli: string;
  partition?: string;
}

/** A ready sbatch script: one array task per plan task, `%` concurrency, time and memory from the plan. */
export function slurmScript(plan: SweepPlan, est: { bytes: number; seconds: number }, o: SlurmOptions): string {
  const n = plan.tasks.length;
  return [
    '#!/bin/bash',
    `# Tokenphase sweep: ${n} tasks of model ${plan.model} (plan ${o.planPath}).`,
    `# Per task at most about ${(est.bytes / 2 ** 20).toFixed(0)} MiB and ${(est.seconds / 60).toFixed(1)} min (estimate with a safety factor of ${SAFETY}).`,
    '# Submit with: sbatch this-script.sh   Then: tokenphase sweep status --plan PLAN; re-submit to run what is missing.',
    '#SBATCH --job-name=tokenphase-sweep',
    `#SBATCH --array=0-${n - 1}%${o.concurrency}`,
    '#SBATCH --ntasks=1',
    '#SBATCH --cpus-per-task=1',
    `#SBATCH --time=${slurmTime(est.seconds)}`,
    `#SBATCH --mem=${slurmMem(est.bytes)}`,
    ...(o.partition ? [`#SBATCH --partition=${o.partition}`] : []),
    `#SBATCH --output=${o.planPath.replace(/[^/]*$/, '')}slurm-%A_%a.out`,
    'set -euo pipefail',
    `${o.cli} sweep run --plan ${shellQuote(o.planPath)}`,
    '',
  ].join('\n');
}

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
