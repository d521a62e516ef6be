import { describe, expect, it } from 'vitest';
import { runSmiAmp } from './amp';

describe('SMI GAMP', () => {
  it('learns the last layer at α = 1.2, c = 1 (D = 150): cosine² within 0.1 of the SE after 8 iterations', () => {
    const r = runSmiAmp({ D: 150, alpha: 1.2, c: 1, seed: 2, maxIter: 8, damping: 0, withSE: true, seQuadrature: { outer: 256, refine: 0.3 } });
    expect(['converged', 'max-iter']).toContain(r.outcome);
    const last = r.iterations[r.iterations.length - 1];
    expect(last.cosine[1]).toBeGreaterThan(0.95);
    expect(Math.abs(last.cosine[1] ** 2 - last.se[1])).toBeLessThan(0.1);
  });

  it('is reproducible from its seed', () => {
    const a = runSmiAmp({ D: 30, alpha: 1, c: 1, seed: 5, maxIter: 2, damping: 0 });
    const b = runSmiAmp({ D: 30, alpha: 1, c: 1, seed: 5, maxIter: 2, damping: 0 });
    expect(a.iterations.map((i) => i.cosine)).toEqual(b.iterations.map((i) => i.cosine));
  });
});
