import type { ComplexRoots } from './polyRoots';

/**
 * The root with the largest imaginary part of a real quartic, tracked from a nearby start by Newton's method
 * and certified by deflation. A spectral density is Im of that root along a grid of x, each point starting from
 * the last one's root: Newton on one root costs about a fifth of an Aberth step on all four.
 * Hand-written: no maintained library tracks a single polynomial root with a certificate.
 */

const MAX_NEWTON = 12;

/**
 * @param c c[0] + c[1] t + … + c[4] t⁴ with c[4] ≠ 0
 * @param out receives all four roots, the tracked one first, then its conjugate and the two roots of the
 *   quadratic left after dividing the pair out (so a full solve can start from them)
 * @returns false when Newton does not settle on a non-real root from this start, or the deflated quadratic has
 *   a root as high in the upper half-plane: then the caller solves for all roots instead (`out` is untouched).
 */
export function upperRootOfQuartic(c: ArrayLike<number>, startRe: number, startIm: number, out: ComplexRoots): boolean {
  const a4 = c[4];
  if (a4 === 0 || !(startIm > 0) || out.re.length !== 4) return false;
  const a0 = c[0] / a4;
  const a1 = c[1] / a4;
  const a2 = c[2] / a4;
  const a3 = c[3] / a4;
  let zr = startRe;
  let zi = startIm;
  let settled = false;
  let prevStep = Infinity;
  for (let it = 0; it < MAX_NEWTON; it++) {
    // p(z) = (((z + a3) z + a2) z + a1) z + a0 and p'(z) by Horner, unrolled (this is the hot loop).
    let pr = zr + a3;
    let pi = zi;
    let dr = 1;
    let di = 0;
    let t: number;
    t = dr * zr - di * zi + pr;
    di = dr * zi + di * zr + pi;
    dr = t;
    t = pr * zr - pi * zi + a2;
    pi = pr * zi + pi * zr;
    pr = t;
    t = dr * zr - di * zi + pr;
    di = dr * zi + di * zr + pi;
    dr = t;
    t = pr * zr - pi * zi + a1;
    pi = pr * zi + pi * zr;
    pr = t;
    t = dr * zr - di * zi + pr;
    di = dr * zi + di * zr + pi;
    dr = t;
    t = pr * zr - pi * zi + a0;
    pi = pr * zi + pi * zr;
    pr = t;
    const dd = dr * dr + di * di;
    if (!(dd > 0)) return false;
    const sr = (pr * dr + pi * di) / dd;
    const si = (pi * dr - pr * di) / dd;
    zr -= sr;
    zi -= si;
    const step = Math.hypot(sr, si);
    const size = Math.hypot(zr, zi);
    if (!Number.isFinite(step)) return false;
    // Quadratic convergence reaches rounding level in a step or two; a step at 1e-12 relative that stops
    // shrinking is rounding noise, far below the 1e-9 the spectral densities need.
    if (step <= 1e-15 * size || (step <= 1e-12 * size && step >= 0.5 * prevStep)) {
      settled = true;
      break;
    }
    prevStep = step;
  }
  // A real root has no conjugate partner to divide out (and gives a density of zero): leave it to the full solve.
  if (!settled || !(zi > 1e-9 * Math.hypot(zr, zi))) return false;
  // Divide by (t − z)(t − z̄) = t² + p t + q; the quotient is t² + b1 t + b0.
  const p = -2 * zr;
  const q = zr * zr + zi * zi;
  const b1 = a3 - p;
  const b0 = a2 - p * b1 - q;
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
  out.re[0] = zr;
  out.im[0] = zi;
  out.re[1] = zr;
  out.im[1] = -zi;
  out.re[2] = r1re;
  out.im[2] = rim;
  out.re[3] = r2re;
  out.im[3] = -rim;
  out.converged = true;
  return true;
}
