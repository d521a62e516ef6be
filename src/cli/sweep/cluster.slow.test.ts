import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A sweep run three ways, through the built CLI as a cluster would run it: task by task here, through GNU
// Parallel, and as a Slurm array job on a one-machine cluster; the collected numbers must be the same.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(ROOT, 'bin/tokenphase.mjs');
const work = mkdtempSync(join(tmpdir(), 'tokenphase-cluster-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tp = (...args: string[]) => execFileSync('node', [BIN, ...args], { encoding: 'utf8' });

/** A copy of the plan in its own folder, so each way of running it writes its own results. */
function copyPlan(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  cpSync(join(work, 'plan', 'plan.json'), join(dir, 'plan.json'));
  return join(dir, 'plan.json');
}

const collected = (plan: string) => JSON.parse(tp('sweep', 'collect', '--plan', plan)).points;
let direct: unknown;

beforeAll(() => {
  tp('sweep', 'plan', '--model', 'bsr', '--algo', 'amp', '--alpha', '0.3,0.6', '--seeds', '1:6:1', '--d', '20', '--maxIter', '20', '--out', join(work, 'plan'));
  const plan = copyPlan('direct');
  tp('sweep', 'run', '--plan', plan, '--task', 'all', '--jobs', '1');
  direct = collected(plan);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sweeps on a cluster', () => {
  it('the plan has 12 tasks and running them one by one gives 2 points of 6 seeds', () => {
    expect(direct).toHaveLength(2);
    expect((direct as Array<{ seeds: number[] }>)[0].seeds).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('--task all --jobs 2 runs the tasks in two processes at once and gives the same numbers, one line per task in order', () => {
    const plan = copyPlan('jobs');
    const out = tp('sweep', 'run', '--plan', plan, '--task', 'all', '--jobs', '2');
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => Number(/^task (\d+):/.exec(l)?.[1])),
    ).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(collected(plan)).toEqual(direct);
    expect(tp('sweep', 'run', '--plan', plan, '--task', 'all', '--jobs', '2')).toMatch(/task 11: done before, skipped/);
  });

  // GNU Parallel is not part of a plain Node machine: the test runs where it is installed, and always in CI.
  it.runIf(has('parallel') || process.env.CI === 'true')(
    'GNU Parallel gives the same numbers; a killed task is reported missing and a second submission runs only it',
    () => {
      expect(has('parallel'), 'GNU Parallel (Debian package parallel) is needed').toBe(true);
      const plan = copyPlan('parallel');
      const ids = Array.from({ length: 12 }, (_, i) => String(i)).filter((i) => i !== '5');
      execFileSync('parallel', ['--jobs', '2', '--halt', 'now,fail=1', 'node', BIN, 'sweep', 'run', '--plan', plan, '--task', '{}', ':::', ...ids]);
      // Killed before it could write: no result, not even half of one.
      const killed = spawnSync('node', [BIN, 'sweep', 'run', '--plan', plan, '--task', '5'], { timeout: 40, killSignal: 'SIGKILL' });
      expect(killed.signal).toBe('SIGKILL');
      const status = JSON.parse(tp('sweep', 'status', '--plan', plan, '--format', 'json'));
      expect(status.missing).toEqual([5]);
      const again = execFileSync(
        'parallel',
        ['--jobs', '2', '--keep-order', 'node', BIN, 'sweep', 'run', '--plan', plan, '--task', '{}', ':::', ...Array.from({ length: 12 }, (_, i) => String(i))],
        { encoding: 'utf8' },
      );
      expect(again.match(/skipped/g)).toHaveLength(11);
      expect(again).toMatch(/task 5: ok/);
      expect(collected(plan)).toEqual(direct);
    },
  );

  // Setting up Slurm writes /etc/slurm and /etc/munge: only where that is allowed (CI, or TOKENPHASE_SLURM=1),
  // and never on a machine that already runs Slurm.
  const allowed = process.env.CI === 'true' || process.env.TOKENPHASE_SLURM === '1';
  it.runIf(allowed)('a Slurm array job on a one-machine cluster gives the same numbers, and a re-submission fills in a killed task', () => {
    expect(has('sbatch') && has('munged'), 'Slurm and munge (Debian packages slurm-wlm, munge) are needed').toBe(true);
    expect(spawnSync('pgrep', ['-x', 'slurmctld']).status, 'a Slurm controller is already running here').not.toBe(0);
    const cluster = startSlurm();
    try {
      const plan = copyPlan('slurm');
      const script = tp('sweep', 'slurm', '--plan', plan, '--concurrency', '2', '--cli', `node ${BIN}`);
      writeFileSync(join(work, 'job.sh'), script);
      execFileSync('sbatch', ['--wait', join(work, 'job.sh')], { encoding: 'utf8', timeout: 170_000 });
      expect(collected(plan)).toEqual(direct);
      unlinkSync(join(work, 'slurm', 'task-7.json'));
      expect(JSON.parse(tp('sweep', 'status', '--plan', plan, '--format', 'json')).missing).toEqual([7]);
      execFileSync('sbatch', ['--wait', join(work, 'job.sh')], { encoding: 'utf8', timeout: 170_000 });
      expect(collected(plan)).toEqual(direct);
    } finally {
      cluster.stop();
    }
  });
});

/** A one-machine Slurm (munge, slurmctld, slurmd) with its state in a temporary folder; stop() ends the daemons. */
function startSlurm(): { stop: () => void } {
  const dir = join(work, 'slurm-state');
  mkdirSync(dir, { recursive: true });
  const host = hostname().split('.')[0];
  const cpus = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  for (const d of ['/etc/munge', '/run/munge', '/var/lib/munge', '/var/log/munge', '/etc/slurm']) mkdirSync(d, { recursive: true });
  if (!existsSync('/etc/munge/munge.key')) execFileSync('sh', ['-c', 'dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null']);
  execFileSync('sh', ['-c', 'chown -R munge: /etc/munge /run/munge /var/lib/munge /var/log/munge && chmod 400 /etc/munge/munge.key']);
  execFileSync('munged', ['--force']);
  const conf = [
    'ClusterName=tokenphase-test',
    `SlurmctldHost=${host}`,
    'SlurmUser=root',
    'SlurmdUser=root',
    `StateSaveLocation=${dir}/state`,
    `SlurmdSpoolDir=${dir}/spool`,
    `SlurmctldPidFile=${dir}/slurmctld.pid`,
    `SlurmdPidFile=${dir}/slurmd.pid`,
    `SlurmctldLogFile=${dir}/slurmctld.log`,
    `SlurmdLogFile=${dir}/slurmd.log`,
    'ProctrackType=proctrack/linuxproc',
    'TaskPlugin=task/none',
    'SelectType=select/cons_tres',
    'SelectTypeParameters=CR_Core',
    'JobAcctGatherType=jobacct_gather/none',
    'AccountingStorageType=accounting_storage/none',
    'MpiDefault=none',
    'ReturnToService=2',
    `NodeName=${host} CPUs=${cpus} RealMemory=${Math.floor(totalmem() / 2 ** 20) - 512} State=UNKNOWN`,
    `PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP`,
    '',
  ].join('\n');
  mkdirSync(join(dir, 'state'), { recursive: true });
  mkdirSync(join(dir, 'spool'), { recursive: true });
  writeFileSync('/etc/slurm/slurm.conf', conf);
  execFileSync('slurmctld');
  execFileSync('slurmd');
  const t0 = Date.now();
  while (!/idle/.test(spawnSync('sinfo', ['-h', '-o', '%t'], { encoding: 'utf8' }).stdout ?? '')) {
    if (Date.now() - t0 > 30_000) throw new Error(`Slurm did not come up: ${readFileSync(join(dir, 'slurmctld.log'), 'utf8').slice(-500)}`);
    execFileSync('sleep', ['0.5']);
  }
  const kill = (pidFile: string) => {
    if (existsSync(pidFile)) spawnSync('kill', [readFileSync(pidFile, 'utf8').trim()]);
  };
  return {
    stop() {
      kill(join(dir, 'slurmd.pid'));
      kill(join(dir, 'slurmctld.pid'));
      spawnSync('pkill', ['-x', 'munged']);
    },
  };
}
