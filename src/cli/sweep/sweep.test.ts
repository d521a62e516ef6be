import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sizesOf } from '../../models/bsr/sim/size';
import { boCurve } from '../../models/bsr/theory/curve';
import { runCliCaptured } from '../testing';

const dir = mkdtempSync(join(tmpdir(), 'tokenphase-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliCaptured;

const plan = join(dir, 'plan.json');

describe('tokenphase sweep', () => {
  it('plans the grid of settings × α × seeds, one task per seed, with every parameter of the run', async () => {
    const r = await cli(
      'sweep',
      'plan',
      '--model',
      'bsr',
      '--algo',
      'amp',
      '--alpha',
      '0.3,0.6',
      '--seeds',
      '1:3:1',
      '--d',
      '12,16',
      '--maxIter',
      '6',
      '--out',
      dir,
    );
    expect(r.code).toBe(0);
    const p = JSON.parse(readFileSync(plan, 'utf8'));
    expect(p.tasks).toHaveLength(2 * 2 * 3);
    expect(p.tasks[0].request).toMatchObject({ algo: 'amp', d: 12, beta: 1, rho: 0.5, maxIter: 6, alpha: 0.3, seed: 1, seeds: 1 });
    expect(p.tasks[11].request).toMatchObject({ d: 16, alpha: 0.6, seed: 3 });
    expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runs a task into task-I.json (no temporary file left), skips it when done, and reports the rest missing', async () => {
    expect((await cli('sweep', 'run', '--plan', plan, '--task', '0')).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    const first = readFileSync(join(dir, 'task-0.json'), 'utf8');
    expect((await cli('sweep', 'run', '--plan', plan, '--task', '0')).out).toMatch(/skipped/);
    // Forced, the same task gives the same numbers.
    await cli('sweep', 'run', '--plan', plan, '--task', '0', '--force', 'yes');
    expect(JSON.parse(readFileSync(join(dir, 'task-0.json'), 'utf8')).final).toBe(JSON.parse(first).final);
    const s = JSON.parse((await cli('sweep', 'status', '--plan', plan, '--format', 'json')).out);
    expect(s).toMatchObject({ tasks: 12, done: [0], failed: [] });
    expect(s.missing).toHaveLength(11);
  });

  it('collects mean, standard error, seeds and the theory value per point', async () => {
    const prev = process.env.SLURM_ARRAY_TASK_ID;
    process.env.SLURM_ARRAY_TASK_ID = '1';
    expect((await cli('sweep', 'run', '--plan', plan)).out).toMatch(/^task 1: ok/);
    process.env.SLURM_ARRAY_TASK_ID = prev;
    delete process.env.SLURM_ARRAY_TASK_ID;
    await cli('sweep', 'run', '--plan', plan, '--task', 'all');
    const c = JSON.parse((await cli('sweep', 'collect', '--plan', plan)).out);
    expect(c.points).toHaveLength(4);
    const p = c.points[0];
    const finals = [0, 1, 2].map((i) => JSON.parse(readFileSync(join(dir, `task-${i}.json`), 'utf8')).final);
    const mean = finals.reduce((a, b) => a + b, 0) / 3;
    const sd = Math.sqrt(finals.reduce((a, b) => a + (b - mean) ** 2, 0) / 2);
    expect(p.seeds).toEqual([1, 2, 3]);
    expect(p.mean).toBeCloseTo(mean, 12);
    expect(p.stderr).toBeCloseTo(sd / Math.sqrt(3), 12);
    // Was theory > 0: it is E_BO at the instance's sizes (d = 12: L = 12, r = 6, n = round(0.3·144) = 43).
    const z = sizesOf({ d: 12, beta: 1, rho: 0.5, alpha: 0.3 });
    expect(p.theory).toBeCloseTo(boCurve({ beta: z.L / z.d, rho: z.r / z.d, delta: 0 }, [z.n / (z.d * z.L)]).bo[0], 10);
    expect(p.request).toMatchObject({ d: 12, alpha: 0.3 });
    expect((await cli('sweep', 'collect', '--plan', plan, '--format', 'csv')).out.split('\n')[2]).toMatch(/^algo,d,.*,mean,stderr,n,theory,seeds,notDone$/);
  });

  it('a task that fails exits 1 with one line, is listed as failed, and runs again', async () => {
    const bad = join(dir, 'bad');
    await cli('sweep', 'plan', '--model', 'bsr', '--alpha', '0.5', '--seeds', '1', '--d', '400', '--beta', '2', '--out', bad);
    const r = await cli('sweep', 'run', '--plan', join(bad, 'plan.json'), '--task', '0');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/task 0: .*MiB/);
    expect((await cli('sweep', 'status', '--plan', join(bad, 'plan.json'))).out).toMatch(/1 failed/);
    expect((await cli('sweep', 'run', '--plan', join(bad, 'plan.json'), '--task', '0')).code).toBe(1);
  });

  it('prints an sbatch script sized to the plan, and rejects what is not a plan', async () => {
    const r = await cli('sweep', 'slurm', '--plan', plan, '--concurrency', '4');
    expect(r.out).toMatch(/#SBATCH --array=0-11%4/);
    expect(r.out).toMatch(/#SBATCH --time=\d-\d\d:\d\d:00/);
    expect(r.out).toMatch(/#SBATCH --mem=\d+M/);
    expect(r.out).toMatch(/sweep run --plan /);
    writeFileSync(join(dir, 'x.json'), '{"a":1}');
    expect((await cli('sweep', 'status', '--plan', join(dir, 'x.json'))).code).toBe(2);
    expect((await cli('sweep', 'plan', '--model', 'bsr', '--D', '3', '--alpha', '1', '--seeds', '1', '--out', dir)).err).toMatch(
      /--D is not a simulation setting of bsr/,
    );
    expect((await cli('sweep', 'run', '--plan', plan)).err).toMatch(/missing --task/);
    expect(existsSync(join(dir, 'task-11.json'))).toBe(true);
  });
});
