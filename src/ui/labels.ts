/** A label's box in plot pixels: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A curve to label, in plot pixels (NaN where the curve is undefined). */
export interface LabelledCurve {
  text: string;
  px: ArrayLike<number>;
  py: ArrayLike<number>;
}

/** Where a label goes: the text's start and baseline. */
export interface LabelSpot {
  x: number;
  y: number;
}

/** Text width is estimated, not measured: the plot is drawn without a layout pass, and the estimate only has to separate labels. */
export const textWidth = (text: string, fontSize: number) => 0.6 * fontSize * [...text].length;

const GAP = 4;

function boxAt(px: number, py: number, text: string, fontSize: number): Box {
  return { x: px + GAP, y: py - GAP - fontSize, w: textWidth(text, fontSize), h: fontSize + 2 };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (b: Box, width: number, height: number) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;

/**
 * The point a curve's label prefers: the first one a little right of the left edge and in the lower half
 * of the plot, where decreasing error curves have separated; a third along the curve otherwise.
 */
export function preferredIndex(c: LabelledCurve, width: number, height: number): number {
  for (let i = 0; i < c.px.length; i++) if (c.px[i] > 0.05 * width && c.py[i] > height / 2 && c.py[i] <= height) return i;
  return Math.floor(c.px.length / 3);
}

/**
 * Places the labels one after another, each beside a point of its own curve: the preferred point if its
 * box is free, else the nearest point along the curve whose box lies inside the plot and overlaps no label
 * placed before (nor any box in `taken`). A curve with no free point gets its label stacked row by row
 * above its preferred point, so two labels never overlap. Deterministic: same curves, same places.
 */
export function placeLabels(curves: LabelledCurve[], width: number, height: number, fontSize: number, taken: Box[] = []): Array<LabelSpot | null> {
  const placed = [...taken];
  return curves.map((c) => {
    const n = c.px.length;
    const finite = (i: number) => Number.isFinite(c.px[i]) && Number.isFinite(c.py[i]);
    let start = preferredIndex(c, width, height);
    if (!finite(start)) {
      const any = Array.from({ length: n }, (_, i) => i).find(finite);
      if (any === undefined) return null;
      start = any;
    }
    const free = (b: Box) => !placed.some((p) => overlaps(p, b));
    for (let d = 0; d < n; d++) {
      for (const i of d === 0 ? [start] : [start - d, start + d]) {
        if (i < 0 || i >= n || !finite(i)) continue;
        const b = boxAt(c.px[i], c.py[i], c.text, fontSize);
        if (inside(b, width, height) && free(b)) {
          placed.push(b);
          return { x: b.x, y: c.py[i] - GAP };
        }
      }
    }
    const row = fontSize + 2;
    for (let k = 1; ; k++) {
      const b = boxAt(c.px[start], c.py[start] - k * row, c.text, fontSize);
      if (free(b)) {
        placed.push(b);
        return { x: b.x, y: c.py[start] - k * row - GAP };
      }
    }
  });
}

/** Whether the polyline (px, py) passes through the box (NaN points break it). */
export function curveCrosses(c: Pick<LabelledCurve, 'px' | 'py'>, b: Box): boolean {
  const x0 = b.x;
  const x1 = b.x + b.w;
  const y0 = b.y;
  const y1 = b.y + b.h;
  for (let i = 0; i + 1 < c.px.length; i++) {
    const ax = c.px[i];
    const ay = c.py[i];
    const bx = c.px[i + 1];
    const by = c.py[i + 1];
    if (!(Number.isFinite(ax) && Number.isFinite(ay) && Number.isFinite(bx) && Number.isFinite(by))) continue;
    if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
    // Liang–Barsky: clip the segment a + t(b − a), t in [0, 1], to the box.
    let lo = 0;
    let hi = 1;
    const dx = bx - ax;
    const dy = by - ay;
    const edges: Array<[number, number]> = [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ];
    let hit = true;
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) hit = false;
      } else {
        const t = q / p;
        if (p < 0) lo = Math.max(lo, t);
        else hi = Math.min(hi, t);
      }
    }
    if (hit && lo <= hi) return true;
  }
  return false;
}

/**
 * A vertical rule's label to place: its box at its own row on the side it prefers, the box on the rule's other side
 * (absent where it would leave the plot), and how many rows it may move down.
 */
export interface RuleLabel {
  box: Box;
  other?: Box;
  maxShift: number;
}

/** Where a rule's label went: rows moved down, and whether it crossed to the rule's other side. */
export interface RuleSpot {
  shift: number;
  flip: boolean;
}

/**
 * Moves each rule's label (a threshold's name at the top of the plot) down by whole rows, at most `maxShift`, and
 * to the rule's other side where that is free first, until no curve crosses it and it overlaps no label placed
 * before nor any box in `taken` (markers). Where no such place exists it takes the first one clear of the other
 * labels, else its own. On a narrow plot the rules stand close, so a label has to cross its rule to find room.
 */
export function placeRuleLabels(rules: RuleLabel[], curves: Array<Pick<LabelledCurve, 'px' | 'py'>>, rowHeight: number, taken: Box[] = []): RuleSpot[] {
  const placed: Box[] = [];
  return rules.map(({ box, other, maxShift }) => {
    const at = ({ shift, flip }: RuleSpot): Box => {
      const b = flip && other ? other : box;
      return { ...b, y: b.y + shift * rowHeight };
    };
    const clearOfLabels = (b: Box) => !placed.some((p) => overlaps(p, b));
    const free = (b: Box) => clearOfLabels(b) && !taken.some((t) => overlaps(t, b)) && !curves.some((c) => curveCrosses(c, b));
    const spots = Array.from({ length: Math.max(0, maxShift) + 1 }, (_, shift) => shift).flatMap((shift): RuleSpot[] =>
      other
        ? [
            { shift, flip: false },
            { shift, flip: true },
          ]
        : [{ shift, flip: false }],
    );
    const spot = spots.find((k) => free(at(k))) ?? spots.find((k) => clearOfLabels(at(k))) ?? { shift: 0, flip: false };
    placed.push(at(spot));
    return spot;
  });
}
