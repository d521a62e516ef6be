import { describe, expect, it } from 'vitest';
import { interpolatedBranches, interpolatedThresholds, INTERPOLATED_SKIPS, smiApi } from '../api';
import { PRECOMPUTED, PRECOMPUTED_THRESHOLDS } from './precomputed';
import { interpolateInLogSkip } from './skipGrid';
import { HELD_OUT } from './skipGridError';
import { curveFromBranches } from './stateEvolution';

describe('interpolation in the skip c', () => {
  it('is exact on a cubic in log c and at the nodes, and refuses to extrapolate', () => {
    const c = [0.1, 0.25, 0.5, 1, 2, 4];
    const f = (x: number) => {
      const u = Math.log(x);
      return 0.2 - 0.03 * u + 0.01 * u * u - 0.002 * u ** 3;
    };
    const s = { c, y: c.map(f) };
    for (const x of [0.11, 0.3, 0.77, 1.5, 3.9]) expect(interpolateInLogSkip(s, x)).toBeCloseTo(f(x), 12);
    for (let i = 0; i < c.length; i++) expect(interpolateInLogSkip(s, c[i])).toBe(s.y[i]);
    expect(interpolateInLogSkip(s, 0.05)).toBeNaN();
    expect(interpolateInLogSkip(s, 5)).toBeNaN();
  });

  it('gives back the shipped thresholds at shipped skips', () => {
    for (const t of PRECOMPUTED_THRESHOLDS) {
      if (t.c < INTERPOLATED_SKIPS.min || t.c > INTERPOLATED_SKIPS.max) continue;
      const th = interpolatedThresholds(t.c);
      expect(th.alphaC).toEqual([t.alpha1, t.alpha2]);
      expect(th.q2AtAlpha1).toBe(t.q2AtAlpha1);
    }
  });

  it('draws the shipped staircase at a shipped skip, and a monotone one between', () => {
    const alphas = Array.from({ length: 121 }, (_, i) => i / 100);
    for (const pre of PRECOMPUTED.filter((p) => p.epsilon === 0 && p.both.length > 1)) {
      const shipped = smiApi.curve({ layers: 2, skip: pre.c, alphas, genError: false });
      const interp = curveFromBranches(interpolatedBranches(pre.c), alphas);
      // Only the end of the last-layer branch differs: it ends at (α_c,1, q₂*) here, one node past α_c,1 in the
      // shipped branch (measured: at most 3.3e-4, at α = 0.7, from c = 0.15 on). At c = 0.05 and 0.1 Q₂₂ differs by
      // 2.2e-3 and 1.8e-3 there: the last-layer nodes carry the inner grid's bias of F₂ (0.2–0.75% at c ≤ 0.15),
      // q₂* at α_c,1 does not (thresholds.ts corrects it); both are within the sampling error of Q₂₂ shown (±0.002).
      const tol = pre.c < 0.15 ? 3e-3 : 1e-3;
      for (let l = 0; l < 2; l++) for (let i = 0; i < alphas.length; i++) expect(Math.abs(interp.overlaps[l][i] - shipped.overlaps[l][i])).toBeLessThan(tol);
    }
    for (let c = INTERPOLATED_SKIPS.min; c <= INTERPOLATED_SKIPS.max; c *= 1.13) {
      const br = interpolatedBranches(c);
      expect(br.monotone, `c = ${c}`).toBe(true);
      const q = curveFromBranches(br, alphas).overlaps;
      for (let l = 0; l < 2; l++) for (let i = 1; i < alphas.length; i++) expect(q[l][i]).toBeGreaterThanOrEqual(q[l][i - 1] - 1e-12);
    }
  });

  it('states errors that cover the skips computed directly off the grid', () => {
    // The stated error is √(SE² + interpolation error²); a held-out value carries its own SE, so the two
    // differ by at most about the stated error and the held-out SE together (2σ of each, as both are estimates).
    for (const h of HELD_OUT) {
      const th = interpolatedThresholds(h.c);
      expect(Math.abs(th.alphaC[0] - h.alpha1), `α_c,1 at c = ${h.c}`).toBeLessThanOrEqual(2 * Math.hypot(th.alphaCErr[0], h.alpha1Err));
      expect(Math.abs(th.alphaC[1] - h.alpha2), `α_c,2 at c = ${h.c}`).toBeLessThanOrEqual(2 * Math.hypot(th.alphaCErr[1], h.alpha2Err));
      // And the interpolation is far better than the spread of α_c,2 over the grid's neighbours.
      expect(Math.abs(th.alphaC[1] - h.alpha2)).toBeLessThan(1e-4);
    }
  });
});
