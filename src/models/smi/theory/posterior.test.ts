import { describe, expect, it } from 'vitest';
import { createGaussian } from '../../../numeric/random/gaussian';
import { attention, invertOutput, preActivation, twoLayerOutput, type Vec2 } from './link';
import { gridFor, M, posteriorMoments } from './posterior';

describe('SMI link', () => {
  it('inverts y = softmax(uuᵀ) up to the sign of u', () => {
    const u: Vec2 = [0.7, -1.3];
    const v = invertOutput(twoLayerOutput([0.4, -0.2], [0, 0], 1))!;
    expect(v).toEqual([0, 0]);
    const y = twoLayerOutput([1.1, -0.3], [0.2, 0.9], 0.5);
    const w = invertOutput(y)!;
    const uu = preActivation([1.1, -0.3], [0.2, 0.9], 0.5);
    expect(Math.abs(w[0] * uu[0] + w[1] * uu[1]) / Math.hypot(...uu) ** 2).toBeCloseTo(1, 10);
    const y0 = twoLayerOutput([1, 0], u, 0);
    expect(invertOutput(y0)).not.toBeNull();
  });

  it('is invariant under z₁ → −z₁ and z₂ → −z₂', () => {
    const y = twoLayerOutput([0.8, -0.5], [1.2, 0.3], 1);
    for (const [a, b] of [
      [
        [-0.8, 0.5],
        [1.2, 0.3],
      ],
      [
        [0.8, -0.5],
        [-1.2, -0.3],
      ],
    ] as [Vec2, Vec2][]) {
      const y2 = twoLayerOutput(a, b, 1);
      for (let k = 0; k < 4; k++) expect(y2[k]).toBeCloseTo(y[k], 14);
    }
    expect(attention(0.3, -0.4, 1)).toEqual(attention(-0.3, 0.4, 1));
  });
});

describe('SMI posterior (2-D grid quadrature)', () => {
  const out = new Float64Array(M.size);
  const out2 = new Float64Array(M.size);

  it('flips the posterior mean with the cavity means (z → −z symmetry)', () => {
    const rule = gridFor(0.7, 0.2, 0.5);
    posteriorMoments(0.9, -0.4, 0.3, -0.2, 0.7, 0.5, 0.1, 0.2, 1, rule, out);
    posteriorMoments(0.9, -0.4, -0.3, 0.2, 0.7, -0.5, -0.1, 0.2, 1, rule, out2);
    for (const k of [M.z1, M.z1 + 1, M.z2, M.z2 + 1]) expect(out2[k]).toBeCloseTo(-out[k], 10);
    for (const k of [M.z1z1, M.z2z2, M.z2z2 + 2]) expect(out2[k]).toBeCloseTo(out[k], 10);
  });

  it('converges under refinement, also for a narrow likelihood (V₂ = 0.02): |Δ| < 1e-4', () => {
    for (const V2 of [0.8, 0.02]) {
      posteriorMoments(1.4, 0.2, 0.1, 0.4, 0.9, 0.8, -0.6, V2, 1, gridFor(0.9, V2, 0.3), out);
      posteriorMoments(1.4, 0.2, 0.1, 0.4, 0.9, 0.8, -0.6, V2, 1, gridFor(0.9, V2, 0.6), out2);
      for (let k = 0; k < M.z1q; k++) expect(Math.abs(out[k] - out2[k])).toBeLessThan(1e-4);
      // Fourth moments (up to 13 here), relative: measured at most 1.9e-4, at V₂ = 0.8 where the grid has 17 points per axis.
      for (let k = M.z1q; k < M.size; k++) expect(Math.abs(out[k] - out2[k])).toBeLessThan(5e-4 * Math.max(1, Math.abs(out2[k])));
    }
  });

  it('agrees with a Monte Carlo posterior (rejection on a small window around y) within 3 standard errors', () => {
    // Draw (z₁, z₂) from the cavity prior, keep samples whose u lies within ε of ±u*, compare means.
    const w1: Vec2 = [0.3, -0.5];
    const w2: Vec2 = [0.6, 0.2];
    const V1 = 0.8;
    const V2 = 0.5;
    const ustar: Vec2 = [0.9, 0.1];
    const eps = 0.06;
    const g = createGaussian(7);
    const acc: number[][] = [];
    for (let s = 0; s < 1_500_000 && acc.length < 3000; s++) {
      const z1: Vec2 = [w1[0] + Math.sqrt(V1) * g(), w1[1] + Math.sqrt(V1) * g()];
      const z2: Vec2 = [w2[0] + Math.sqrt(V2) * g(), w2[1] + Math.sqrt(V2) * g()];
      const u = preActivation(z1, z2, 1);
      const d = Math.min(Math.hypot(u[0] - ustar[0], u[1] - ustar[1]), Math.hypot(u[0] + ustar[0], u[1] + ustar[1]));
      if (d < eps) acc.push([z1[0], z1[1], z2[0], z2[1]]);
    }
    expect(acc.length).toBeGreaterThan(500);
    posteriorMoments(ustar[0], ustar[1], w1[0], w1[1], V1, w2[0], w2[1], V2, 1, gridFor(V1, V2, 0.5), out);
    const quad = [out[M.z1], out[M.z1 + 1], out[M.z2], out[M.z2 + 1]];
    for (let k = 0; k < 4; k++) {
      const xs = acc.map((r) => r[k]);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      expect(Math.abs(mean - quad[k])).toBeLessThan(3 * (sd / Math.sqrt(xs.length)) + 0.02);
    }
  });

  it('resolves the narrow peaks at small V₂ (V₂ = 0.005): grid at refine 0.3 agrees with importance sampling from the prior', () => {
    // With z₂ nearly known, y pins z₁ to a few peaks of width ~√V₂ in the directions set by the Jacobian of
    // z₁ ↦ A(z₁)⁻¹u. Importance sampling from the prior N(ω₁, V₁) sees them without any grid.
    const g = createGaussian(11);
    const V1 = 0.4;
    const V2 = 0.005;
    const cases: [Vec2, Vec2, Vec2, Vec2][] = [
      [
        [0.5, -0.9],
        [0.9, 0.4],
        [0.6, -0.3],
        [0.7, -1.1],
      ],
      [
        [-1.2, 0.3],
        [0.2, -1.4],
        [-1.5, 0.6],
        [0.1, -1.5],
      ],
      [
        [0.1, 0.2],
        [1.6, 0.8],
        [0.4, 0.6],
        [1.5, 0.9],
      ],
    ];
    for (const [w1, w2, z1, z2] of cases) {
      const u = preActivation(z1, z2, 1);
      posteriorMoments(u[0], u[1], w1[0], w1[1], V1, w2[0], w2[1], V2, 1, gridFor(V1, V2, 0.3), out);
      let S = 0;
      let m0 = 0;
      let m1 = 0;
      for (let k = 0; k < 200_000; k++) {
        const x: Vec2 = [w1[0] + Math.sqrt(V1) * g(), w1[1] + Math.sqrt(V1) * g()];
        const B = attention(x[0], x[1], 1);
        const det = B[0] * B[3] - B[1] * B[2];
        const p0 = (B[3] * u[0] - B[1] * u[1]) / det;
        const p1 = (B[0] * u[1] - B[2] * u[0]) / det;
        const w = (Math.exp(-((p0 - w2[0]) ** 2 + (p1 - w2[1]) ** 2) / (2 * V2)) + Math.exp(-((p0 + w2[0]) ** 2 + (p1 + w2[1]) ** 2) / (2 * V2))) / det;
        S += w;
        m0 += w * x[0];
        m1 += w * x[1];
      }
      // Measured: the importance-sampling error is ≤ 0.006 here; the grid itself is within 4e-7 of n = 1201.
      expect(Math.abs(m0 / S - out[M.z1])).toBeLessThan(0.01);
      expect(Math.abs(m1 / S - out[M.z1 + 1])).toBeLessThan(0.01);
      posteriorMoments(u[0], u[1], w1[0], w1[1], V1, w2[0], w2[1], V2, 1, { n: 801 }, out2);
      for (let k = 0; k < M.z1q; k++) expect(Math.abs(out[k] - out2[k])).toBeLessThan(1e-5);
      // Fourth moments, relative: measured at most 8.4e-7.
      for (let k = M.z1q; k < M.size; k++) expect(Math.abs(out[k] - out2[k])).toBeLessThan(1e-5 * Math.max(1, Math.abs(out2[k])));
    }
  });
});
