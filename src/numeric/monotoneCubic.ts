/**
 * Monotone piecewise-cubic Hermite interpolation (PCHIP, Fritsch–Carlson slopes with Brodlie's weighting for
 * unequal spacing, one-sided three-point end slopes as in Fritsch & Butland). Between two knots it stays
 * within their values, so a monotone table gives a monotone function that can be inverted by bisection.
 * Hand-written: d3-shape's monotone curve only draws a path and exposes no evaluation at arbitrary points.
 */
export class MonotoneCubic {
  private readonly slopes: Float64Array;

  constructor(
    readonly x: ArrayLike<number>,
    readonly y: ArrayLike<number>,
  ) {
    const n = x.length;
    if (n < 2 || y.length !== n) throw new RangeError('a monotone cubic needs at least two knots and matching lengths');
    for (let i = 1; i < n; i++) if (!(x[i] > x[i - 1])) throw new RangeError('knots must increase strictly');
    const h = (i: number) => x[i + 1] - x[i];
    const d = (i: number) => (y[i + 1] - y[i]) / h(i);
    const m = new Float64Array(n);
    if (n === 2) m[0] = m[1] = d(0);
    else {
      for (let i = 1; i < n - 1; i++) {
        const d0 = d(i - 1);
        const d1 = d(i);
        if (d0 * d1 <= 0) continue;
        const w1 = 2 * h(i) + h(i - 1);
        const w2 = h(i) + 2 * h(i - 1);
        m[i] = (w1 + w2) / (w1 / d0 + w2 / d1);
      }
      m[0] = endSlope(h(0), h(1), d(0), d(1));
      m[n - 1] = endSlope(h(n - 2), h(n - 3), d(n - 2), d(n - 3));
    }
    this.slopes = m;
  }

  /** Index k ≥ 1 of the interval [x[k − 1], x[k]] holding t (clamped to the first or last interval). */
  interval(t: number): number {
    const { x } = this;
    let lo = 0;
    let hi = x.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x[mid] <= t) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  /** Value at t inside [x₀, x_{n−1}] (the end cubics continued outside). */
  at(t: number): number {
    const { x, y, slopes: m } = this;
    const k = this.interval(t);
    const h = x[k] - x[k - 1];
    const s = (t - x[k - 1]) / h;
    const s2 = s * s;
    const s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * y[k - 1] + (s3 - 2 * s2 + s) * h * m[k - 1] + (3 * s2 - 2 * s3) * y[k] + (s3 - s2) * h * m[k];
  }
}

/** The three-point end slope, limited so that the end interval stays monotone. */
function endSlope(h0: number, h1: number, d0: number, d1: number): number {
  const m = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
  if (m * d0 <= 0) return 0;
  if (d0 * d1 <= 0 && Math.abs(m) > Math.abs(3 * d0)) return 3 * d0;
  return m;
}
