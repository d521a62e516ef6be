import { describe, expect, it } from 'vitest';
import { runCli } from './main';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, (s) => (out += s), (s) => (err += s + '\n'));
  return { code, out, err };
}

describe('tokenphase smi', () => {
  it('prints the overlap curve as JSON (c = 1 is shipped precomputed)', () => {
    const r = run('smi', 'curve', '--layers', '2', '--skip', '1', '--alpha', '0.1,0.4,0.6');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.alpha).toEqual([0.1, 0.4, 0.6]);
    expect(j.overlaps[0]).toEqual([0, 0, 0]);
    expect(j.overlaps[1][0]).toBe(0);
    expect(Math.abs(j.overlaps[1][1] - 0.4988)).toBeLessThan(0.03);
    expect(Math.abs(j.overlaps[1][2] - 0.9212)).toBeLessThan(0.03);
    expect(j.converged).toEqual([true, true, true]);
    expect(j.genError[0]).toBeCloseTo(0.3879, 2);
  });

  it('reaches perfect recovery at α = 1 in the exact SE, and follows the published curve with --convention paper', () => {
    const ex = JSON.parse(run('smi', 'curve', '--skip', '1', '--alpha', '1.2').out);
    expect(ex.overlaps).toEqual([[1], [1]]);
    const r = run('smi', 'curve', '--skip', '1', '--alpha', '1.2', '--convention', 'paper');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Math.abs(j.overlaps[0][0] - 0.823)).toBeLessThan(0.05);
    expect(run('smi', 'curve', '--alpha', '1', '--convention', 'bayes').code).toBe(2);
  });

  it('prints the shipped thresholds', () => {
    const j = JSON.parse(run('smi', 'thresholds', '--skip', '2').out);
    expect(j.source).toBe('precomputed');
    expect(j.alphaC[1]).toBeGreaterThan(1 / 6);
  });

  it('prints CSV', () => {
    const r = run('smi', 'curve', '--skip', '1', '--alpha', '0.3', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('alpha,Q11,Q22,genError,converged,status');
  });

  it('rejects bad input with one line and exit code 2', () => {
    for (const argv of [
      ['smi', 'curve', '--layers', '3', '--alpha', '0.3'],
      ['smi', 'curve', '--skip', '-1', '--alpha', '0.3'],
      ['smi', 'curve', '--alpha', 'x'],
      ['smi', 'thresholds', '--skip', 'abc'],
      ['smi', 'amp', '--D', '0', '--alpha', '1'],
      ['smi', 'frobnicate'],
    ]) {
      const r = run(...argv);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('runs GAMP on a small seeded instance', () => {
    const r = run('smi', 'amp', '--D', '40', '--alpha', '1.2', '--skip', '1', '--seed', '3', '--max-iter', '3', '--se', 'no', '--damping', '0');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.iteration).toEqual([0, 1, 2, 3]);
    expect(j.cosine).toHaveLength(2);
    expect(['converged', 'max-iter']).toContain(j.outcome);
  });
});
