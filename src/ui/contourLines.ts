/**
 * d3-contour returns closed polygons in grid units (cell corners at integers), which follow the frame of the
 * grid wherever a region touches it. Drawn as lines, those frame stretches would trace the plot's border; this
 * keeps only the stretches inside the grid, as open polylines, and picks a point on each for a label.
 */

type Ring = number[][];

/** The parts of the rings that do not run along the grid's border [0, nx] × [0, ny]. */
export function interiorLines(polygons: Ring[][], nx: number, ny: number): number[][][] {
  const onFrame = (p: number[]) => p[0] <= 0 || p[0] >= nx || p[1] <= 0 || p[1] >= ny;
  const lines: number[][][] = [];
  for (const poly of polygons)
    for (const ring of poly) {
      // Start where the ring leaves the frame, so that a line is not cut in two at the ring's seam.
      const n = ring.length;
      const start = Math.max(
        0,
        ring.findIndex((p, i) => onFrame(p) && !onFrame(ring[(i + 1) % n])),
      );
      let current: number[][] = [];
      for (let k = 0; k <= n; k++) {
        const a = ring[(start + k) % n];
        const b = ring[(start + k + 1) % n];
        if (k < n && !(onFrame(a) && onFrame(b))) {
          if (current.length === 0) current.push(a);
          const last = current[current.length - 1];
          if (b[0] !== last[0] || b[1] !== last[1]) current.push(b);
        } else if (current.length) {
          lines.push(current);
          current = [];
        }
      }
    }
  return lines;
}

/** A point to label a set of lines at: the middle of the longest one (null when there is none). */
export function labelPoint(lines: number[][][]): number[] | null {
  let best: number[][] | null = null;
  for (const l of lines) if (!best || l.length > best.length) best = l;
  return best && best.length >= 4 ? best[Math.floor(best.length / 2)] : null;
}
