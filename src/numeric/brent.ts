/** Outcome of a bracketed scalar root search. */
export interface RootResult {
  x: number;
  fx: number;
  iterations: number;
  converged: boolean;
}

/**
 * Brent's method on a sign-changing bracket [a, b]. Robust (never leaves the bracket) and
 * superlinear near simple roots, which matters because fixed points are solved inside slider loops.
 */
export function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  opts: { xtol?: number; rtol?: number; maxIter?: number; fa?: number; fb?: number } = {},
): RootResult {
  const xtol = opts.xtol ?? 1e-14;
  const rtol = opts.rtol ?? 4 * Number.EPSILON;
  const maxIter = opts.maxIter ?? 200;
  let fa = opts.fa ?? f(a);
  let fb = opts.fb ?? f(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb)) {
    return { x: NaN, fx: NaN, iterations: 0, converged: false };
  }
  if (fa === 0) return { x: a, fx: 0, iterations: 0, converged: true };
  if (fb === 0) return { x: b, fx: 0, iterations: 0, converged: true };
  if (fa * fb > 0) return { x: NaN, fx: NaN, iterations: 0, converged: false };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 1; iter <= maxIter; iter++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * rtol * Math.abs(b) + 0.5 * xtol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) {
      return { x: b, fx: fb, iterations: iter, converged: true };
    }
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (!Number.isFinite(fb)) return { x: NaN, fx: NaN, iterations: iter, converged: false };
  }
  return { x: b, fx: fb, iterations: maxIter, converged: false };
}
