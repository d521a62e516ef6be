import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import { interiorLines, labelPoint } from './contourLines';

describe('interiorLines', () => {
  it('drops the stretches of a region along the frame and keeps its boundary inside', () => {
    // A left half (x < 4.5) above the threshold on a 10 × 6 grid: its polygon runs along three sides of the frame.
    const nx = 10;
    const ny = 6;
    const values = Array.from({ length: nx * ny }, (_, k) => (k % nx < 5 ? 1 : 0));
    const [c] = contours().size([nx, ny]).thresholds([0.5])(values);
    const lines = interiorLines(c.coordinates, nx, ny);
    expect(lines).toHaveLength(1);
    // One vertical line at x = 5 (d3's grid units) from the bottom to the top of the grid, ending on the frame.
    for (const [x] of lines[0].slice(1, -1)) expect(x).toBe(5);
    const ys = lines[0].map((p) => p[1]);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(ny);
    expect(labelPoint(lines)![0]).toBe(5);
  });

  it('keeps a closed boundary inside the grid whole', () => {
    const nx = 8;
    const ny = 8;
    const values = Array.from({ length: nx * ny }, (_, k) => (Math.abs((k % nx) - 3.5) < 2 && Math.abs(Math.floor(k / nx) - 3.5) < 2 ? 1 : 0));
    const [c] = contours().size([nx, ny]).thresholds([0.5])(values);
    const lines = interiorLines(c.coordinates, nx, ny);
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBeGreaterThan(8);
  });
});
