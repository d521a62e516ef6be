import { describe, expect, it } from 'vitest';
import { brent } from '../../../numeric/brent';
import type { Smi3Quadrature } from './channel3';
import { branchAPoint } from './stateEvolution3';
import { firstOrderSpread } from './thresholdSpread3';

describe('first-order crossings on the three-layer state evolution', () => {
  it('agrees with a root search on a replicate of the three-layer branch A (c = 1, a small net)', () => {
    // Branch A's crossing of α·max(L₁, L₂) = 1, on a 256-point net: located by Brent on the net itself, then the
    // replicates' first-order crossings from there against their own root searches.
    const c = 1;
    const quad: Smi3Quadrature = { outer: 256, inner: 256 };
    const h = (q: Smi3Quadrature) => (q3: number) => {
      const p = branchAPoint(c, q3, q);
      return Math.log(p.alpha * Math.max(p.L1, p.L2));
    };
    const root = (q: Smi3Quadrature) => brent(h(q), 0.95, 0.99, { xtol: 1e-7 });
    const r0 = root(quad);
    expect(r0.converged).toBe(true);
    const point = (q: Smi3Quadrature, q3: number) => {
      const p = branchAPoint(c, q3, q);
      return { alpha: p.alpha, h: Math.log(p.alpha * Math.max(p.L1, p.L2)) };
    };
    const s = firstOrderSpread(point, r0.x, 0.1 * (1 - r0.x), quad, 4, quad.inner);
    for (let k = 1; k <= 4; k++) {
      const q = { ...quad, replicate: k };
      const rk = root(q);
      expect(rk.converged).toBe(true);
      const exact = branchAPoint(c, rk.x, q).alpha;
      // Second order in the replicate's deviation from the net. Measured: 5.9·10⁻⁴, 1.7·10⁻⁴, 4.7·10⁻⁴, 2.9·10⁻³
      // where the replicates' crossings lie 0.0065, 0.032, 0.0024, 0.023 from the net's (at most 13% of it).
      expect(Math.abs(s.alphas[k - 1] - exact), `replicate ${k}`).toBeLessThan(0.15 * Math.abs(exact - s.alpha0) + 5e-4);
    }
  });
});
