import { describe, expect, it } from 'vitest';
import { INTERPOLATED_SKIPS3, interpolatedStaircase3, smiApi } from '../api';
import { PRECOMPUTED3, PRECOMPUTED3_LAST } from './precomputed3';
import { PRECOMPUTED3_SPREAD } from './precomputed3Spread';
import { interpolateInLogSkip } from './skipGrid';
import { rowsToBranches3, splitStaircase, staircaseAt } from './skipGrid3';
import { LEFT_OUT3, STAIRCASE3_INTERPOLATION_ERROR, STAIRCASE3_SKIPS } from './skipGridError3';
import { HELD_OUT3 } from './skipGridHeldOut3';
import { type Branches3, curveFromBranches3 } from './stateEvolution3';

const shipped = PRECOMPUTED3.filter((p) => p.epsilon === 0).map(rowsToBranches3);
const alphas = Array.from({ length: 1601 }, (_, i) => i / 1000);

/** The largest |ΔQ_ℓ| over α where both curves have a value, before the first of layers 1, 2 starts and after. */
function largestGap(a: Branches3, b: Branches3): { before: number; from: number } {
  const ca = curveFromBranches3(a, alphas);
  const cb = curveFromBranches3(b, alphas);
  const lead = Math.min(b.alphaC[0], b.alphaC[1]);
  let before = 0;
  let from = 0;
  for (let i = 0; i < alphas.length; i++)
    for (let l = 0; l < 3; l++) {
      const d = Math.abs(ca.overlaps[l][i] - cb.overlaps[l][i]);
      if (!Number.isFinite(d)) continue;
      if (alphas[i] < lead) before = Math.max(before, d);
      else from = Math.max(from, d);
    }
  return { before, from };
}

describe('three-layer staircase interpolated in the skip c', () => {
  it('splits every shipped exact staircase into its parts, the lead layer being the one that starts first', () => {
    for (const b of shipped) {
      const p = splitStaircase(b);
      expect(p, `c = ${b.c}`).not.toBeNull();
      const joint = b.alphaC[0] === b.alphaC[1];
      if (!joint) expect(p!.lead).toBe(b.alphaC[0] < b.alphaC[1] ? 0 : 1);
      // Every point of the path is in exactly one part, or is one of the three starts (two where layers 1 and 2
      // start together, with no branch B between).
      expect(p!.a.length + p!.b.length + p!.cPart.length + (joint ? 2 : 3)).toBe(b.path.length);
      if (joint) expect(p!.b).toEqual([]);
    }
  });

  it('names the shipped staircases where the view says which skips ship', () => {
    expect(STAIRCASE3_SKIPS).toEqual(shipped.map((b) => b.c).sort((a, b) => a - b));
  });

  it('gives back the shipped staircase at a shipped skip', () => {
    const grid = shipped.map((b) => splitStaircase(b)!);
    for (const b of shipped) {
      const again = staircaseAt(grid, b.alphaC[2], b.c);
      expect(again.alphaC).toEqual(b.alphaC);
      expect(again.path).toEqual(b.path);
    }
  });

  it('is a monotone staircase at every skip between, with α_c,3 below the other two thresholds', () => {
    for (let c = INTERPOLATED_SKIPS3.min; c <= INTERPOLATED_SKIPS3.max; c *= 1.07) {
      const br = interpolatedStaircase3(c);
      expect(br.monotone, `c = ${c}`).toBe(true);
      expect(br.alphaC[2]).toBeLessThan(Math.min(br.alphaC[0], br.alphaC[1]));
      const q = curveFromBranches3(br, alphas).overlaps;
      for (let l = 0; l < 3; l++)
        for (let i = 1; i < alphas.length; i++) if (Number.isFinite(q[l][i])) expect(q[l][i]).toBeGreaterThanOrEqual(q[l][i - 1] - 1e-12);
    }
  });

  it('agrees with staircases computed directly at skips off the grid within the stated error', () => {
    const e = STAIRCASE3_INTERPOLATION_ERROR;
    for (const h of HELD_OUT3) {
      const direct = rowsToBranches3(h);
      const interp = interpolatedStaircase3(h.c);
      for (let l = 0; l < 2; l++) expect(Math.abs(interp.alphaC[l] - direct.alphaC[l]), `α_c,${l + 1} at c = ${h.c}`).toBeLessThanOrEqual(e.thresholds);
      const gap = largestGap(interp, direct);
      expect(gap.before, `c = ${h.c}`).toBeLessThanOrEqual(e.beforeLead);
      expect(gap.from, `c = ${h.c}`).toBeLessThanOrEqual(e.fromLead);
    }
  });

  it('a shipped staircase left out is interpolated from the others within the stated left-out bound', () => {
    const grid = shipped.map((b) => splitStaircase(b)!);
    const cs = grid.map((g) => g.c).sort((a, b) => a - b);
    for (const c of cs.slice(1, -1)) {
      const direct = shipped.find((b) => b.c === c)!;
      const alpha3 = interpolateInLogSkip({ c: PRECOMPUTED3_LAST.map((r) => r.c), y: PRECOMPUTED3_LAST.map((r) => r.alpha3) }, c);
      const interp = staircaseAt(
        grid.filter((g) => g.c !== c),
        alpha3,
        c,
      );
      const gap = largestGap(interp, direct);
      const dTh = Math.max(Math.abs(interp.alphaC[0] - direct.alphaC[0]), Math.abs(interp.alphaC[1] - direct.alphaC[1]));
      expect(dTh, `thresholds at c = ${c}`).toBeLessThanOrEqual(LEFT_OUT3.thresholds);
      expect(gap.before, `c = ${c}`).toBeLessThanOrEqual(LEFT_OUT3.beforeLead);
      expect(gap.from, `c = ${c}`).toBeLessThanOrEqual(LEFT_OUT3.fromLead);
    }
  });

  it('serves the curve and thresholds of a skip between shipped ones at once, marked as interpolated', () => {
    const c = smiApi.curve({ layers: 3, skip: 1.25, alphas: [0.1, 0.5, 1.2], genError: false });
    expect(c.source).toBe('interpolated');
    const t = smiApi.thresholds({ layers: 3, skip: 1.25 });
    expect(t.source).toBe('interpolated');
    expect(t.alphaC).toEqual(c.alphaC);
    // α_c,3 carries its standard error and the interpolation error; α_c,1 and α_c,2 the shipped staircases'
    // spread (interpolated in c) and the interpolation's measured error.
    expect(t.alphaCErr[2]).toBeGreaterThan(0);
    for (const l of [0, 1]) expect(t.alphaCErr[l]).toBeGreaterThanOrEqual(STAIRCASE3_INTERPOLATION_ERROR.thresholds);
  });

  it('gives a shipped staircase’s α_c,1 and α_c,2 with their measured spread', () => {
    for (const r of PRECOMPUTED3_SPREAD) {
      const t = smiApi.thresholds({ layers: 3, skip: r.c });
      expect(t.source).toBe('precomputed');
      expect(t.alphaCErr.slice(0, 2)).toEqual(r.alphaErr);
    }
  });
});
