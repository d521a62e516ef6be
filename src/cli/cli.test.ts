import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toList } from './args';
import { runCliCaptured } from './testing';

const run = runCliCaptured;

describe('tokenphase bsr curve', () => {
  it('prints the documented JSON with E_BO, ridge and both α axes', async () => {
    const r = await run('bsr', 'curve', '--beta', '1', '--rho', '0.2', '--delta', '0', '--alpha', '0.2,0.3,0.5');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['params', 'alpha', 'alphaTilde', 'bo', 'ridge', 'converged']));
    expect(j.params).toMatchObject({ beta: 1, rho: 0.2, delta: 0 });
    expect(j.bo[0]).toBeCloseTo(0.66006, 4);
    expect(j.bo[1]).toBeCloseTo(0.3474, 3);
    expect(j.bo[2]).toBe(0);
    expect(j.ridge[0]).toBeCloseTo(0.8, 12);
    expect(j.alphaTilde[0]).toBeCloseTo((0.2 * 1) / (0.2 * 2), 12);
    expect(j.converged).toEqual([true, true, true]);
  });

  it('reads the list on the α̃ axis when asked, and still reports α = n/(dL)', async () => {
    const r = await run('bsr', 'curve', '--beta', '2', '--rho', '0.5', '--alpha', '0.5', '--axis', 'alphaTilde');
    const j = JSON.parse(r.out);
    expect(j.alphaTilde[0]).toBeCloseTo(0.5, 12);
    expect(j.alpha[0]).toBeCloseTo((0.5 * 0.5 * 3) / 2, 12);
  });

  it('writes CSV with a parameter header', async () => {
    const r = await run('bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0:1:0.25', '--format', 'csv');
    const lines = r.out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('#')).map((l) => l.split(':')[0])).toEqual(expect.arrayContaining(['# beta', '# rho', '# delta', '# version']));
    const body = lines.filter((l) => !l.startsWith('#'));
    expect(body[0]).toBe('alpha,alphaTilde,bo,ridge,converged,status');
    expect(body).toHaveLength(6);
    expect(body[3].split(',')[2]).toMatch(/^0\.3514/);
  });
});

describe('other commands', () => {
  it('thresholds', async () => {
    const j = JSON.parse((await run('bsr', 'thresholds', '--beta', '1', '--rho', '0.2')).out);
    expect(j.alphaPR).toBeCloseTo(0.36, 12);
    expect(j.alphaMNNE).toBeCloseTo(0.57169, 5);
  });
  it('density integrates to one over its grid and lists its bands', async () => {
    const j = JSON.parse((await run('bsr', 'density', '--beta', '2', '--rho', '0.2', '--zeta', '0.3', '--points', '4001')).out);
    expect(j.bands).toHaveLength(2);
    const h = j.s[1] - j.s[0];
    const mass = 2 * j.density.reduce((a: number, b: number) => a + b, 0) * h;
    expect(mass).toBeCloseTo(1, 2);
    expect(j.mass).toBeCloseTo(1, 9);
  });
  it('free entropy peaks at the fixed point', async () => {
    const j = JSON.parse((await run('bsr', 'free-entropy', '--beta', '1', '--rho', '0.5', '--alpha', '0.5', '--points', '1001')).out);
    expect(Math.abs(j.argmax - j.fixedPoint.q)).toBeLessThan(2e-3);
  });
});

describe('bad input', () => {
  const cases: Array<[string[], RegExp]> = [
    [['bsr', 'curve', '--bta', '1', '--rho', '0.5', '--alpha', '0.1'], /unknown flag --bta \(did you mean --beta\?\)/],
    [['bsr', 'curve', '--beta', 'one', '--rho', '0.5', '--alpha', '0.1'], /--beta must be a number/],
    [['bsr', 'curve', '--beta', '0', '--rho', '0.5', '--alpha', '0.1'], /--beta must be > 0/],
    [['bsr', 'curve', '--beta', '1', '--rho', '-2', '--alpha', '0.1'], /--rho must be > 0/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--delta', '-0.1', '--alpha', '0.1'], /--delta must be ≥ 0/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0.1,-1'], /--alpha must be ≥ 0/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', ''], /empty list/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '1,,2'], /empty item/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0:1:0'], /step of a range must be > 0/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5'], /missing required flag --alpha/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0.1', '--format', 'xml'], /--format must be one of json, csv/],
    [['bsr', 'curv'], /unknown bsr command 'curv'/],
    [['smx', 'curve'], /unknown model 'smx'; available: bsr, aim, smi/],
    [['aim', 'curve', '--rho', '0.5', '--alpha', '0.1', '--channel', 'hardmax', '--T', '3'], /hardmax channel is solved for T = 2 only/],
    [['aim', 'curve', '--rho', '0.5', '--alpha', '0.1', '--T', '1'], /--T must be an integer from 2/],
    [['bsr', 'density', '--beta', '1', '--rho', '0.5', '--zeta', '0'], /--zeta must be > 0/],
    [['bsr', 'curve', '--beta'], /needs a value/],
  ];
  for (const [argv, msg] of cases) {
    it(`${argv.join(' ')} → exit 2 with one clear line`, async () => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    });
  }
  it('expands ranges without rounding noise', async () => {
    expect(toList('--alpha', '0:0.3:0.1')).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('help', () => {
  it('documents every command and flag', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const w of ['bsr curve', 'bsr thresholds', 'bsr density', 'bsr free-entropy', '--beta', '--axis', '--zeta', '--points']) expect(r.out).toContain(w);
    expect((await run('bsr', 'curve', '--help')).out).toContain('start:stop:step');
  });
});

describe('the installed command', () => {
  const bin = fileURLToPath(new URL('../../bin/tokenphase.mjs', import.meta.url));
  it('runs through node and exits 2 on a typo without a stack trace', async () => {
    const ok = execFileSync(process.execPath, [bin, 'bsr', 'thresholds', '--beta', '2', '--rho', '0.5'], { encoding: 'utf8' });
    expect(JSON.parse(ok).alphaPR).toBeCloseTo(0.625, 12);
    const bad = spawnSync(process.execPath, [bin, 'bsr', 'curve', '--beta', 'x', '--rho', '0.5', '--alpha', '1'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("tokenphase: --beta must be a number (got 'x')");
  });
});

describe('simulation commands', () => {
  it('bsr amp prints iterations with state evolution, the final state and the theory value', async () => {
    const r = await run('bsr', 'amp', '--d', '30', '--beta', '1', '--rho', '0.5', '--alpha', '0.5', '--seed', '3', '--max-iter', '40');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.iterations[0]).toEqual({ t: 1, mse: expect.any(Number), se: expect.any(Number) });
    expect(j.final).toMatchObject({ converged: expect.any(Boolean), diverged: false });
    expect(j.theory).toBeCloseTo(0.3515, 3);
    expect(Math.abs(j.final.mse - j.theory)).toBeLessThan(0.1);
  });
  it('bsr gd reports the averaged error as K grows', async () => {
    const j = JSON.parse((await run('bsr', 'gd', '--d', '12', '--beta', '1', '--rho', '0.25', '--alpha', '0.5', '--averages', '2', '--steps', '200')).out);
    expect(j.errorVsK).toHaveLength(2);
    expect(j.runs).toHaveLength(2);
    expect(j.params.algorithm).toBe('averaged-gd');
  });
  it('refuses runs that would not fit in memory, and bad simulation flags', async () => {
    expect((await run('bsr', 'amp', '--d', '400', '--beta', '2', '--rho', '0.5', '--alpha', '1')).err).toMatch(/MiB.*lower d or α/);
    expect((await run('bsr', 'amp', '--d', '20', '--beta', '1', '--rho', '0.5', '--alpha', '0.5', '--damping', '1')).err).toMatch(
      /--damping must lie in \[0, 1\)/,
    );
    expect((await run('bsr', 'gd', '--d', '20', '--beta', '1', '--rho', '0.5', '--alpha', '0.5', '--init', 'zero')).err).toMatch(
      /--init must be one of prior, small/,
    );
    expect((await run('bsr', 'gd', '--d', '2.5', '--beta', '1', '--rho', '0.5', '--alpha', '0.5')).code).toBe(2);
  });
});

describe('attention-indexed model commands', () => {
  it('aim curve (softmax) prints α, ᾱ, the MMSE and convergence', async () => {
    const j = JSON.parse((await run('aim', 'curve', '--channel', 'softmax', '--T', '2', '--rho', '0.5', '--alpha', '0.0993,0.3')).out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['alpha', 'mmse', 'converged']));
    expect(j.mmse[0]).toBeCloseTo(0.397, 3);
    expect(j.mmse[1]).toBe(0);
    expect(j.alphaBar[0]).toBeCloseTo(0.0993 * 4, 12);
  });
  it('aim curve (hardmax, T = 2) gives the corrected state evolution', async () => {
    const j = JSON.parse((await run('aim', 'curve', '--channel', 'hardmax', '--rho', '0.5', '--alpha', '0.3')).out);
    expect(j.mmse[0]).toBeCloseTo(0.3742, 3);
    expect(j.converged).toEqual([true]);
  });
  it('aim thresholds', async () => {
    expect(JSON.parse((await run('aim', 'thresholds', '--T', '3', '--rho', '0.5')).out).alphaPR).toBeCloseTo(0.75 / 10, 14);
  });
});
