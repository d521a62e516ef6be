/**
 * The number contract, case by case as the tester reported them: each silent wrong number, each internal
 * error blamed on the user, each two-line message. See fuzz.slow.test.ts for the same rules on random input.
 */
import { describe, expect, it } from 'vitest';
import { toNumber, UsageError } from './args';
import { reportError } from './main';
import { runCliCaptured } from './testing';

async function run(...argv: string[]) {
  const r = await runCliCaptured(...argv);
  return { ...r, lines: r.err.trim() === '' ? 0 : r.err.trim().split('\n').length };
}

describe('no silent wrong numbers', () => {
  it('bsr curve at α = 1e200: ridge ≈ Δ/α, not 1', async () => {
    const r = await run('bsr', 'curve', '--beta', '1', '--rho', '0.5', '--delta', '0.1', '--alpha', '1e200');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.ridge[0]).toBeGreaterThan(0);
    expect(j.ridge[0] / (0.1 / 1e200)).toBeCloseTo(1, 12);
    expect(j.bo[0]).toBeGreaterThanOrEqual(0);
    expect(j.bo[0]).toBeLessThan(1e-150);
  });

  it('α = 1e-300 gives E ≈ 1 − α/(1+Δ) (bsr) and mmse ≈ 1 (aim), not a failed point', async () => {
    const b = await run('bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '1e-300,1e-9', '--delta', '0.5');
    expect(b.code).toBe(0);
    const jb = JSON.parse(b.out);
    expect(jb.status).toEqual(['converged', 'converged']);
    expect(jb.bo[0]).toBe(1);
    expect(jb.bo[1]).toBeCloseTo(1 - 1e-9 / 1.5, 15);
    const a = await run('aim', 'curve', '--rho', '0.5', '--alpha', '1e-300');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).mmse[0]).toBe(1);
  });

  it('the largest α accepted prints finite α̃ and ᾱ; beyond it the range is given', async () => {
    const b = JSON.parse((await run('bsr', 'curve', '--beta', '1e-4', '--rho', '1e-4', '--alpha', '1e300')).out);
    expect(Number.isFinite(b.alphaTilde[0])).toBe(true);
    const a = JSON.parse((await run('aim', 'curve', '--T', '1000', '--rho', '0.5', '--alpha', '1e300')).out);
    expect(a.alphaBar[0]).toBeCloseTo(1e300 * (1e6 + 998), -290);
    for (const m of ['bsr', 'aim']) {
      const r = await run(m, 'curve', ...(m === 'bsr' ? ['--beta', '1'] : []), '--rho', '0.5', '--alpha', '1e308', '--format', 'csv');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--alpha must lie in \[0, 1e300\] \(got 1e308\)/);
    }
  });

  it('bsr free-entropy with Δ = 1e-308 finds its fixed point', async () => {
    const r = await run('bsr', 'free-entropy', '--beta', '1', '--rho', '0.5', '--alpha', '0.5', '--delta', '1e-308');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.fixedPoint.status).toBe('converged');
    expect(j.fixedPoint.q).toBeGreaterThan(0.5);
  });

  it('a point without a value is marked with its reason, and the command exits 1 naming it in one line', async () => {
    const h = await run('aim', 'curve', '--channel', 'hardmax', '--rho', '0.5', '--alpha', '0.3,1e300');
    expect(h.code).toBe(1);
    expect(h.lines).toBe(1);
    expect(h.err).toMatch(/1 of 2 points have no value: α = 1e300 \(out-of-range: the error is below 1e-6 past α = /);
    const j = JSON.parse(h.out);
    expect(j.mmse[0]).toBeCloseTo(0.3742, 3);
    expect(j.mmse[1]).toBeNull();
    expect(j.status).toEqual(['converged', 'out-of-range']);
    expect(j.reason[1]).toMatch(/not resolved/);
    // Past the end of the published-convention staircase: no value instead of its last step's overlaps.
    const p = await run('smi', 'curve', '--skip', '1', '--convention', 'paper', '--alpha', '0.9,5', '--format', 'csv');
    expect(p.code).toBe(1);
    const rows = p.out.split('\n').filter((l) => !l.startsWith('#'));
    expect(rows[0]).toBe('alpha,Q11,Q22,genError,converged,status,reason');
    expect(rows[2]).toBe('5,,,,false,out-of-range,beyond the end of the computed staircase');
  });
});

describe('the user is blamed only for bad input, with the valid range', () => {
  const refused: Array<[string[], RegExp]> = [
    [['bsr', 'curve', '--beta', '1e308', '--rho', '0.5', '--alpha', '0.5'], /--beta must lie in \[0\.0001, 10000\] \(got 1e308\)/],
    [['bsr', 'curve', '--beta', '1e12', '--rho', '0.5', '--alpha', '0.5,1e308'], /--beta must lie in/],
    [['bsr', 'curve', '--beta', '1', '--rho', '9e15', '--alpha', '0.5'], /--rho must lie in \[0\.0001, 10000\] \(got 9e15\)/],
    [['bsr', 'thresholds', '--beta', '1e308', '--rho', '0.5'], /--beta must lie in/],
    [['bsr', 'curve', '--beta', '5e-324', '--rho', '0.5', '--alpha', '0.5'], /--beta must lie in \[0\.0001, 10000\] \(got 5e-324\)/],
    [['bsr', 'curve', '--beta', '0x10', '--rho', '0.5', '--alpha', '0.5'], /--beta must be a number \(got '0x10'\)/],
    [['bsr', 'curve', '--beta', 'Infinity', '--rho', '0.5', '--alpha', '0.5'], /--beta must be a number/],
    [['bsr', 'curve', '--beta', '1e999', '--rho', '0.5', '--alpha', '0.5'], /--beta is beyond the largest double/],
    [['bsr', 'curve', '--beta', '1_0', '--rho', '0.5', '--alpha', '0.5'], /--beta must be a number/],
    [['bsr', 'curve', '--beta', 'a\nb', '--rho', '0.5', '--alpha', '0.5'], /--beta must be a number \(got 'a\\nb'\)/],
    [['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0:1:1e-12'], /at most 100000/],
    [['aim', 'curve', '--channel', 'hardmax', '--rho', '0.5', '--alpha', '0:1:0.001'], /at most 200 values \(got 1001\)/],
    [['smi', 'curve', '--skip', '1', '--alpha', '0:1:0.0001'], /at most 5000 values \(got 10001\)/],
    [['smi', 'curve', '--skip', '0.7', '--alpha', '0.5', '--convention', 'paper'], /shipped for c = 1; another c .*add --compute yes/],
    [['smi', 'thresholds', '--layers', '3', '--skip', '0'], /--skip must be > 0 and lie in \[0\.05, 4\]/],
    [['smi', 'amp', '--layers', '3', '--D', '20', '--alpha', '1', '--skip', '0'], /three layers need a skip strength/],
    [['smi', 'gd', '--D', '20', '--alpha', '1', '--batch', '21'], /--batch must be an integer from 1 to 20/],
    [['bsr', 'mnne', '--d', '100', '--beta', '1', '--rho', '0.5', '--alpha', '0.5'], /at most 4000 samples/],
    [['\u2028x'], /unknown model '\\u2028x'/],
  ];
  for (const [argv, msg] of refused) {
    it(`${JSON.stringify(argv).slice(0, 90)} → exit 2, one line`, async () => {
      const t0 = Date.now();
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.lines).toBe(1);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/internal error/);
      // Refused before any work starts.
      expect(Date.now() - t0).toBeLessThan(2000);
    });
  }

  it('with no command, one line and exit 2', async () => {
    for (const argv of [[], ['bsr']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.lines).toBe(1);
    }
  });

  it('a RangeError from the mathematics is an internal error (exit 1), never bad input', () => {
    let err = '';
    expect(reportError(new RangeError('Invalid typed array length: 9e15'), (s) => (err += s))).toBe(1);
    expect(err).toBe('tokenphase: internal error: Invalid typed array length: 9e15');
    expect(reportError(new UsageError('x\ny'), (s) => (err = s))).toBe(2);
    expect(err).toBe('tokenphase: x\\ny');
  });

  it('numbers are decimal: digits, a point and an exponent', () => {
    for (const ok of ['1', '-2.5', '.5', '5.', '1e-3', '+4E+2', ' 7 ']) expect(Number.isFinite(toNumber('--x', ok))).toBe(true);
    for (const bad of ['0x10', '0b1', '0o7', '1e', 'NaN', '-Infinity', '1_000', '', '1 2', '١', '+-1', '.'])
      expect(() => toNumber('--x', bad)).toThrow(UsageError);
  });
});
