import { describe, expect, it } from 'vitest';
import { INTERPOLATED_SKIPS, INTERPOLATED_SKIPS3, smiApi } from './api';
import { SMI_FIELDS } from './fields';
import { PAPER_ALPHA_CRITICAL } from './theory/paperValues';
import { PRECOMPUTED, PRECOMPUTED_THRESHOLDS } from './theory/precomputed';

describe('smiApi (shipped SMI data)', () => {
  it("covers the c slider's whole range with the grids in c at both depths, so the page never computes a staircase directly", () => {
    const skip = SMI_FIELDS.find((f) => f.key === 'skip');
    if (skip?.kind !== 'number') throw new Error('no skip field');
    for (const grid of [INTERPOLATED_SKIPS, INTERPOLATED_SKIPS3]) {
      expect(grid.min).toBeLessThanOrEqual(skip.min);
      expect(grid.max).toBeGreaterThanOrEqual(skip.max);
    }
    for (const layers of [2, 3]) for (const c of [skip.min, skip.max]) expect(smiApi.curve({ layers, skip: c, alphas: [0.5] }).source).not.toBe('computed');
  });

  it('says what sampling error a curve carries where it is known: shipped or interpolated exact two-layer data, not the published convention or three layers', () => {
    const shipped = smiApi.curve({ layers: 2, skip: 1, alphas: [0.85], genError: false });
    const between = smiApi.curve({ layers: 2, skip: 0.7, alphas: [0.85], genError: false });
    for (const r of [shipped, between]) {
      expect(r.samplingError?.belowAlpha1).toBeGreaterThan(0);
      expect(r.samplingError?.fromAlpha1).toHaveLength(2);
    }
    // Between two shipped skips the larger error of the two around it.
    const around = [0.5, 0.75].map((c) => smiApi.curve({ layers: 2, skip: c, alphas: [0.85], genError: false }).samplingError!.fromAlpha1[0]);
    expect(between.samplingError!.fromAlpha1[0]).toBe(Math.max(...around));
    expect(smiApi.curve({ layers: 2, skip: 1, alphas: [0.85], convention: 'paper', genError: false }).samplingError).toBeUndefined();
    // (c = 0.9: the shipped three-layer staircases are left to the tests that read them first.)
    expect(smiApi.curve({ layers: 3, skip: 0.9, alphas: [0.85], genError: false }).samplingError).toBeUndefined();
  });

  it('serves the thresholds-vs-skip panel from the shipped grid at once, with the published values beside it', () => {
    const r = smiApi.thresholdsVsSkip({});
    expect(r.skip).toEqual(PRECOMPUTED_THRESHOLDS.map((p) => p.c));
    expect(r.source.every((s) => s === 'precomputed')).toBe(true);
    expect(r.alpha1).toHaveLength(r.skip.length);
    expect(r.paper.skip).toHaveLength(PAPER_ALPHA_CRITICAL.length);
    expect(r.millis).toBeLessThan(100);
    const g = smiApi.thresholdsVsSkip({ skips: [1, 0.5] });
    expect(g.skip).toEqual([1, 0.5]);
    expect(g.source).toEqual(['precomputed', 'precomputed']);
    expect(smiApi.thresholds({ layers: 2, skip: 1 }).source).toBe('precomputed');
  });

  it('gives the exact curve (perfect recovery at α = 1) by default and the published convention on request', () => {
    const alphas = [0.1, 0.5, 0.9, 1.2];
    const ex = smiApi.curve({ layers: 2, skip: 1, alphas: alphas });
    expect(ex.source).toBe('precomputed');
    expect(ex.epsilon).toBe(0);
    expect(ex.overlaps[0][3]).toBe(1);
    expect(ex.status.every((s) => s === 'converged')).toBe(true);
    const pa = smiApi.curve({ layers: 2, skip: 1, alphas: alphas, convention: 'paper' });
    expect(pa.source).toBe('precomputed');
    expect(pa.epsilon).toBe(0.001);
    expect(Math.abs(pa.overlaps[0][3] - 0.823)).toBeLessThan(0.05);
    expect(pa.overlaps[0][2]).toBeLessThan(ex.overlaps[0][2]);
    for (const s of [0.5, 2]) expect(smiApi.curve({ layers: 2, skip: s, alphas: [0.6] }).source).toBe('precomputed');
  });

  it('at the smallest shipped skips reads the two-layer nodes as shipped, from α_c,1 on', () => {
    for (const c of [0.05, 0.1]) {
      const pre = PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0)!;
      const nodes = pre.both.slice(1);
      const r = smiApi.curve({ layers: 2, skip: c, alphas: nodes.map((n) => n[0]), genError: false });
      expect(r.source).toBe('precomputed');
      nodes.forEach(([, q1, q2], i) => {
        expect(Math.abs(r.overlaps[0][i] - q1), `c = ${c}, q₁ = ${q1}`).toBeLessThan(1e-9);
        expect(Math.abs(r.overlaps[1][i] - q2)).toBeLessThan(1e-9);
      });
    }
  });
});

describe('smiApi, three layers (shipped c = 1)', () => {
  it('serves the staircase from shipped data, close to the published overlaps where those are converged', () => {
    const r = smiApi.curve({ layers: 3, skip: 1, alphas: [0.1, 0.5, 1.0, 1.25, 2] });
    expect(r.source).toBe('precomputed');
    expect(r.overlaps).toHaveLength(3);
    expect(r.alphaC).toEqual(smiApi.thresholds({ layers: 3, skip: 1 }).alphaC);
    // Published Q₃₃ (BO_3w.csv, variance floor 10⁻³): 0.635 at α = 0.5, 0.977 at α = 1.
    expect(Math.abs(r.overlaps[2][1] - 0.635)).toBeLessThan(0.05);
    expect(Math.abs(r.overlaps[2][2] - 0.977)).toBeLessThan(0.01);
    // The exact SE gives Q₁₁/Q₂₂ = 0.3703/0.2122 at α = 1.25 (shipped path, read to 2e-3); the published
    // 0.247/0.132 lie below both, as the variance floor 10⁻³ of the published code delays every step (it does at
    // α = 0.5 for Q₃₃ too). Was |Q₁₁ − 0.247| < 0.2, which any value in [0.05, 0.45] passed.
    expect(Math.abs(r.overlaps[0][3] - 0.3703)).toBeLessThan(2e-3);
    expect(Math.abs(r.overlaps[1][3] - 0.2122)).toBeLessThan(2e-3);
    expect(r.overlaps[0][3]).toBeGreaterThan(0.247);
    expect(r.overlaps[1][3]).toBeGreaterThan(0.132);
    expect(r.overlaps[0][3]).toBeGreaterThan(r.overlaps[1][3]);
    expect(r.overlaps.map((o) => o[4])).toEqual([1, 1, 1]);
    // Published plug-in errors: 0.585 at α = 0, 0.473 at 0.5.
    expect(Math.abs(smiApi.curve({ layers: 3, skip: 1, alphas: [0] }).genError[0] - 0.585)).toBeLessThan(0.01);
    expect(Math.abs(r.genError[1] - 0.473)).toBeLessThan(0.02);
  });

  it('orders the thresholds α_c,3 < α_c,1 < α_c,2 < 3/2 and ships α_c,3 against c, decreasing towards 1/6', () => {
    const t = smiApi.thresholds({ layers: 3, skip: 1 });
    expect(t.alphaC).toHaveLength(3);
    expect(t.alphaC[2]).toBeLessThan(t.alphaC[0]);
    expect(t.alphaC[0]).toBeLessThan(t.alphaC[1]);
    expect(t.alphaC[1]).toBeLessThan(1.5);
    const g = smiApi.thresholdsVsSkip({ layers: 3 });
    expect(g.alpha3).toHaveLength(12);
    for (let i = 1; i < g.skip.length; i++) expect(g.alpha3![i]).toBeLessThan(g.alpha3![i - 1]);
    expect(g.alpha3!.every((a) => a > 1 / 6)).toBe(true);
  });

  it("names the last layer's slope by depth: L₃(0) = 1/α_c,3 for three layers, F₂₂(0) = 1/α_c,2 for two", () => {
    const t3 = smiApi.thresholds({ layers: 3, skip: 1 });
    expect(t3.L3 * t3.alphaC[2]).toBeCloseTo(1, 3);
    expect(t3.F22).toBeNaN();
    const off = smiApi.thresholds({ layers: 3, skip: 0.75 });
    expect(off.L3 * off.alphaC[2]).toBeCloseTo(1, 12);
    const t2 = smiApi.thresholds({ layers: 2, skip: 1 });
    expect(t2.F22 * t2.alphaC[1]).toBeCloseTo(1, 3);
    expect(t2.L3).toBeNaN();
  });

  it('refuses a skip without shipped three-layer data unless asked to compute it', () => {
    // The shipped staircases span the explorer's range of c (0.05 to 4); the API takes any c > 0.
    expect(() => smiApi.curve({ layers: 3, skip: 5, alphas: [0.5] })).toThrow(/shipped for c from 0.05 to 4 .* c = 5 takes 20–30 minutes/);
    expect(smiApi.curve({ layers: 3, skip: 1.25, alphas: [0.5] }).source).toBe('interpolated');
    expect(() => smiApi.curve({ layers: 4, skip: 1, alphas: [0.5] })).toThrow(/two or three layers/);
  });
});
