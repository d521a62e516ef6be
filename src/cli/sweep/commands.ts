import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandTable, FlagSpecs } from '../../models/contract';
import { MODELS, modelById } from '../../models/registry';
import { FailureError, toInteger, toList, UsageError } from '../args';
import { toCsv } from '../format';
import { expandPlan } from './plan';
import { collect, readPlan, runTask, sweepStatus } from './results';
import { defaultJobs, runChildren, selfCommand } from './parallel';
import { estimateTask, slurmScript } from './slurm';

const SWEPT = MODELS.filter((m) => m.simulation);

/** One list flag per simulation setting of any model; the chosen model says which apply. */
const settingFlags: FlagSpecs = Object.fromEntries(
  SWEPT.flatMap((m) =>
    Object.entries(m.simulation!.defaults).map(([k, v]) => [
      k,
      {
        kind: 'list' as const,
        help: `${typeof v === 'number' ? 'values' : 'words'} of ${k} (${SWEPT.filter((x) => k in x.simulation!.defaults)
          .map((x) => `${x.id}: default ${x.simulation!.defaults[k]}`)
          .join('; ')})`,
      },
    ]),
  ),
);

const planFlag: FlagSpecs = { plan: { kind: 'string', help: 'the plan file written by sweep plan', required: true } };

function settingsOf(model: string, f: Map<string, string>): Record<string, Array<number | string>> {
  const spec = modelById(model).simulation!;
  const lists: Record<string, Array<number | string>> = {};
  for (const k of Object.keys(settingFlags)) {
    const raw = f.get(k);
    if (raw === undefined) continue;
    if (!(k in spec.defaults)) throw new UsageError(`--${k} is not a simulation setting of ${model}; its settings: ${Object.keys(spec.defaults).join(', ')}`);
    if (typeof spec.defaults[k] === 'number') lists[k] = toList(`--${k}`, raw);
    else {
      const words = raw.split(',').map((w) => w.trim());
      const allowed = spec.choices[k] ?? [];
      for (const w of words) if (!allowed.includes(w)) throw new UsageError(`--${k} must be one of ${allowed.join(', ')} (got '${w}')`);
      lists[k] = words;
    }
  }
  return lists;
}

/** `--task I`, or the array index Slurm gives each task; `all` runs every task not yet done, --jobs at a time. */
function taskIds(f: Map<string, string>, count: number): number[] {
  const raw = f.get('task') ?? process.env.SLURM_ARRAY_TASK_ID;
  if (raw === undefined) throw new UsageError('missing --task (a task number, or all); under Slurm it defaults to $SLURM_ARRAY_TASK_ID');
  if (raw === 'all') return Array.from({ length: count }, (_, i) => i);
  return [toInteger('--task', raw, 0, Math.max(0, count - 1))];
}

export const sweepCommands: CommandTable = {
  plan: {
    summary: 'write a plan of independent simulation tasks (a grid of settings × α × seeds)',
    usage:
      'tokenphase sweep plan --model M --alpha LIST --seeds LIST --out DIR [--<setting> LIST …]\n\n' +
      'Writes DIR/plan.json: one task per setting, α and seed, each with every parameter of its run, and the\n' +
      'version. Settings not given keep their defaults. Results of `sweep run` land beside the plan.',
    flags: {
      model: { kind: 'string', help: 'the model to simulate', required: true, choices: SWEPT.map((m) => m.id) },
      alpha: { kind: 'list', help: 'sample ratios: a,b,c or start:stop:step', required: true },
      seeds: { kind: 'list', help: 'seeds, one task each: a,b,c or start:stop:step', required: true },
      out: { kind: 'string', help: 'folder for the plan and its results (created)', required: true },
      ...settingFlags,
    },
    run(f) {
      const model = f.get('model')!;
      const alphas = toList('--alpha', f.get('alpha')!);
      for (const a of alphas) if (!(a > 0)) throw new UsageError(`--alpha values must be > 0 (got ${a})`);
      const seeds = toList('--seeds', f.get('seeds')!);
      for (const s of seeds) if (!Number.isInteger(s) || s < 0) throw new UsageError(`--seeds must be whole numbers ≥ 0 (got ${s})`);
      const command = ['tokenphase sweep plan', ...[...f].map(([k, v]) => `--${k} ${v}`)].join(' ');
      const plan = expandPlan(modelById(model), settingsOf(model, f), alphas, seeds, command);
      const dir = resolve(f.get('out')!);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'plan.json');
      writeFileSync(
        path,
        `${JSON.stringify({ ...plan, tasks: [] }, null, 1).replace('"tasks": []', `"tasks": [\n${plan.tasks.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n ]`)}\n`,
      );
      return `${path}: ${plan.tasks.length} tasks of model ${model}`;
    },
  },
  run: {
    summary: 'run one task of a plan (or all), writing its result atomically beside the plan',
    usage:
      'tokenphase sweep run --plan P [--task I|all] [--force yes] [--jobs N]\n\n' +
      'Runs task I (default: $SLURM_ARRAY_TASK_ID) and writes task-I.json beside the plan (a temporary file,\n' +
      'then a rename). A task with a result is skipped unless --force yes; a failed one runs again. Exit 1 with\n' +
      'one line when a task fails. The same task gives the same numbers on any machine. --task all runs the\n' +
      'tasks N at a time, each in a process of its own (default: one per core).',
    flags: {
      ...planFlag,
      task: { kind: 'string', help: 'task number, or all (default $SLURM_ARRAY_TASK_ID)' },
      force: { kind: 'string', help: 'run even if a result exists', default: 'no', choices: ['yes', 'no'] },
      jobs: { kind: 'integer', help: 'tasks run at once by --task all (default: the number of cores)' },
    },
    async run(f) {
      const path = resolve(f.get('plan')!);
      const plan = readPlan(path);
      const lines: string[] = [];
      const failed: string[] = [];
      const ids = taskIds(f, plan.tasks.length);
      const jobs = f.has('jobs') ? toInteger('--jobs', f.get('jobs')!, 1, 1024) : defaultJobs();
      const self = selfCommand();
      if (jobs > 1 && ids.length > 1 && self) {
        const force = f.get('force')!;
        const runs = await runChildren(self, (id) => ['sweep', 'run', '--plan', path, '--task', String(id), '--force', force, '--jobs', '1'], ids, jobs);
        for (const r of runs) {
          lines.push(r.out.trim() || `task ${r.id}: failed`);
          // A child's one-line failure names its task after 'failed; ' (see below).
          if (r.code !== 0)
            failed.push(
              r.err
                .trim()
                .split('\n')
                .pop()
                ?.replace(/^.*? failed; /, '') || `task ${r.id}: exit code ${r.code}`,
            );
        }
        if (failed.length) throw new FailureError(`${failed.length} task${failed.length > 1 ? 's' : ''} failed; ${failed[0]}`);
        return lines.join('\n');
      }
      for (const id of ids) {
        const { result, skipped } = await runTask(path, plan, id, f.get('force') === 'yes');
        if (result.status === 'failed') failed.push(`task ${id}: ${result.reason}`);
        lines.push(
          skipped
            ? `task ${id}: done before, skipped`
            : `task ${id}: ${result.status} in ${result.seconds.toFixed(2)} s${result.final !== undefined ? `, final error ${result.final}` : `, ${result.outcome ?? result.reason}`}`,
        );
      }
      if (failed.length) throw new FailureError(`${failed.length} task${failed.length > 1 ? 's' : ''} failed; ${failed[0]}`);
      return lines.join('\n');
    },
  },
  status: {
    summary: 'which tasks of a plan are done, missing or failed',
    usage: 'tokenphase sweep status --plan P [--format text|json]',
    flags: { ...planFlag, format: { kind: 'string', help: 'output format', default: 'text', choices: ['text', 'json'] } },
    run(f) {
      const path = resolve(f.get('plan')!);
      const plan = readPlan(path);
      const s = sweepStatus(path, plan);
      if (f.get('format') === 'json') return JSON.stringify({ tasks: plan.tasks.length, ...s });
      const list = (ids: number[]) => (ids.length ? ids.join(',') : '—');
      return [
        `${plan.tasks.length} tasks: ${s.done.length} done, ${s.missing.length} missing, ${s.failed.length} failed`,
        `missing: ${list(s.missing)}`,
        ...s.failed.map((x) => `failed: task ${x.task}: ${x.reason}`),
      ].join('\n');
    },
  },
  collect: {
    summary: 'merge the results of a plan into points: mean, standard error, seeds and the theory value',
    usage:
      'tokenphase sweep collect --plan P [--format json|csv] [--out FILE]\n\nOne point per setting and α; the explorer opens the JSON file and draws its points on the curve.',
    flags: {
      ...planFlag,
      format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] },
      out: { kind: 'string', help: 'write to this file instead of standard output' },
    },
    run(f) {
      const path = resolve(f.get('plan')!);
      const c = collect(path, readPlan(path));
      const keys = [...new Set(c.points.flatMap((p) => Object.keys(p.request)))].filter((k) => k !== 'seeds');
      const text =
        f.get('format') === 'csv'
          ? toCsv(
              { model: c.model, version: c.version },
              {
                ...Object.fromEntries(keys.map((k) => [k, c.points.map((p) => p.request[k])])),
                mean: c.points.map((p) => p.mean),
                stderr: c.points.map((p) => p.stderr),
                n: c.points.map((p) => p.finals.length),
                theory: c.points.map((p) => p.theory),
                seeds: c.points.map((p) => p.seeds.join(' ')),
                notDone: c.points.map((p) => p.missing.length + p.failed.length + p.diverged.length),
              },
            )
          : JSON.stringify(c, null, 1);
      const out = f.get('out');
      if (!out) return text;
      writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
      return `${out}: ${c.points.length} points`;
    },
  },
  slurm: {
    summary: 'print a ready sbatch script that runs a plan as a Slurm array job',
    usage: 'tokenphase sweep slurm --plan P [--concurrency N] [--cli COMMAND] [--partition NAME]',
    flags: {
      ...planFlag,
      concurrency: { kind: 'integer', help: 'array tasks running at once (%N)', default: '16' },
      cli: { kind: 'string', help: 'how the cluster nodes run this CLI', default: 'npx tokenphase' },
      partition: { kind: 'string', help: 'Slurm partition' },
    },
    async run(f) {
      const path = resolve(f.get('plan')!);
      const plan = readPlan(path);
      const est = await estimateTask(plan, await modelById(plan.model).loadApi());
      return slurmScript(plan, est, {
        planPath: path,
        concurrency: toInteger('--concurrency', f.get('concurrency')!, 1, 10_000),
        cli: f.get('cli')!,
        partition: f.get('partition'),
      });
    },
  },
};
