import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../cli/testing';

const run = runCliCaptured;

describe('tokenphase aim amp / aim gd', () => {
  it('aim amp prints params, iterations with the SE, the final error and the theory', async () => {
    const r = await run('aim', 'amp', '--channel', 'softmax', '--T', '2', '--D', '30', '--rho', '0.5', '--alpha', '0.1', '--max-iter', '5');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.params).toMatchObject({ model: 'aim', algorithm: 'gamp-rie', channel: 'softmax', T: 2, D: 30, r: 15, n: 90, damping: 0.5 });
    expect(j.iterations).toHaveLength(5);
    expect(Object.keys(j.iterations[0])).toEqual(['t', 'mse', 'se']);
    expect(j.final.outcome).toBe('max-iter');
    expect(j.theory).toBeCloseTo(0.392, 2);
  });

  it('aim gd reports the averaged error against K, in CSV too', async () => {
    const r = await run('aim', 'gd', '--D', '16', '--rho', '0.5', '--alpha', '0.15', '--averages', '2', '--steps', '20', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain('K,averagedError,singleError');
    expect(lines.filter((l) => /^\d/.test(l))).toHaveLength(2);
  });

  it('bad input gives one line on stderr and exit code 2', async () => {
    for (const argv of [
      ['aim', 'amp', '--channel', 'hardmax', '--T', '3', '--D', '20', '--rho', '0.5', '--alpha', '0.1'],
      ['aim', 'amp', '--D', '20', '--rho', '0.5', '--alpha', '0.1', '--damping', '1'],
      ['aim', 'amp', '--D', '1000', '--rho', '0.5', '--alpha', '5'],
      ['aim', 'gd', '--D', '20', '--rho', '0.5', '--alpha', '-1'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
