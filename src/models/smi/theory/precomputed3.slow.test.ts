import { describe, expect, it } from 'vitest';
import { PRECOMPUTED3, PRECOMPUTED3_LAST, PRECOMPUTED3_PROVENANCE, PRECOMPUTED3_QUADRATURE } from './precomputed3';
import { branchAPoint, lastLayerThreshold } from './stateEvolution3';

/**
 * The shipped three-layer tables against the core, one point each, with the quadrature the script used
 * (PRECOMPUTED3_QUADRATURE: 4096 outer Sobol' points, 16384 where an overlap is ≤ 0.1, 1024 inner base nodes, in
 * a net per outer point, as every staircase says (innerPerPoint);
 * α_c,3 is the mean over the randomised replicates its row names, each of 4096 outer points). The staircase's
 * accuracy against the exact SE is a few per cent on F, and α_c,3 states its own error, but the nodes and
 * shifts are fixed, so the same quadrature reproduces the table up to the writer's 7-digit rounding
 * (≤ 5·10⁻⁷ relative). The tolerance below,
 * 2·10⁻⁶ relative, is 26× the largest measured difference and 4× that rounding bound: it passes any reordering
 * of the arithmetic and fails on any change of nodes or estimator.
 */
const REL_TOL = 2e-6;
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('shipped three-layer SMI tables, recomputed', () => {
  it('records how they were made', () => {
    expect(PRECOMPUTED3_PROVENANCE.quadrature).toBe(PRECOMPUTED3_QUADRATURE);
    expect(PRECOMPUTED3_PROVENANCE.command.length).toBeGreaterThan(0);
    expect(PRECOMPUTED3_PROVENANCE.commit).toMatch(/^[0-9a-f]{40}/);
  });

  it('PRECOMPUTED3_LAST: α_c,3 = 1/L₃(0) at c = 2, with its error', () => {
    // 15–60 s (the row's replicates; the same cost for every c).
    const row = PRECOMPUTED3_LAST.find((p) => p.c === 2)!;
    const r = lastLayerThreshold(2, PRECOMPUTED3_QUADRATURE, row.replicates);
    expect(rel(r.alpha3, row.alpha3)).toBeLessThan(REL_TOL);
    expect(rel(r.L3, row.L3)).toBeLessThan(REL_TOL);
    // The error is written to two digits.
    expect(rel(r.err, row.alpha3Err)).toBeLessThan(0.05);
  }, 120_000);

  it('PRECOMPUTED3: α on branch A (layers 1 and 2 at 0) at c = 0.25, q₃ = 0.5, and the published convention’s at c = 1', () => {
    // About 10 s. Every staircase, the published-convention path (ε = 10⁻³) included, has a net per outer point
    // (innerPerPoint).
    for (const p of PRECOMPUTED3) expect(p.innerPerPoint, `c = ${p.c}, ε = ${p.epsilon}`).toBe(true);
    for (const p of [PRECOMPUTED3.find((b) => b.c === 0.25 && b.epsilon === 0)!, PRECOMPUTED3.find((b) => b.epsilon > 0)!]) {
      const row = p.path.find((r) => r[3] === 0.5)!;
      expect(row.slice(1, 3)).toEqual([0, 0]);
      const quad = { ...PRECOMPUTED3_QUADRATURE, innerPerPoint: p.innerPerPoint, epsilon: p.epsilon };
      expect(rel(branchAPoint(p.c, 0.5, quad).alpha, row[0]), `c = ${p.c}, ε = ${p.epsilon}`).toBeLessThan(REL_TOL);
    }
  });

  it('PRECOMPUTED3 at c = 1, with an inner net per outer point: branch A where layer 1 starts', () => {
    // About 6 s. The same quadrature with each outer point's own inner net (innerNodesAt) reproduces the point.
    const p = PRECOMPUTED3.find((b) => b.c === 1 && b.epsilon === 0)!;
    expect(p.innerPerPoint).toBe(true);
    const row = p.path.find((r) => r[0] === p.alphaC[0])!;
    expect(row.slice(1, 3)).toEqual([0, 0]);
    const a = branchAPoint(1, row[3], { ...PRECOMPUTED3_QUADRATURE, innerPerPoint: true });
    expect(rel(a.alpha, row[0])).toBeLessThan(REL_TOL);
    // The point is where layer 1's zero loses stability (α·L₁ = 1, located to 2·10⁻⁵ in q₃)…
    expect(Math.abs(Math.log(a.alpha * a.L1))).toBeLessThan(2e-3);
    // …which one fixed inner net puts elsewhere: there it gives log(α·L₁) ≈ 0.07.
    const fixed = branchAPoint(1, row[3], PRECOMPUTED3_QUADRATURE);
    expect(Math.abs(Math.log(fixed.alpha * fixed.L1))).toBeGreaterThan(0.03);
  });

  it('PRECOMPUTED3 at c = 2, with an inner net per outer point: layer 2 starts first, on branch A', () => {
    // About 6 s. One fixed inner net had layers 1 and 2 start together here (α = 1.065); with a net per outer point
    // layer 2's zero loses stability first, where α·L₂ = 1 on branch A, and layer 1's only later.
    const p = PRECOMPUTED3.find((b) => b.c === 2 && b.epsilon === 0)!;
    const [a1, a2] = p.alphaC as number[];
    expect(a2).toBeLessThan(a1);
    const row = p.path.find((r) => r[0] === a2)!;
    expect(row.slice(1, 3)).toEqual([0, 0]);
    const a = branchAPoint(2, row[3], { ...PRECOMPUTED3_QUADRATURE, innerPerPoint: true });
    expect(rel(a.alpha, a2)).toBeLessThan(REL_TOL);
    expect(Math.abs(Math.log(a.alpha * a.L2))).toBeLessThan(2e-3);
    expect(a.alpha * a.L1).toBeLessThan(1);
  });
});
