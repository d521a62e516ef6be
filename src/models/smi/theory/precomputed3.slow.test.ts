import { describe, expect, it } from 'vitest';
import { PRECOMPUTED3, PRECOMPUTED3_LAST, PRECOMPUTED3_PROVENANCE, PRECOMPUTED3_QUADRATURE } from './precomputed3';
import { branchAPoint, lastLayerSlope } from './stateEvolution3';

/**
 * The shipped three-layer tables against the core, one point each, with the quadrature the script used
 * (PRECOMPUTED3_QUADRATURE: 4096 outer Sobol' points, 16384 where an overlap is ≤ 0.1, 1024 inner base nodes).
 * The documented accuracy of that quadrature against the exact SE is a few per cent: α_c,3 came out 0.2097 with
 * 4096 and 0.2062 with 16384 outer points (stateEvolution3's tests). But the nodes are fixed, so the same
 * quadrature reproduces the table up to the writer's 7-digit rounding (≤ 5·10⁻⁷ relative). The tolerance below,
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

  it('PRECOMPUTED3_LAST: α_c,3 = 1/L₃(0) at c = 2', () => {
    // 10–15 s on an idle core (the same cost for every c). Measured: α_c,3 = 0.18723291 against 0.1872329
    // shipped (7.6e-8 relative); L₃(0) 5.2e-8.
    const row = PRECOMPUTED3_LAST.find((p) => p.c === 2)!;
    const L3 = lastLayerSlope(2, PRECOMPUTED3_QUADRATURE);
    expect(rel(1 / L3, row.alpha3)).toBeLessThan(REL_TOL);
    expect(rel(L3, row.L3)).toBeLessThan(REL_TOL);
  });

  it('PRECOMPUTED3: α on branch A (layers 1 and 2 at 0) at c = 0.5, q₃ = 0.5', () => {
    // About 4 s. Measured: α*(0.5) = 0.47563769 against 0.4756377 shipped (2.2e-8 relative).
    const row = PRECOMPUTED3.find((b) => b.c === 0.5 && b.epsilon === 0)!.path.find((r) => r[3] === 0.5)!;
    expect(row.slice(1, 3)).toEqual([0, 0]);
    expect(rel(branchAPoint(0.5, 0.5, PRECOMPUTED3_QUADRATURE).alpha, row[0])).toBeLessThan(REL_TOL);
  });
});
