import { type ComplexRoots, polyRootsInto } from './polyRoots';

/**
 * The root with the largest imaginary part of a real cubic or quartic, tracked from a nearby start by Newton's method
 * and certified by deflation. A spectral density is Im of that root along a grid of x, each point starting from
 * the last one's root: Newton on one root costs a fraction of an Aberth step on all of them.
 * Hand-written: no maintained library tracks a single polynomial root with a certificate.
 */

const MAX_NEWTON = 12;

/**
 * Monic coefficients a[0..n−1] (a[n] = 1) of the polynomial being tracked, and Newton's answer z = z[0] + i z[1]
 * (typed arrays: a module-level number variable holds a boxed double, and each write of one allocates).
 */
const a = new Float64Array(5);
const z = new Float64Array(2);

/**
 * Newton's method on the monic polynomial of degree n in `a` from (xr, xi). True when it settled on a
 * non-real root in the upper half-plane, left in z.
 */
function newton(n: number, xr: number, xi: number): boolean {
  let prevStep = Infinity;
  let settled = false;
  for (let it = 0; it < MAX_NEWTON; it++) {
    // p(z) and p'(z) by Horner.
    let pr = 1;
    let pi = 0;
    let dr = 0;
    let di = 0;
    for (let k = n - 1; k >= 0; k--) {
      const t = dr * xr - di * xi + pr;
      di = dr * xi + di * xr + pi;
      dr = t;
      const u = pr * xr - pi * xi + a[k];
      pi = pr * xi + pi * xr;
      pr = u;
    }
    const dd = dr * dr + di * di;
    if (!(dd > 0)) break;
    const sr = (pr * dr + pi * di) / dd;
    const si = (pi * dr - pr * di) / dd;
    xr -= sr;
    xi -= si;
    // Not Math.hypot: V8 does not inline it and boxes its arguments; these magnitudes are far from overflow.
    const step = Math.sqrt(sr * sr + si * si);
    const size = Math.sqrt(xr * xr + xi * xi);
    if (!Number.isFinite(step)) break;
    // Quadratic convergence reaches rounding level in a step or two; a step at 1e-12 relative that stops
    // shrinking is rounding noise, far below the 1e-9 the spectral densities need.
    if (step <= 1e-15 * size || (step <= 1e-12 * size && step >= 0.5 * prevStep)) {
      // A real root has no conjugate partner to divide out (and gives a density of zero): left to the full solve.
      settled = xi > 1e-9 * size;
      break;
    }
    prevStep = step;
  }
  z[0] = xr;
  z[1] = xi;
  return settled;
}

/** Loads c (degree n, c[n] ≠ 0) into `a` as a monic polynomial. */
function load(c: ArrayLike<number>, n: number): boolean {
  const lead = c[n];
  if (lead === 0 || !Number.isFinite(lead)) return false;
  for (let k = 0; k < n; k++) a[k] = c[k] / lead;
  return true;
}

/** Newton's root and its conjugate into the first two slots of `out`. */
function putPair(out: ComplexRoots): void {
  out.re[0] = z[0];
  out.im[0] = z[1];
  out.re[1] = z[0];
  out.im[1] = -z[1];
  out.converged = true;
}

/**
 * @param c c[0] + c[1] t + … + c[4] t⁴ with c[4] ≠ 0
 * @param out receives all four roots, the tracked one first, then its conjugate and the two roots of the
 *   quadratic left after dividing the pair out (so a full solve can start from them)
 * @returns false when Newton does not settle on a non-real root from this start, or the deflated quadratic has
 *   a root as high in the upper half-plane: then the caller solves for all roots instead (`out` is untouched).
 */
export function upperRootOfQuartic(c: ArrayLike<number>, startRe: number, startIm: number, out: ComplexRoots): boolean {
  if (!(startIm > 0) || out.re.length !== 4 || !load(c, 4)) return false;
  if (!newton(4, startRe, startIm)) return false;
  const zr = z[0];
  const zi = z[1];
  // Divide by (t − z)(t − z̄) = t² + p t + q; the quotient is t² + b1 t + b0.
  const p = -2 * zr;
  const q = zr * zr + zi * zi;
  const b1 = a[3] - p;
  const b0 = a[2] - p * b1 - q;
  const disc = b1 * b1 - 4 * b0;
  let r1re: number;
  let r2re: number;
  let rim: number;
  if (disc >= 0) {
    // The larger root first and the other from Vieta, so neither loses digits to cancellation.
    const s = Math.sqrt(disc);
    r1re = b1 >= 0 ? (-b1 - s) / 2 : (-b1 + s) / 2;
    r2re = r1re !== 0 ? b0 / r1re : -b1;
    rim = 0;
  } else {
    r1re = r2re = -b1 / 2;
    rim = Math.sqrt(-disc) / 2;
  }
  // The certificate: the deflated quadratic must not hold a root as high in the upper half-plane.
  if (rim >= zi * (1 - 1e-9)) return false;
  putPair(out);
  out.re[2] = r1re;
  out.im[2] = rim;
  out.re[3] = r2re;
  out.im[3] = -rim;
  return true;
}

/**
 * The same for a real cubic, c[3] ≠ 0. A real cubic has at most one non-real pair, so a root Newton settles on in
 * the upper half-plane is the highest one; `out` receives it, its conjugate and the real root left after
 * dividing the pair out.
 */
export function upperRootOfCubic(c: ArrayLike<number>, startRe: number, startIm: number, out: ComplexRoots): boolean {
  if (!(startIm > 0) || out.re.length !== 3 || !load(c, 3)) return false;
  if (!newton(3, startRe, startIm)) return false;
  putPair(out);
  // t³ + a2 t² + … = (t² − 2 Re z t + |z|²)(t − r): r = −a2 − 2 Re z.
  out.re[2] = -a[2] - 2 * z[0];
  out.im[2] = 0;
  return true;
}

/** The index of the root with the largest imaginary part. */
function highest(roots: ComplexRoots): number {
  let best = 0;
  for (let i = 1; i < roots.im.length; i++) if (roots.im[i] > roots.im[best]) best = i;
  return best;
}

/**
 * The root with the largest imaginary part of a real cubic or quartic, with the others, in `roots` (as many slots
 * as the degree). With `warm`, `roots` holds the previous point's roots and the tracker starts from the highest;
 * where it declines (band edges, real roots), or without `warm`, Aberth solves for all of them (warm-started
 * from `roots` when `warm`). `roots.converged` says whether the next point may start warm.
 * @returns the index of that root in `roots`
 */
function highestRoot(c: ArrayLike<number>, roots: ComplexRoots, warm: boolean): number {
  if (warm) {
    const b = highest(roots);
    const track = roots.re.length === 4 ? upperRootOfQuartic : roots.re.length === 3 ? upperRootOfCubic : null;
    if (track?.(c, roots.re[b], roots.im[b], roots)) return 0;
  }
  polyRootsInto(c, roots, warm, 200, 1e-9);
  return highest(roots);
}

/**
 * Follows the physical root of a real cubic or quartic (the one highest in the upper half-plane) from one point to
 * the next, as a spectral density along a quadrature panel needs it: each point starts from the previous point's
 * roots (highestRoot) until `reset` (a new panel, or a point that is not next to the last).
 */
export class RootTracker {
  /** All roots at the last point. */
  readonly roots: ComplexRoots;
  private warm = false;

  constructor(degree: 3 | 4) {
    this.roots = { re: new Float64Array(degree), im: new Float64Array(degree), converged: false };
  }

  /** The next point starts cold. */
  reset(): void {
    this.warm = false;
  }

  /**
   * The root of c[0] + c[1] t + … with the largest imaginary part. Real roots come back with imaginary parts at
   * rounding level; those are returned as 0.
   */
  upper(c: ArrayLike<number>): { re: number; im: number } {
    const r = this.roots;
    const best = highestRoot(c, r, this.warm);
    this.warm = r.converged;
    const re = r.re[best];
    const im = r.im[best];
    return { re, im: im > 1e-9 * Math.sqrt(re * re + im * im) ? im : 0 };
  }
}
