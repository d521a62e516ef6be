import { describe, expect, it } from 'vitest';
import { curveCrosses, placeLabels, placeRuleLabels, textWidth } from './labels';

const line = (y0: number, slope: number) => {
  const px = Array.from({ length: 100 }, (_, i) => i * 8);
  return { px, py: px.map((x) => y0 + slope * x) };
};

describe('placeLabels', () => {
  it('gives labels of nearly identical curves boxes that do not overlap', () => {
    const curves = [0, 1, 2, 3].map((k) => ({ text: `ρ = ${k}`, ...line(100 + k, 0.5) }));
    const spots = placeLabels(curves, 800, 460, 12);
    const boxes = spots.map((s, k) => ({ x: s!.x, y: s!.y - 12, w: textWidth(curves[k].text, 12), h: 14 }));
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const A = boxes[a];
        const B = boxes[b];
        expect(A.x < B.x + B.w && B.x < A.x + A.w && A.y < B.y + B.h && B.y < A.y + A.h).toBe(false);
      }
  });

  it('is deterministic, skips undefined points and returns null for a curve with none', () => {
    const c = { text: 'β = 2', px: [NaN, 10, 200, 400], py: [NaN, 300, 300, 300] };
    const once = placeLabels([c, { text: 'none', px: [NaN], py: [NaN] }], 800, 460, 12);
    expect(placeLabels([c, { text: 'none', px: [NaN], py: [NaN] }], 800, 460, 12)).toEqual(once);
    expect(once[0]).not.toBeNull();
    expect(once[1]).toBeNull();
  });
});

describe('curveCrosses', () => {
  const box = { x: 100, y: 50, w: 40, h: 14 };
  it('sees a segment through the box even when no point of it lies inside', () => {
    expect(curveCrosses({ px: [0, 300], py: [57, 57] }, box)).toBe(true);
    expect(curveCrosses({ px: [80, 160], py: [0, 120] }, box)).toBe(true);
  });
  it('does not see segments that pass beside the box, or across a break (NaN)', () => {
    expect(curveCrosses({ px: [0, 300], py: [70, 70] }, box)).toBe(false);
    expect(curveCrosses({ px: [0, 100], py: [0, 45] }, box)).toBe(false);
    expect(curveCrosses({ px: [90, NaN, 150], py: [57, NaN, 57] }, box)).toBe(false);
  });
});

describe('placeRuleLabels', () => {
  // A curve saturated along the top of the plot from x = 200 on (y = 6), as a learned layer's overlap is.
  const saturated = { px: [0, 200, 800], py: [300, 6, 6] };
  const label = (x: number, y = 0) => ({ box: { x, y, w: 80, h: 14 }, maxShift: 8 });
  it('moves a label crossed by a curve down to the first free row, and leaves a clear one alone', () => {
    expect(placeRuleLabels([label(400), label(20)], [saturated], 16).map((s) => s.shift)).toEqual([1, 0]);
  });
  it('keeps labels off each other as they move', () => {
    const shifts = placeRuleLabels([label(400), label(420, 16)], [saturated], 16).map((s) => s.shift);
    expect(shifts).toEqual([1, 1]);
  });
  it('stays at its row when no row within its limit is free', () => {
    const wall = { px: [300, 300], py: [0, 400] };
    expect(placeRuleLabels([{ ...label(260), maxShift: 3 }], [wall], 16)).toEqual([{ shift: 0, flip: false }]);
  });
  it("crosses to the rule's other side where that is free before it moves down", () => {
    // The rule at x = 300; the label prefers its right, where the wall crosses it, and fits on its left.
    const wall = { px: [340, 340], py: [0, 400] };
    const rule = { box: { x: 304, y: 0, w: 80, h: 14 }, other: { x: 216, y: 0, w: 80, h: 14 }, maxShift: 3 };
    expect(placeRuleLabels([rule], [wall], 16)).toEqual([{ shift: 0, flip: true }]);
    expect(placeRuleLabels([{ ...rule, other: undefined }], [wall], 16)).toEqual([{ shift: 0, flip: false }]);
  });
  it('keeps off the boxes it is given (markers)', () => {
    const marker = { x: 330, y: 2, w: 8, h: 8 };
    expect(placeRuleLabels([{ ...label(300), maxShift: 3 }], [], 16, [marker])).toEqual([{ shift: 1, flip: false }]);
  });
});
