import { describe, expect, it } from 'vitest';
import { brent } from './brent';
import { gaussLegendre, integrate, integrateBand } from './gaussLegendre';
import { polyEval, polyMul, polyRoots } from './polyRoots';
import { CubicSpline } from './spline';

describe('brent', () => {
  it('finds cos x = x to machine precision', () => {
    const r = brent((x) => Math.cos(x) - x, 0, 1);
    expect(r.converged).toBe(true);
    expect(r.x).toBeCloseTo(0.7390851332151607, 14);
  });
  it('reports a missing bracket instead of guessing', () => {
    const r = brent((x) => x * x + 1, -1, 1);
    expect(r.converged).toBe(false);
    expect(Number.isNaN(r.x)).toBe(true);
  });
  it('stops on non-finite values', () => {
    const r = brent((x) => (x > 0.5 ? NaN : x - 0.7), 0, 1);
    expect(r.converged).toBe(false);
  });
});

describe('Gauss–Legendre', () => {
  it('weights sum to 2 and integrate polynomials of degree 2n−1 exactly', () => {
    for (const n of [1, 2, 5, 16, 64]) {
      const { nodes, weights } = gaussLegendre(n);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 13);
      const deg = 2 * n - 1;
      let s = 0;
      for (let i = 0; i < n; i++) s += weights[i] * Math.pow(nodes[i], deg - 1);
      // ∫ x^(2n−2) over [−1,1] = 2/(2n−1)
      expect(s).toBeCloseTo(2 / (2 * n - 1), 12);
    }
  });
  it('integrates exp on [0, 1]', () => {
    expect(integrate(Math.exp, 0, 1, 20)).toBeCloseTo(Math.E - 1, 14);
  });
  it('integrates semicircle-type band densities to high accuracy', () => {
    // ∫_{-2}^{2} √(4−x²)/(2π) dx = 1 and its fourth moment is 2 (Catalan number).
    const sc = (x: number) => Math.sqrt(Math.max(0, 4 - x * x)) / (2 * Math.PI);
    expect(integrateBand(sc, -2, 2, 32)).toBeCloseTo(1, 13);
    expect(integrateBand((x) => x ** 4 * sc(x), -2, 2, 32)).toBeCloseTo(2, 12);
  });
});

describe('polyRoots', () => {
  it('recovers the roots of a product of known factors', () => {
    // (x−1)(x+2)(x²+2x+5): roots 1, −2, −1±2i
    const p = polyMul(polyMul([-1, 1], [2, 1]), [5, 2, 1]);
    const r = polyRoots(p);
    expect(r.converged).toBe(true);
    const found = Array.from(r.re, (re, i) => [re, r.im[i]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const want = [
      [-2, 0],
      [-1, -2],
      [-1, 2],
      [1, 0],
    ];
    found.forEach((z, i) => {
      expect(z[0]).toBeCloseTo(want[i][0], 12);
      expect(z[1]).toBeCloseTo(want[i][1], 12);
    });
  });
  it('handles widely scaled coefficients and warm starts', () => {
    const p = polyMul(polyMul([-1e-6, 1], [-3e3, 1]), polyMul([1e-3, 1], [7, 1]));
    const cold = polyRoots(p);
    const warm = polyRoots(p, cold);
    for (const r of [cold, warm]) {
      const sorted = Array.from(r.re).sort((a, b) => a - b);
      expect(sorted[0]).toBeCloseTo(-7, 10);
      expect(sorted[1] / -1e-3).toBeCloseTo(1, 10);
      expect(sorted[2] / 1e-6).toBeCloseTo(1, 8);
      expect(sorted[3] / 3e3).toBeCloseTo(1, 12);
    }
  });
  it('evaluates polynomials', () => {
    expect(polyEval([1, -3, 2], 2)).toBe(3);
  });
});

describe('CubicSpline', () => {
  it('interpolates a smooth function to O(h⁴)', () => {
    const n = 41;
    const x = Float64Array.from({ length: n }, (_, i) => (i / (n - 1)) * Math.PI);
    const s = new CubicSpline(x, x.map(Math.sin));
    let err = 0;
    for (let t = 0.3; t < 2.8; t += 0.01) err = Math.max(err, Math.abs(s.at(t) - Math.sin(t)));
    expect(err).toBeLessThan(2e-6);
    expect(s.at(x[7])).toBeCloseTo(Math.sin(x[7]), 14);
  });
  it('rejects non-increasing knots', () => {
    expect(() => new CubicSpline(Float64Array.of(0, 0), Float64Array.of(1, 2))).toThrow();
  });
});

describe('adaptive Gauss–Kronrod', async () => {
  const { adaptiveKronrod, KRONROD15 } = await import('./gaussKronrod');
  it('has exact rules: K15 integrates degree 22, G7 degree 13', () => {
    const k = (deg: number) => KRONROD15.x.reduce((s, x, i) => s + KRONROD15.wk[i] * x ** deg, 0);
    const g = (deg: number) => KRONROD15.x.reduce((s, x, i) => s + KRONROD15.wg[i] * x ** deg, 0);
    for (const deg of [0, 2, 10, 22]) expect(k(deg)).toBeCloseTo(2 / (deg + 1), 14);
    for (const deg of [0, 6, 12]) expect(g(deg)).toBeCloseTo(2 / (deg + 1), 14);
  });
  it('refines around a sharp peak until every component converges', () => {
    // ∫_0^1 [1, ε/((x−0.3)² + ε²)] dx with ε = 1e-4: the second has a peak of width 1e-4.
    const eps = 1e-4;
    const r = adaptiveKronrod(
      (x, out) => {
        out[0] = 1;
        out[1] = eps / ((x - 0.3) ** 2 + eps * eps);
      },
      2,
      0,
      1,
      { relTol: 1e-10 },
    );
    expect(r.converged).toBe(true);
    expect(r.integral[0]).toBeCloseTo(1, 13);
    expect(r.integral[1]).toBeCloseTo(Math.atan(0.7 / eps) + Math.atan(0.3 / eps), 8);
    // The mesh reproduces the integral as a weighted sum.
    expect(r.x.reduce((s, _x, i) => s + r.w[i] * r.values[2 * i + 1], 0)).toBeCloseTo(r.integral[1], 10);
  });
  it('reports non-convergence when the interval budget runs out', () => {
    const r = adaptiveKronrod(
      (x, out) => {
        out[0] = Math.sin(1 / x);
      },
      1,
      1e-9,
      1,
      { maxIntervals: 20 },
    );
    expect(r.converged).toBe(false);
  });
});

describe('lruMemo', async () => {
  const { lruMemo } = await import('./memo');
  it('computes once per key and evicts the least recently used', () => {
    let calls = 0;
    const f = lruMemo(2, (k: number) => {
      calls++;
      return k * 10;
    });
    expect([f(1), f(2), f(1)]).toEqual([10, 20, 10]);
    expect(calls).toBe(2);
    f(3); // evicts 2, the least recently used
    f(1);
    expect(calls).toBe(3);
    f(2);
    expect(calls).toBe(4);
  });
});
