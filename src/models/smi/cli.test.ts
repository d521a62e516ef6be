import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../cli/testing';

const run = runCliCaptured;

describe('tokenphase smi', () => {
  it('prints the overlap curve as JSON (c = 1 is shipped precomputed)', async () => {
    const r = await run('smi', 'curve', '--layers', '2', '--skip', '1', '--alpha', '0.1,0.4,0.6');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.alpha).toEqual([0.1, 0.4, 0.6]);
    expect(j.overlaps[0]).toEqual([0, 0, 0]);
    expect(j.overlaps[1][0]).toBe(0);
    expect(Math.abs(j.overlaps[1][1] - 0.4988)).toBeLessThan(0.03);
    expect(Math.abs(j.overlaps[1][2] - 0.9212)).toBeLessThan(0.03);
    expect(j.converged).toEqual([true, true, true]);
    expect(j.genError[0]).toBeCloseTo(0.3879, 2);
    // With the data's own precision: Q₂₂ below α_c,1 to the state evolution's sampling error (0.002–0.004).
    expect(j.samplingError.belowAlpha1).toBeGreaterThan(0.001);
    expect(j.samplingError.belowAlpha1).toBeLessThan(0.01);
  });

  it('reaches perfect recovery at α = 1 in the exact SE, and follows the published curve with --convention paper', async () => {
    const ex = JSON.parse((await run('smi', 'curve', '--skip', '1', '--alpha', '1.2')).out);
    expect(ex.overlaps).toEqual([[1], [1]]);
    const r = await run('smi', 'curve', '--skip', '1', '--alpha', '1.2', '--convention', 'paper');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Math.abs(j.overlaps[0][0] - 0.823)).toBeLessThan(0.05);
    expect((await run('smi', 'curve', '--alpha', '1', '--convention', 'bayes')).code).toBe(2);
  });

  it('prints the shipped thresholds', async () => {
    const j = JSON.parse((await run('smi', 'thresholds', '--skip', '2')).out);
    expect(j.source).toBe('precomputed');
    expect(j.alphaC[1]).toBeGreaterThan(1 / 6);
    // Each threshold comes with its standard error (a few 1e-4 for α_c,1, below 1e-4 for α_c,2).
    expect(j.alphaC_err).toHaveLength(2);
    expect(j.alphaC_err_layers).toEqual([1, 2]);
    expect(j.alphaC_err[0]).toBeGreaterThan(0);
    expect(j.alphaC_err[0]).toBeLessThan(2e-3);
    expect(j.alphaC_err[1]).toBeGreaterThan(0);
    expect(j.alphaC_err[1]).toBeLessThan(1e-4);
  });

  it('prints CSV', async () => {
    const r = await run('smi', 'curve', '--skip', '1', '--alpha', '0.3', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('alpha,Q11,Q22,genError,converged,status');
  });

  it('rejects bad input with one line and exit code 2', async () => {
    for (const argv of [
      ['smi', 'curve', '--layers', '4', '--alpha', '0.3'],
      // Three layers in the published convention ship for c = 1 only.
      ['smi', 'curve', '--layers', '3', '--skip', '2', '--convention', 'paper', '--alpha', '0.3'],
      ['smi', 'gd', '--D', '30', '--alpha', '0'],
      ['smi', 'gd', '--D', '30', '--alpha', '5', '--lr', '-1'],
      ['smi', 'curve', '--skip', '-1', '--alpha', '0.3'],
      ['smi', 'curve', '--alpha', 'x'],
      ['smi', 'thresholds', '--skip', 'abc'],
      ['smi', 'amp', '--D', '0', '--alpha', '1'],
      ['smi', 'frobnicate'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('gives the three-layer staircase at c = 1: layer 3 first, then layer 1, then layer 2, Q = I from α = 3/2', async () => {
    const r = await run('smi', 'curve', '--layers', '3', '--skip', '1', '--alpha', '0.1,0.5,1.3,1.6');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.overlaps).toHaveLength(3);
    expect(j.overlaps.map((o: number[]) => o[0])).toEqual([0, 0, 0]);
    // Published (BO_3w.csv, variance floor 10⁻³): Q₃₃ = 0.635 at α = 0.5.
    expect(Math.abs(j.overlaps[2][1] - 0.635)).toBeLessThan(0.05);
    expect(j.overlaps[0][1]).toBe(0);
    expect(j.overlaps[0][2]).toBeGreaterThan(j.overlaps[1][2]);
    // Past α_c,2 = 1.11 the shipped staircase gives Q = (0.4592, 0.3161, 0.9930) at α = 1.3.
    expect(Math.abs(j.overlaps[1][2] - 0.3161)).toBeLessThan(2e-3);
    expect(Math.abs(j.overlaps[0][2] - 0.4592)).toBeLessThan(2e-3);
    expect(j.overlaps.map((o: number[]) => o[3])).toEqual([1, 1, 1]);
    // Published plug-in error at α = 0: 0.585.
    expect(Math.abs(j.genError[0] - 0.585)).toBeLessThan(0.01);
    const csv = await run('smi', 'curve', '--layers', '3', '--alpha', '0.3', '--format', 'csv');
    expect(csv.out).toContain('alpha,Q11,Q22,Q33,genError');
  });

  it('prints three thresholds for three layers', async () => {
    const j = JSON.parse((await run('smi', 'thresholds', '--layers', '3', '--skip', '1')).out);
    expect(j.alphaC).toHaveLength(3);
    expect(Math.abs(j.alphaC[2] - 0.206)).toBeLessThan(0.005);
    expect(j.alphaC[0]).toBeGreaterThan(0.9);
    expect(j.alphaC[1]).toBeGreaterThan(j.alphaC[0]);
    expect(j.L3 * j.alphaC[2]).toBeCloseTo(1, 3);
    // Every threshold has an error: α_c,3 its standard error, α_c,1 and α_c,2 their measured spread (a few hundredths).
    expect(j.alphaC_err_layers).toEqual([1, 2, 3]);
    expect(j.alphaC_err[2]).toBeGreaterThan(0);
    expect(j.alphaC_err[2]).toBeLessThan(6e-4);
    for (const e of j.alphaC_err.slice(0, 2)) expect(e > 1e-3 && e < 0.1).toBe(true);
    // Near the smallest shipped c all three are interpolated too (the staircases span the whole range of c).
    const k = JSON.parse((await run('smi', 'thresholds', '--layers', '3', '--skip', '0.07')).out);
    expect(k.source).toBe('interpolated');
    expect(k.alphaC[0]).toBeGreaterThan(0.7);
    expect(Math.abs(k.alphaC[2] - 0.285)).toBeLessThan(0.005);
    // Between them, all three are interpolated in c, each with its error (α_c,1 and α_c,2 with the interpolation's).
    const m = JSON.parse((await run('smi', 'thresholds', '--layers', '3', '--skip', '1.25')).out);
    expect(m.source).toBe('interpolated');
    expect(m.alphaC[0]).toBeGreaterThan(0.982);
    expect(m.alphaC[0]).toBeLessThan(1.077);
    expect(m.alphaC_err_layers).toEqual([1, 2, 3]);
    expect(m.interpolationError.alphaC_1_2).toBeGreaterThan(0);
    for (const e of m.alphaC_err.slice(0, 2)) expect(e).toBeGreaterThanOrEqual(m.interpolationError.alphaC_1_2);
    // At c = 2 layer 2 starts first (precomputed3.ts: 1.046, then layer 1 at 1.099), each with its error; at c = 0.5
    // layer 1 comes well before layer 2.
    const c2 = JSON.parse((await run('smi', 'thresholds', '--layers', '3', '--skip', '2')).out);
    expect(c2.alphaC[1]).toBeLessThan(c2.alphaC[0]);
    for (const e of c2.alphaC_err.slice(0, 2)) expect(e).toBeGreaterThan(0.005);
    const c05 = JSON.parse((await run('smi', 'thresholds', '--layers', '3', '--skip', '0.5')).out).alphaC;
    expect(c05[1] - c05[0]).toBeGreaterThan(0.2);
  });

  it('runs gradient descent on the two-layer model', async () => {
    const r = await run('smi', 'gd', '--D', '30', '--alpha', '10', '--skip', '1', '--seed', '2', '--steps', '60');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.cosine).toHaveLength(2);
    expect(j.step[0]).toBe(0);
    expect(j.cosine[1][j.cosine[1].length - 1]).toBeGreaterThan(0.8);
  });

  it('runs three-layer GAMP', async () => {
    const j = JSON.parse((await run('smi', 'amp', '--layers', '3', '--D', '30', '--alpha', '1.5', '--max-iter', '2', '--se', 'no')).out);
    expect(j.cosine).toHaveLength(3);
    expect(j.iteration).toEqual([0, 1, 2]);
  });

  it('runs GAMP on a small seeded instance', async () => {
    const r = await run('smi', 'amp', '--D', '40', '--alpha', '1.2', '--skip', '1', '--seed', '3', '--max-iter', '3', '--se', 'no', '--damping', '0');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.iteration).toEqual([0, 1, 2, 3]);
    expect(j.cosine).toHaveLength(2);
    expect(['converged', 'max-iter']).toContain(j.outcome);
  });
});
