/**
 * Natural cubic spline through (x_i, y_i), x strictly increasing. Used to tabulate smooth
 * functions of a parameter once and evaluate them many times while a slider moves.
 */
export class CubicSpline {
  private readonly m: Float64Array; // second derivatives at the knots

  constructor(
    readonly x: Float64Array,
    readonly y: Float64Array,
  ) {
    const n = x.length;
    if (n < 2 || y.length !== n) throw new RangeError('spline needs at least two knots and matching lengths');
    for (let i = 1; i < n; i++) if (!(x[i] > x[i - 1])) throw new RangeError('spline knots must increase strictly');
    this.m = new Float64Array(n);
    if (n === 2) return;
    // Thomas algorithm for the tridiagonal system of the natural spline.
    const c = new Float64Array(n);
    const d = new Float64Array(n);
    for (let i = 1; i < n - 1; i++) {
      const h0 = x[i] - x[i - 1];
      const h1 = x[i + 1] - x[i];
      const diag = 2 * (h0 + h1);
      const rhs = 6 * ((y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0);
      const denom = diag - h0 * c[i - 1];
      c[i] = h1 / denom;
      d[i] = (rhs - h0 * d[i - 1]) / denom;
    }
    for (let i = n - 2; i >= 1; i--) this.m[i] = d[i] - c[i] * this.m[i + 1];
  }

  /** Value at t; linear extrapolation outside the knots. */
  at(t: number): number {
    const { x, y, m } = this;
    const n = x.length;
    if (t <= x[0]) return y[0] + this.slope(0, 0) * (t - x[0]);
    if (t >= x[n - 1]) return y[n - 1] + this.slope(n - 2, 1) * (t - x[n - 1]);
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x[mid] <= t) lo = mid;
      else hi = mid;
    }
    const h = x[hi] - x[lo];
    const a = (x[hi] - t) / h;
    const b = (t - x[lo]) / h;
    return a * y[lo] + b * y[hi] + (((a * a * a - a) * m[lo] + (b * b * b - b) * m[hi]) * (h * h)) / 6;
  }

  /** Derivative at the left (end=0) or right (end=1) end of interval i. */
  private slope(i: number, end: 0 | 1): number {
    const { x, y, m } = this;
    const h = x[i + 1] - x[i];
    const s = (y[i + 1] - y[i]) / h;
    return end === 0 ? s - (h * (2 * m[i] + m[i + 1])) / 6 : s + (h * (m[i] + 2 * m[i + 1])) / 6;
  }
}
