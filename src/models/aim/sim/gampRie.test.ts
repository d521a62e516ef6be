import { describe, expect, it } from 'vitest';
import { runGamp } from './gampRie';
import { createInstance } from './instance';

describe('GAMP-RIE run result', () => {
  it('has the shape of every run: a run that uses its whole budget ends at max-iter with no message and its time', () => {
    const r = runGamp(createInstance({ channel: 'softmax', T: 2, D: 16, rho: 0.5, alpha: 0.1, seed: 1 }), { maxIter: 3, tol: 0 });
    expect(r.outcome).toBe('max-iter');
    expect(r.message).toBe('');
    expect(r.iterations.map((it) => it.t)).toEqual([1, 2, 3]);
    expect(r.millis).toBeGreaterThanOrEqual(0);
    expect(r.final.mse).toBe(r.iterations[2].mse);
  });
});
