import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from './labels';

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
