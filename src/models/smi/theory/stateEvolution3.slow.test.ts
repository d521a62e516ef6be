import { describe, expect, it } from 'vitest';
import { channelMoments3, Q3_MAX } from './channel3';
import { branchAPoint, curveFromBranches3, type Branches3 } from './stateEvolution3';

const CHEAP = { outer: 1024, inner: 256 };

/** Plain iteration of the full three-layer SE map (the slow way), for checking the parametric branches. */
function iterate(alpha: number, q: [number, number, number], steps: number, quad = CHEAP): [number, number, number] {
  for (let it = 0; it < steps; it++) {
    const F = channelMoments3(1, q, quad);
    q = q.map((_, l) => {
      const h = alpha * F.F[l];
      return Math.min(Q3_MAX, h / (1 + h));
    }) as [number, number, number];
  }
  return q;
}

describe('three-layer state evolution (c = 1)', () => {
  it('α_c,3 = 1/L₃(0) ≈ 0.2071 (shipped: 4 replicates × 4096 outer × 1024 inner), above the two-token bound 1/6', () => {
    // Measured with the identity-based L₃: 1/L₃(0) = 0.2070 (4096 outer × 256 inner, one net); the shipped
    // value is 0.20713 ± 0.00016. The plain average gave 0.2039, 0.2097, 0.2062 with 1024 × 256, 4096 × 4096,
    // 16384 × 4096 points.
    const L3 = channelMoments3(1, [0, 0, 0], { outer: 4096, inner: 256 }).L[2];
    expect(Math.abs(1 / L3 - 0.2071)).toBeLessThan(0.002);
    expect(1 / L3).toBeGreaterThan(1 / 6);
  });

  it('the last layer dies out below α_c,3 and grows above it; layers 1 and 2 stay at 0', () => {
    // At 0.9·α_c,3 the linearised map shrinks Q₃₃ by 0.9 per step: 0.05 → 0.014 in 12 steps.
    const below = iterate(0.185, [0.02, 0.02, 0.05], 12);
    const above = iterate(0.3, [0.02, 0.02, 0.05], 12);
    expect(below[2]).toBeLessThan(0.02);
    expect(above[2]).toBeGreaterThan(0.1);
    for (const q of [below, above]) {
      expect(q[0]).toBeLessThan(0.01);
      expect(q[1]).toBeLessThan(0.01);
    }
  });

  it('branch A is a fixed point of the iteration: α*(q₃ = 0.5) ≈ 0.442, and iterating there returns q₃ ≈ 0.5', () => {
    // Measured α*(0.5) = 0.4425 (512 inner) and 0.4420 (2048 inner), 1024 outer points.
    const p = branchAPoint(1, 0.5, CHEAP);
    expect(Math.abs(p.alpha - 0.442)).toBeLessThan(0.01);
    const q = iterate(p.alpha, [0, 0, 0.35], 25);
    expect(Math.abs(q[2] - 0.5)).toBeLessThan(0.01);
  });

  it('layer 1 loses stability before layer 2 on branch A (L₁ > L₂ at q₃ = 0.95)', () => {
    // Measured with 2048 inner base nodes: L₁ = 0.752, L₂ = 0.536, so α·L₁ reaches 1 first.
    const p = branchAPoint(1, 0.95, CHEAP);
    expect(p.L1).toBeGreaterThan(p.L2 + 0.1);
    expect(Math.abs(p.alpha - 0.787)).toBeLessThan(0.02);
  });

  it('near Q = I the three layers share the two constrained directions: Σ V_ℓF_ℓ → 2', () => {
    // Measured: 1.894 at (0.9, 0.88, 0.999), 1.974 at (0.97, 0.965, 0.9995), with 1024 inner base nodes.
    const q: [number, number, number] = [0.97, 0.965, 0.9995];
    const F = channelMoments3(1, q, { outer: 1024, inner: 512 });
    const sum = F.F.reduce((s, f, l) => s + f * (1 - q[l]), 0);
    expect(Math.abs(sum - 2)).toBeLessThan(0.06);
  });
});

describe('the published three-layer overlaps', () => {
  it('are not a fixed point at α = 2, even with their variance floor: one step raises Q₁₁ from 0.548 by more than 0.05', () => {
    // Measured (1024 × 512 points, ε = 10⁻³): 0.548 → 0.651 → 0.730 → 0.786 → 0.827 in four steps; Q₂₂ 0.538 → 0.797.
    const q: [number, number, number] = [0.548, 0.538, 0.995];
    const F = channelMoments3(1, q, { outer: 1024, inner: 256, epsilon: 1e-3 });
    const next = F.F.map((f) => (2 * f) / (1 + 2 * f));
    expect(next[0] - q[0]).toBeGreaterThan(0.05);
    expect(next[1] - q[1]).toBeGreaterThan(0.03);
  });
});

describe('curveFromBranches3', () => {
  const br: Branches3 = {
    c: 1,
    epsilon: 0,
    alphaC: [0.97, 1.1, 0.2],
    path: [
      { alpha: 0.2, q: [0, 0, 0] },
      { alpha: 0.5, q: [0, 0, 0.6] },
      { alpha: 0.97, q: [0, 0, 0.98] },
      { alpha: 1.1, q: [0.2, 0, 0.985] },
      { alpha: 1.4, q: [0.92, 0.9, 0.999] },
    ],
    monotone: true,
  };
  it('is zero below α_c,3, interpolates the path, joins Q = I at 3/2 (unverified) and is exact beyond', () => {
    const c = curveFromBranches3(br, [0.1, 0.35, 1.0, 1.45, 2, -1]);
    expect(c.overlaps[2][0]).toBe(0);
    expect(c.overlaps[2][1]).toBeCloseTo(0.3, 12);
    expect(c.overlaps[0][2]).toBeCloseTo((0.03 / 0.13) * 0.2, 12);
    expect(c.status.slice(0, 3)).toEqual(['converged', 'converged', 'converged']);
    expect(c.status[3]).toBe('unverified');
    expect(c.overlaps[0][3]).toBeCloseTo(0.96, 12);
    expect(c.overlaps.map((o) => o[4])).toEqual([1, 1, 1]);
    expect(c.status[5]).toBe('failed');
  });
  it('with a variance floor ε > 0, or a path that ends before layer 2 is learned, nothing is drawn beyond its end', () => {
    const c = curveFromBranches3({ ...br, epsilon: 1e-3 }, [1.45]);
    expect(c.status[0]).toBe('not-converged');
    expect(c.overlaps[0][0]).toBeNaN();
    const partial = curveFromBranches3({ ...br, alphaC: [0.97, NaN, 0.2], path: br.path.slice(0, 4) }, [1.05, 1.6]);
    expect(partial.status).toEqual(['converged', 'not-converged']);
    expect(partial.overlaps[1][1]).toBeNaN();
  });
});
