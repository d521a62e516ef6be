import { describe, expect, it } from 'vitest';
import { hardmaxAt, hardmaxCurve, hardmaxSolve, hardmaxWeakRecovery } from './hardmax';

describe('the published hardmax output function, for comparison', () => {
  it('solves its curve at one α: 0.628 at ρ = 0.5, α = 0.3, where the curve is read off too', () => {
    const pub = hardmaxSolve(0.5, 0.3, 'published');
    expect(pub.converged).toBe(true);
    expect(pub.mmse).toBeCloseTo(0.6282, 3);
    expect(Math.abs(pub.mmse - hardmaxAt(hardmaxCurve(0.5, 80, 'published'), [0.3])[0])).toBeLessThan(1e-3);
  });

  it('puts the ρ → 0 weak-recovery threshold at 0.5633 instead of 0.4034', () => {
    expect(hardmaxWeakRecovery()).toBeCloseTo(0.40341, 4);
    expect(hardmaxWeakRecovery('published')).toBeCloseTo(0.56327, 4);
  });
});
