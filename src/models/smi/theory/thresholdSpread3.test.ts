import { describe, expect, it } from 'vitest';
import { brent } from '../../../numeric/brent';
import type { Smi3Quadrature } from './channel3';
import { PRECOMPUTED3 } from './precomputed3';
import { PRECOMPUTED3_SPREAD } from './precomputed3Spread';
import { rowsToBranches3, splitStaircase } from './skipGrid3';
import { jointStart, leadLayer } from './stateEvolution3';
import { crossingRows, firstOrderSpread, INNER_PAIR, innerBias, jointError, spreadError, thresholdSpread3 } from './thresholdSpread3';

describe('first-order crossings of replicated branches', () => {
  it('locates the crossing of each replicate exactly on a linear branch, and to second order on a curved one', () => {
    // h_k(x) = a(x − x₀) + δ_k + κ(x − x₀)², α_k(x) = b·x + ε_k: the replicate's crossing solves h_k = 0.
    const x0 = 0.9;
    const a = 8;
    const b = 2;
    const delta = (q: Smi3Quadrature) => {
      const k = q.replicate ?? 0;
      return 0.01 * k * (k % 2 ? 1 : -1) + (q.inner > INNER_PAIR[0] ? 0.003 : 0);
    };
    const eps = (q: Smi3Quadrature) => (q.replicate ?? 0) * 1e-3;
    for (const kappa of [0, 2]) {
      const point = (q: Smi3Quadrature, x: number) => ({ alpha: b * x + eps(q), h: a * (x - x0) + delta(q) + kappa * (x - x0) ** 2 });
      const s = firstOrderSpread(point, x0, 0.01, { outer: 16, inner: INNER_PAIR[0] }, 4, INNER_PAIR[0]);
      for (let k = 1; k <= 4; k++) {
        const q = { outer: 16, inner: INNER_PAIR[0], replicate: k };
        const exact = brent((x) => point(q, x).h, x0 - 0.1, x0 + 0.1).x;
        const want = b * exact + eps(q);
        // The slope is a secant over 0.01, so with curvature the first-order step is off by O(κ·δ·0.01/a + κδ²/a²).
        expect(Math.abs(s.alphas[k - 1] - want)).toBeLessThan(kappa === 0 ? 1e-12 : 2e-4);
      }
      expect(s.alpha0).toBeCloseTo(b * x0, 12);
      expect(s.h0).toBeCloseTo(0, 14);
      // The inner-node shift: replicate 1 with INNER_PAIR[1] nodes moves h by 0.003, so α by −0.003·b/a.
      expect(s.innerShift).toBeCloseTo((-0.003 * b) / a, kappa === 0 ? 12 : 4);
      expect(s.err).toBeCloseTo(spreadError(s.sd, s.innerShift, INNER_PAIR[0]), 14);
    }
  });

  it('takes the inner sampling’s bias as falling like 1/n', () => {
    // α_n = α_∞ + k/n: the pair's change is k(1/n₁ − 1/n₀), and the bias at n nodes is k/n.
    const k = 5;
    const at = (n: number) => 1 + k / n;
    const shift = at(INNER_PAIR[1]) - at(INNER_PAIR[0]);
    for (const n of [1024, 4096, 16384]) expect(innerBias(shift, n)).toBeCloseTo(k / n, 14);
    expect(spreadError(3e-3, shift, 1024)).toBeCloseTo(Math.hypot(3e-3, k / 1024), 14);
  });
});

describe('shipped spreads of the three-layer thresholds', () => {
  const exact = PRECOMPUTED3.filter((p) => p.epsilon === 0);

  it('cover every shipped exact staircase, with a positive, finite error for α_c,1 and α_c,2', () => {
    expect(PRECOMPUTED3_SPREAD.map((r) => r.c)).toEqual(exact.map((p) => p.c).sort((a, b) => a - b));
    for (const r of PRECOMPUTED3_SPREAD) {
      expect(r.alphaErr).toHaveLength(2);
      for (const e of r.alphaErr) expect(e > 0 && Number.isFinite(e)).toBe(true);
    }
  });

  it('state each threshold at its own crossing: no shipped staircase has layers 1 and 2 start together', () => {
    // With one fixed inner net the c = 2 staircase had both start at α = 1.065 (layer 2's crossing on branch B 0.003
    // below layer 1's on branch A); with a net per outer point they start 0.05 apart (precomputed3.ts). The joint
    // case keeps its rule (jointError), tested on a made-up staircase below.
    expect(exact.filter((p) => p.alphaC[0] === p.alphaC[1]).map((p) => p.c)).toEqual([]);
    for (const r of PRECOMPUTED3_SPREAD) expect(r.jointGap, `c = ${r.c}`).toBeUndefined();
  });

  it('were computed at the staircases’ own crossing points: the own net gives back the shipped thresholds', () => {
    for (const r of PRECOMPUTED3_SPREAD) {
      const p = exact.find((x) => x.c === r.c)!;
      expect(crossingRows(p.path, p.alphaC).lead).toBe(r.lead);
      for (let l = 0; l < 2; l++) {
        // The crossing was located to xtol 2·10⁻⁵ on the net; h there is as close to 0 as that allows.
        expect(Math.abs(r.h0[l])).toBeLessThan(2e-3);
        expect(Math.abs(r.ownNet[l] - p.alphaC[l]!)).toBeLessThan(0.1 * r.alphaErr[l]);
      }
    }
  });

  it('put each shipped threshold within three of its errors of the replicates’ mean', () => {
    // The shipped value is one net's estimate: it differs from the mean of R others by sd·√(1 + 1/R) typically.
    for (const r of PRECOMPUTED3_SPREAD) {
      const p = exact.find((x) => x.c === r.c)!;
      for (let l = 0; l < 2; l++)
        expect(Math.abs(p.alphaC[l]! - r.mean[l])).toBeLessThan(3 * r.sd[l] * Math.sqrt(1 + 1 / r.replicates) + Math.abs(r.innerShift[l]));
    }
  });
});

describe('a staircase whose layers 1 and 2 start together', () => {
  // Branch A to its crossing at α = 1.06, then branch C parametrised by layer 2's overlap (the lead).
  const aCross = [1.06, 0, 0, 0.99];
  const path = [[0.19, 0, 0, 0], [0.9, 0, 0, 0.985], aCross, [1.1, 0.04, 0.05, 0.992], [1.15, 0.08, 0.1, 0.993]];
  const alphaC = [1.06, 1.06, 0.19];

  it('takes the lead from the layer that parametrises branch C, and has no threshold point on branch B', () => {
    expect(crossingRows(path, alphaC)).toEqual({ a: aCross, b: null, lead: 1 });
    const swapped = path.map((r) => [r[0], r[2], r[1], r[3]]);
    expect(crossingRows(swapped, alphaC).lead).toBe(0);
    // Apart, the smaller threshold leads whatever branch C looks like.
    expect(leadLayer(path, 1.06, 1.1)).toBe(0);
    expect(jointStart(1.0654, 1.0622)).toBe(true);
    expect(jointStart(1.0654, 1.07)).toBe(false);
  });

  it('states the second threshold with the first’s error plus the gap to its crossing on branch B', () => {
    expect(jointError(0.05, 0.003)).toBeCloseTo(0.053, 15);
    expect(jointError(0.05, -0.003)).toBeCloseTo(0.053, 15);
    // Without the B crossing the spread cannot say how well the second threshold is known.
    expect(() => thresholdSpread3(2, path, alphaC, { outer: 16, inner: 16 }, 2)).toThrow(/B crossing/);
  });

  it('splits into parts with an empty branch B, the other layer starting where the lead does', () => {
    const parts = splitStaircase(rowsToBranches3({ c: 2, epsilon: 0, alphaC, path, monotone: true }));
    expect(parts).not.toBeNull();
    expect(parts?.lead).toBe(1);
    expect(parts?.b).toEqual([]);
    expect(parts?.q3AtLead).toBe(0.99);
    expect(parts?.atOther).toEqual([0, 0.99]);
    expect(parts?.cPart).toEqual([
      [1.1, 0.05, 0.04, 0.992],
      [1.15, 0.1, 0.08, 0.993],
    ]);
  });
});
