import { describe, expect, it } from 'vitest';
import { denoisingMmse } from './mmse';
import { polyEval, polyRoots } from '../../../numeric/polyRoots';
import { bsrSpectrum, quarticInW } from './spectrum';

const shapes: Array<[number, number, number]> = [
  // β, ρ, ζ — square, rectangular, full rank, ρ > 1, two separated bands, tiny noise
  [1, 0.5, 0.5],
  [1, 0.2, 2],
  [2, 1, 1],
  [2, 0.2, 0.3],
  [5, 0.5, 0.2],
  [1, 2, 0.1],
  [5, 0.1, 1e-4],
  [1, 0.2, 1e-6],
  [10, 3, 0.05],
  [1.05, 0.4, 0.01],
];

describe('BSR singular-value density', () => {
  for (const [beta, rho, zeta] of shapes) {
    it(`has unit mass and second moment (1+ζ)√β at β=${beta} ρ=${rho} ζ=${zeta}`, () => {
      const sp = bsrSpectrum(beta, rho, zeta);
      expect(Math.abs(sp.mass() - 1)).toBeLessThan(1e-7);
      expect(Math.abs(2 * sp.integratePositive((_x, mu) => mu, 1e-12) - 1)).toBeLessThan(1e-9);
      const m2 = 2 * sp.integratePositive((x, mu) => x * x * mu, 1e-12);
      // Tr(YYᵀ)/d for Y = (S + √ζ Z)/(dL)^{1/4}: exact for any rank.
      expect(m2).toBeCloseTo((1 + zeta) * Math.sqrt(beta), 7);
    });
  }

  it('matches the fourth moments measured from sampled matrices (bsr-notes §6.4)', () => {
    const m4 = (b: number, r: number, z: number) => 2 * bsrSpectrum(b, r, z).integratePositive((x, mu) => x ** 4 * mu, 1e-12);
    expect(m4(1, 0.5, 0.5)).toBeCloseTo(6.5, 8);
    expect(m4(1, 0.2, 2)).toBeCloseTo(23, 6);
  });

  it('finds two separated bands and a gap at 0 when β > 1 and the noise is small', () => {
    const sp = bsrSpectrum(5, 0.1, 1e-4);
    expect(sp.bands.length).toBe(2);
    expect(sp.bands[0].lo).toBeGreaterThan(0);
    expect(sp.bands[0].hi).toBeLessThan(sp.bands[1].lo);
    // Noise-only singular values (fraction 1 − ρ) sit in the lower band.
    const lowerMass = 2 * sp.integratePositive((x, mu) => (x < sp.bands[0].hi * 1.0001 ? mu : 0));
    expect(lowerMass).toBeCloseTo(0.9, 6);
  });

  it('is one band touching 0 in the square case', () => {
    const sp = bsrSpectrum(1, 2, 0.1);
    expect(sp.bands).toHaveLength(1);
    expect(sp.bands[0].lo).toBe(0);
    expect(sp.density(1e-3)).toBeGreaterThan(0.1);
  });

  it('gives the same law for (β, ρ) and its transpose (1/β, ρ/β)', () => {
    const a = bsrSpectrum(4, 0.8, 0.3);
    const b = bsrSpectrum(0.25, 0.2, 0.3);
    expect(b.bands).toEqual(a.bands);
  });

  it('tracks the physical root along the quadrature: the density of a full solve for all four roots at each node', () => {
    // The quadrature follows one root from node to node (upperRootOfQuartic, Aberth where it declines); the
    // reference solves for all four roots from no start and iterates to rounding level.
    let compared = 0;
    for (const [beta, rho, zeta] of shapes) {
      const sp = bsrSpectrum(beta, rho, zeta);
      const q = quarticInW(sp.beta, sp.rho, zeta);
      const { x, mu } = sp.quadrature();
      for (let i = 0; i < x.length; i++) {
        const w = x[i] * x[i];
        const r = polyRoots(
          q.map((p) => polyEval(p, w)),
          undefined,
          2000,
        );
        const ref = (x[i] * Math.max(0, ...r.im)) / Math.PI;
        expect(Math.abs(mu[i] - ref), `β=${beta} ρ=${rho} ζ=${zeta} x=${x[i]}`).toBeLessThan(1e-8 * ref + 1e-12);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('vanishes outside its support and agrees with the edges found', () => {
    const sp = bsrSpectrum(2, 0.2, 0.3);
    for (const { lo, hi } of sp.bands) {
      expect(sp.density(lo * (1 - 1e-6))).toBe(0);
      expect(sp.density(hi * (1 + 1e-6))).toBe(0);
      expect(sp.density(0.5 * (lo + hi))).toBeGreaterThan(0);
    }
  });
});

describe('denoising MMSE', () => {
  it('matches the independent quadrature values of bsr-notes §6.4', () => {
    // Those values were computed with a different quadrature to about 4 digits.
    expect(denoisingMmse(1, 0.5, 0.5).mmse).toBeCloseTo(0.27674, 4);
    expect(denoisingMmse(1, 0.2, 2).mmse).toBeCloseTo(0.5069, 3);
    expect(denoisingMmse(2, 0.2, 0.3).mmse).toBeCloseTo(0.0809, 3);
    expect(denoisingMmse(5, 0.5, 0.2).mmse).toBeCloseTo(0.0975, 3);
    expect(Math.abs(denoisingMmse(2, 1, 1).mmse - 0.4644)).toBeLessThan(5e-4);
  });

  it('is converged in the number of quadrature nodes', () => {
    for (const [beta, rho, zeta] of shapes) {
      const a = denoisingMmse(beta, rho, zeta).mmse;
      const b = denoisingMmse(beta, rho, zeta, 1e-13).mmse;
      expect(Math.abs(a - b) / zeta).toBeLessThan(1e-7);
    }
  });

  it('behaves as α_PR·ζ for small ζ and 1 − 1/ζ for large ζ', () => {
    for (const [beta, rho, aPR] of [
      [1, 0.2, 0.36],
      [2, 0.5, 0.625],
      [5, 0.1, 0.118],
      [3, 2, 1],
    ]) {
      const z = 1e-7;
      expect(denoisingMmse(beta, rho, z).mmse / z).toBeCloseTo(aPR, 5);
      const big = 1e5;
      expect(denoisingMmse(beta, rho, big).mmse).toBeCloseTo(1 - 1 / big, 8);
    }
  });

  it('tends to ζ/(1+ζ) (Gaussian prior) as ρ → ∞', () => {
    expect(denoisingMmse(1, 200, 0.7).mmse).toBeCloseTo(0.7 / 1.7, 2);
    expect(denoisingMmse(2, 400, 0.3).mmse).toBeCloseTo(0.3 / 1.3, 3);
  });

  it('rejects invalid parameters', () => {
    expect(() => denoisingMmse(-1, 0.5, 0.1)).toThrow(/β/);
    expect(() => denoisingMmse(1, 0, 0.1)).toThrow(/ρ/);
    expect(() => denoisingMmse(1, 0.5, NaN)).toThrow(/ζ/);
  });
});

describe('Stieltjes transform on the real line', () => {
  it('matches the principal-value integral inside and the plain integral outside the support', () => {
    const sp = bsrSpectrum(2, 0.2, 0.3);
    const { x, w, mu } = sp.quadrature(1e-12);
    const direct = (z: number) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += (w[i] * mu[i] * 2 * z) / (z * z - x[i] * x[i]);
      return s;
    };
    const [b0, b1] = sp.bands;
    // Outside: in the gap at 0, between the bands, and above the top edge.
    for (const z of [0.5 * b0.lo, 0.5 * (b0.hi + b1.lo), 1.3 * b1.hi, 10]) expect(sp.realStieltjes(z)).toBeCloseTo(direct(z), 7);
    // G(x) ~ 1/x far away, and Re G is odd.
    expect(sp.realStieltjes(1e4) * 1e4).toBeCloseTo(1, 6);
    expect(sp.realStieltjes(-10)).toBeCloseTo(-sp.realStieltjes(10), 12);
    // Inside: Re G is the Hilbert transform; check it against a finite difference of the log potential
    // U(z) = ∫μ(t) ln|z − t| dt, whose derivative is Re G.
    const U = (z: number) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += w[i] * mu[i] * (Math.log(Math.abs(z - x[i])) + Math.log(z + x[i]));
      return s;
    };
    const z = 0.5 * (b1.lo + b1.hi);
    const h = 1e-3;
    expect(sp.realStieltjes(z)).toBeCloseTo((U(z + h) - U(z - h)) / (2 * h), 2);
  });
});
