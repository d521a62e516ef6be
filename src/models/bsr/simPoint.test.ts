import { describe, expect, it } from 'vitest';
import { simMemory } from './sim/size';
import { simulatePoint, type SimRequest } from './simPoint';

const base: SimRequest = {
  algo: 'amp',
  d: 30,
  beta: 1,
  rho: 0.5,
  delta: 0,
  alpha: 0.5,
  seed: 1,
  seeds: 2,
  damping: 0.5,
  maxIter: 30,
  lr: 0.1,
  steps: 200,
  init: 'prior',
  averages: 2,
};

describe('simulated points', () => {
  it('GAMP-RIE: mean ± std over seeds, near the theory, with progress and the singular values', () => {
    const seen: number[] = [];
    const r = simulatePoint(base, (p) => seen.push(p.done));
    expect(r.finals).toHaveLength(2);
    expect(Math.abs(r.mean - r.theory)).toBeLessThan(0.08);
    // Was std > 0: it is the sample standard deviation of the finals it summarises.
    const m = r.finals.reduce((a, b) => a + b, 0) / r.finals.length;
    expect(r.std).toBeCloseTo(Math.sqrt(r.finals.reduce((a, b) => a + (b - m) ** 2, 0) / (r.finals.length - 1)), 12);
    expect(r.mean).toBeCloseTo(m, 12);
    expect(r.singularValues).toHaveLength(30);
    expect(r.zeta).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(10);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
  it('averaged GD runs and reports one averaged error per seed', () => {
    const r = simulatePoint({ ...base, algo: 'agd', d: 12, steps: 150 });
    expect(r.finals).toHaveLength(2);
    expect(r.outcomes).toEqual(['ok', 'ok']);
  });
  it('reports memory before running and refuses what does not fit', () => {
    expect(simMemory({ d: 100, beta: 1, rho: 0.5, alpha: 0.5 }).allowed).toBe(true);
    expect(simMemory({ d: 400, beta: 2, rho: 0.5, alpha: 1 }).allowed).toBe(false);
    expect(() => simulatePoint({ ...base, d: 400, beta: 2, alpha: 1 })).toThrow(/MiB/);
  });
});
