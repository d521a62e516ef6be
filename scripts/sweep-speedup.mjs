// The speed-up of `tokenphase sweep run --task all` on every core against one: an 8-task plan (GAMP-RIE at
// d = 100, four α × two seeds) run with --jobs 1 and with --jobs N (default: every core), through the built CLI.
// Also the speed-up the same plan would have on 8 cores, from the tasks' own times with --jobs 1 (the longest
// task plus the start of a process), assuming each core keeps its speed.
//   node scripts/sweep-speedup.mjs [--jobs N] [--d 100]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'tokenphase.mjs');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const jobs = Number(opt('--jobs', String(availableParallelism())));
const d = opt('--d', '100');
const dir = mkdtempSync(join(tmpdir(), 'tokenphase-speedup-'));
const tp = (...a) => execFileSync(process.execPath, [BIN, ...a], { encoding: 'utf8' });
const timed = (...a) => {
  const t0 = performance.now();
  const out = tp(...a);
  return { s: (performance.now() - t0) / 1000, out };
};
try {
  tp('sweep', 'plan', '--model', 'bsr', '--algo', 'amp', '--d', d, '--alpha', '0.3,0.5,0.7,0.9', '--seeds', '1,2', '--maxIter', '30', '--out', dir);
  const plan = join(dir, 'plan.json');
  const startup = timed('--version').s;
  const one = timed('sweep', 'run', '--plan', plan, '--task', 'all', '--jobs', '1');
  const many = timed('sweep', 'run', '--plan', plan, '--task', 'all', '--jobs', String(jobs), '--force', 'yes');
  const tasks = [...one.out.matchAll(/in ([\d.]+) s/g)].map((m) => Number(m[1]));
  const sum = tasks.reduce((a, b) => a + b, 0);
  const on8 = one.s / (Math.max(...tasks) + startup + (one.s - sum) / tasks.length);
  console.log(
    JSON.stringify({
      tasks: tasks.length,
      d: Number(d),
      jobs,
      seconds_jobs1: +one.s.toFixed(2),
      seconds_jobsN: +many.s.toFixed(2),
      speedup: +(one.s / many.s).toFixed(2),
      task_seconds: tasks,
      projected_speedup_8_cores: +on8.toFixed(2),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
