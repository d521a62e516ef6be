/**
 * All complex roots of a real-coefficient polynomial by the Aberth–Ehrlich iteration.
 * Written by hand because the spectral density needs thousands of quartic solves per curve and
 * warm starts along the integration grid; general eigen-solvers are an order of magnitude slower.
 */
export interface ComplexRoots {
  re: Float64Array;
  im: Float64Array;
  converged: boolean;
}

/**
 * @param coeffs c[0] + c[1] x + … + c[n] xⁿ (leading coefficient c[n] ≠ 0)
 * @param warm optional starting roots (same degree), e.g. the roots at a neighbouring parameter
 */
export function polyRoots(coeffs: ArrayLike<number>, warm?: ComplexRoots, maxIter = 500): ComplexRoots {
  let n = coeffs.length - 1;
  while (n > 0 && coeffs[n] === 0) n--;
  if (n < 1) return { re: new Float64Array(0), im: new Float64Array(0), converged: true };
  const out = { re: new Float64Array(n), im: new Float64Array(n), converged: false };
  if (warm && warm.re.length === n) {
    out.re.set(warm.re);
    out.im.set(warm.im);
  }
  return polyRootsInto(coeffs, out, !!warm && warm.re.length === n, maxIter);
}

const scratch = new Float64Array(64);

/**
 * In-place variant for hot loops: `out` receives the roots and, when `warmStart` is set, its
 * current contents are the starting points (the roots at a neighbouring parameter). A positive
 * `stallTol` accepts roots once steps stop shrinking below that relative size.
 */
export function polyRootsInto(coeffs: ArrayLike<number>, out: ComplexRoots, warmStart: boolean, maxIter = 500, stallTol = 0): ComplexRoots {
  let n = coeffs.length - 1;
  while (n > 0 && coeffs[n] === 0) n--;
  const { re, im } = out;
  if (n !== re.length) throw new RangeError(`root buffer has ${re.length} slots for a polynomial of degree ${n}`);
  const lead = coeffs[n];
  const a = n < scratch.length ? scratch : new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) a[k] = coeffs[k] / lead;
  if (warmStart) {
    // With real coefficients, starting points on the real axis stay there: nudge them off it (in
    // opposite directions) so a complex pair can form; also separate exact duplicates.
    for (let i = 0; i < n; i++) {
      if (Math.abs(im[i]) <= 1e-12 * Math.abs(re[i])) im[i] = (i % 2 ? -1e-6 : 1e-6) * (Math.abs(re[i]) + 1e-300);
      for (let j = 0; j < i; j++) if (re[i] === re[j] && im[i] === im[j]) im[i] += 1e-7 * (1 + Math.abs(re[i]));
    }
  } else {
    // Cauchy-style radius bound; start on a circle with an irrational phase offset.
    let radius = 0;
    for (let k = 0; k < n; k++) radius = Math.max(radius, Math.pow(Math.abs(a[k]), 1 / (n - k)));
    radius = Math.max(radius, 1e-300);
    for (let i = 0; i < n; i++) {
      const th = (2 * Math.PI * i) / n + 0.4;
      re[i] = radius * Math.cos(th);
      im[i] = radius * Math.sin(th);
    }
  }
  out.converged = false;
  let prevStep = Infinity;
  let stalled = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    let maxStep = 0;
    let maxAbs = 0;
    for (let i = 0; i < n; i++) {
      const zr = re[i];
      const zi = im[i];
      // Horner for p and p'.
      let pr = 1;
      let pi = 0;
      let dr = 0;
      let di = 0;
      for (let k = n - 1; k >= 0; k--) {
        const ndr = dr * zr - di * zi + pr;
        const ndi = dr * zi + di * zr + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zr - pi * zi + a[k];
        const npi = pr * zi + pi * zr;
        pr = npr;
        pi = npi;
      }
      if (pr === 0 && pi === 0) continue;
      // ratio = p / p'
      const dd = dr * dr + di * di;
      let rr: number;
      let ri: number;
      if (dd === 0) {
        rr = 1e-8 * (1 + Math.abs(zr));
        ri = 0;
      } else {
        rr = (pr * dr + pi * di) / dd;
        ri = (pi * dr - pr * di) / dd;
      }
      // sum_j 1/(z_i - z_j)
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const xr = zr - re[j];
        const xi = zi - im[j];
        const xx = xr * xr + xi * xi;
        if (xx === 0) continue;
        sr += xr / xx;
        si += -xi / xx;
      }
      // w = ratio / (1 - ratio * s)
      const denr = 1 - (rr * sr - ri * si);
      const deni = -(rr * si + ri * sr);
      const den2 = denr * denr + deni * deni;
      const wr = den2 === 0 ? rr : (rr * denr + ri * deni) / den2;
      const wi = den2 === 0 ? ri : (ri * denr - rr * deni) / den2;
      re[i] = zr - wr;
      im[i] = zi - wi;
      // Not Math.hypot: V8 does not inline it and boxes its arguments (most of a table's garbage), and these
      // magnitudes are far from overflow.
      maxStep = Math.max(maxStep, Math.sqrt(wr * wr + wi * wi));
      maxAbs = Math.max(maxAbs, Math.sqrt(re[i] * re[i] + im[i] * im[i]));
    }
    if (!Number.isFinite(maxStep)) break;
    if (maxStep <= 1e-15 * Math.max(maxAbs, 1e-300)) {
      out.converged = true;
      break;
    }
    // Near-multiple roots converge only linearly and then wander at rounding level: once the steps are
    // below stallTol (relative) and no longer shrink, the roots are as accurate as the caller needs.
    if (maxStep <= stallTol * Math.max(maxAbs, 1e-300) && maxStep >= 0.5 * prevStep) {
      if (++stalled >= 2) {
        out.converged = true;
        break;
      }
    } else stalled = 0;
    prevStep = maxStep;
  }
  return out;
}

/** Multiply two polynomials given as coefficient arrays (lowest degree first). */
export function polyMul(p: ArrayLike<number>, q: ArrayLike<number>): number[] {
  const out = new Array<number>(p.length + q.length - 1).fill(0);
  for (let i = 0; i < p.length; i++) for (let j = 0; j < q.length; j++) out[i + j] += p[i] * q[j];
  return out;
}

/** Sum of polynomials, each optionally scaled. */
export function polyAdd(...terms: Array<[number, ArrayLike<number>]>): number[] {
  const len = Math.max(...terms.map(([, p]) => p.length));
  const out = new Array<number>(len).fill(0);
  for (const [s, p] of terms) for (let i = 0; i < p.length; i++) out[i] += s * p[i];
  return out;
}

/** Evaluate a real polynomial at a real point. */
export function polyEval(p: ArrayLike<number>, x: number): number {
  let s = 0;
  for (let k = p.length - 1; k >= 0; k--) s = s * x + p[k];
  return s;
}
