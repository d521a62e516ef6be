import { panelQuadrature, type Band, type SupportQuadrature } from '../../../numeric/spectral/panelQuadrature';

export type { Band, SupportQuadrature };
import { polyAdd, polyMul, polyRoots } from '../../../numeric/polyRoots';
import { RootTracker } from '../../../numeric/upperRoot';
import { assertNonNegative, assertPositive, canonicalShape } from './canonical';

/**
 * Singular-value law of the rescaled denoising observation Y = (S + √ζ Z)/(dL)^{1/4}, S = UVᵀ/√r,
 * symmetrised on ±s. Its Stieltjes transform G(z) = z·t with t a root of a quartic whose
 * coefficients are polynomials in w = z² (SCIENCE.md §2).
 */

/** Relative tolerance of the adaptive spectral quadrature. */
export const DEFAULT_REL_TOL = 1e-7;

/** Quartic coefficients [a0..a4] as polynomials in w (lowest degree first). */
export function quarticInW(beta: number, rho: number, zeta: number): number[][] {
  const phi = rho / beta;
  const psi = rho;
  const kappa = Math.sqrt(beta);
  const eta = (1 + zeta) * kappa;
  const dpf = psi - phi;
  return [
    [-(psi ** 3)],
    [psi * kappa * dpf - psi * psi * eta * dpf, psi ** 3],
    [-kappa * kappa * dpf * dpf + kappa * eta * dpf * dpf, kappa * psi * (2 * phi - psi) - eta * psi * psi * phi],
    [0, -kappa * phi * (2 * kappa * psi - 2 * kappa * phi - 2 * eta * psi + 2 * eta * phi), -kappa * phi * psi],
    [0, 0, kappa * phi * phi * (eta - kappa)],
  ];
}

/** Discriminant of a4 t⁴ + a3 t³ + a2 t² + a1 t + a0 as a polynomial in w. */
function discriminantInW(q: number[][]): number[] {
  const [e, d, c, b, a] = q;
  const m = (...ps: number[][]) => ps.reduce((acc, p) => polyMul(acc, p), [1]);
  return polyAdd(
    [256, m(a, a, a, e, e, e)],
    [-192, m(a, a, b, d, e, e)],
    [-128, m(a, a, c, c, e, e)],
    [144, m(a, a, c, d, d, e)],
    [-27, m(a, a, d, d, d, d)],
    [144, m(a, b, b, c, e, e)],
    [-6, m(a, b, b, d, d, e)],
    [-80, m(a, b, c, c, d, e)],
    [18, m(a, b, c, d, d, d)],
    [16, m(a, c, c, c, c, e)],
    [-4, m(a, c, c, c, d, d)],
    [-27, m(b, b, b, b, e, e)],
    [18, m(b, b, b, c, d, e)],
    [-4, m(b, b, b, d, d, d)],
    [-4, m(b, b, c, c, c, e)],
    [1, m(b, b, c, c, d, d)],
  );
}

/**
 * Spectral law of the BSR denoising channel at effective noise ζ, for a canonical shape (β ≥ 1).
 * Holds the support and evaluates the density and Stieltjes transform on it.
 */
export class BsrSpectrum {
  readonly bands: Band[];
  /** Quadrature panels: the bands, cut where the density has sharp interior features. */
  readonly panels: Band[];
  private readonly q: number[][];
  private readonly coeffs = new Float64Array(5);
  /** The physical root, followed from one evaluation point to the next (the previous point's roots start the next). */
  private readonly tracker = new RootTracker(4);
  private readonly quadCache = new Map<number, SupportQuadrature>();

  constructor(
    readonly beta: number,
    readonly rho: number,
    readonly zeta: number,
  ) {
    this.q = quarticInW(beta, rho, zeta);
    const found = this.findBands();
    this.bands = found.bands;
    this.panels = found.panels;
  }

  /** The physical root t = G(x − i0)/x at real x > 0: the quartic root with the largest imaginary part. */
  private root(x: number): { re: number; im: number } {
    const w = x * x;
    const c = this.coeffs;
    for (let k = 0; k < 5; k++) {
      const p = this.q[k];
      let v = 0;
      for (let j = p.length - 1; j >= 0; j--) v = v * w + p[j];
      c[k] = v;
    }
    if (c[4] === 0) return { re: NaN, im: 0 };
    // Inside a band the previous point's physical root is a close start.
    return this.tracker.upper(c);
  }

  /** Symmetrised density μ(x) = Im G(x − i0)/π (even in x). */
  density(x: number): number {
    const ax = Math.abs(x);
    if (ax === 0) return this.density(1e-300);
    return (ax * this.root(ax).im) / Math.PI;
  }

  /**
   * Re G(x − i0) for any real x ≠ 0 (the Hilbert transform the RIE denoiser needs). Inside the
   * support it comes from the complex root. Outside, all quartic roots are real and the physical one
   * is chosen as the root closest to the quadrature value 2x∫μ(t)/(x²−t²)dt, then used exactly.
   */
  realStieltjes(x: number): number {
    const ax = Math.abs(x);
    const sign = x < 0 ? -1 : 1;
    // The quadrature (possibly computed now) overwrites the root buffer, so it comes first.
    const { x: nodes, w, mu } = this.quadrature();
    this.tracker.reset();
    const t = this.root(ax);
    if (t.im > 0) return sign * ax * t.re;
    let approx = 0;
    for (let i = 0; i < nodes.length; i++) approx += (w[i] * mu[i]) / (ax * ax - nodes[i] * nodes[i]);
    approx *= 2 * ax;
    const r = this.tracker.roots;
    let best = NaN;
    for (let i = 0; i < r.re.length; i++) {
      const g = ax * r.re[i];
      if (Number.isNaN(best) || Math.abs(g - approx) < Math.abs(best - approx)) best = g;
    }
    return sign * (Number.isFinite(best) ? best : approx);
  }

  /**
   * Quadrature nodes over the positive support with the density at each node; every spectral
   * integral (mass, MMSE, free entropy) is a weighted sum over these, so μ is computed once.
   * Each panel is mapped by x = c − h·cos θ (square-root edges become smooth in θ) and refined
   * adaptively until ∫μ, ∫μ³ and (β > 1) ∫μ/x² have converged: near-singular shapes (full rank with
   * small noise piles mass against an edge) need far more nodes than the usual smooth bands.
   */
  quadrature(relTol = DEFAULT_REL_TOL): SupportQuadrature {
    const hit = this.quadCache.get(relTol);
    if (hit) return hit;
    const q = panelQuadrature(this.panels, (x) => this.density(x), {
      relTol,
      startPanel: () => this.tracker.reset(),
      // ∫μ/x² enters the MMSE multiplied by (β−1)², so it needs only that much less absolute accuracy
      // (this matters just above β = 1, where the gap at 0 is tiny and μ/x² is steep).
      extra: this.beta > 1 ? { f: (x, mu) => mu / (x * x), absTol: Math.min(1, 1e-12 / (this.beta - 1) ** 2) } : undefined,
    });
    this.quadCache.set(relTol, q);
    return q;
  }

  /** ∫ f(x, μ(x)) dx over the positive support; doubled gives ∫_ℝ for even integrands. */
  integratePositive(f: (x: number, mu: number) => number, relTol = DEFAULT_REL_TOL): number {
    const { x, w, mu } = this.quadrature(relTol);
    let s = 0;
    for (let i = 0; i < x.length; i++) if (mu[i] > 0) s += w[i] * f(x[i], mu[i]);
    return s;
  }

  /** Total mass of the symmetrised density (should be 1): a self-check of support and branch. */
  mass(): number {
    return 2 * this.integratePositive((_x, mu) => mu);
  }

  /**
   * Support on x > 0 from the real positive roots of the discriminant, classified by the density
   * between them. Complex discriminant roots close to the real axis are branch points next to the
   * support, where the density has a sharp dip or kink (bands about to split); those become panel
   * boundaries so the quadrature resolves them.
   */
  private findBands(): { bands: Band[]; panels: Band[] } {
    const disc = discriminantInW(this.q);
    let lo = 0;
    while (lo < disc.length - 1 && disc[lo] === 0) lo++;
    const trimmed = disc.slice(lo);
    const scale = Math.max(...trimmed.map(Math.abs));
    const p = trimmed.map((v) => v / scale);
    while (p.length > 1 && Math.abs(p[p.length - 1]) < 1e-300) p.pop();
    const roots = polyRoots(p);
    const xs: number[] = [];
    const near: number[] = [];
    for (let i = 0; i < roots.re.length; i++) {
      const w = roots.re[i];
      if (!(w > 0)) continue;
      if (Math.abs(roots.im[i]) <= 1e-6 * w) xs.push(Math.sqrt(polish(p, w)));
      else if (Math.abs(roots.im[i]) <= 0.5 * w) near.push(Math.sqrt(w));
    }
    xs.sort((a, b) => a - b);
    const pts = [0, ...xs.filter((x, i) => i === 0 || x > xs[i - 1] * (1 + 1e-12))];
    // For β > 1 the law has a gap around 0 (the d2 − d1 extra dimensions repel singular values from 0).
    // Near 0 the quartic has two roots that nearly coincide at t ≈ −(β−1)/x² and split into a spurious
    // complex pair in floating point, so the first interval is never tested there.
    const first = this.beta > 1 ? 1 : 0;
    const top = pts[pts.length - 1];
    pts.push(top > 0 ? 2 * top + 1 : 1e3);
    const bands: Band[] = [];
    const panels: Band[] = [];
    for (let i = first; i + 1 < pts.length; i++) {
      const a = pts[i];
      const b = pts[i + 1];
      this.tracker.reset();
      if (!(this.density(0.5 * (a + b)) > 0)) continue;
      const last = bands[bands.length - 1];
      if (last && last.hi === a) last.hi = b;
      else bands.push({ lo: a, hi: b });
      panels.push({ lo: a, hi: b });
    }
    // Split panels at the projections of nearby branch points (and at joined band pieces above).
    for (const x of near) {
      const k = panels.findIndex((pn) => x > pn.lo && x < pn.hi);
      if (k < 0) continue;
      const pn = panels[k];
      const rel = (x - pn.lo) / (pn.hi - pn.lo);
      if (rel < 1e-3 || rel > 1 - 1e-3) continue;
      panels.splice(k, 1, { lo: pn.lo, hi: x }, { lo: x, hi: pn.hi });
    }
    return { bands, panels };
  }
}

/** Newton polishing of a real root of a real polynomial. */
function polish(p: number[], w: number): number {
  for (let it = 0; it < 8; it++) {
    let f = 0;
    let df = 0;
    for (let k = p.length - 1; k >= 0; k--) {
      df = df * w + f;
      f = f * w + p[k];
    }
    if (df === 0) break;
    const step = f / df;
    const next = w - step;
    if (!(next > 0)) break;
    w = next;
    if (Math.abs(step) < 1e-15 * w) break;
  }
  return w;
}

/** Spectrum for any (β, ρ) through the transposition symmetry. */
export function bsrSpectrum(beta: number, rho: number, zeta: number): BsrSpectrum {
  assertPositive('β', beta);
  assertPositive('ρ', rho);
  assertPositive('ζ', zeta);
  assertNonNegative('ζ', zeta);
  const c = canonicalShape(beta, rho);
  return new BsrSpectrum(c.beta, c.rho, zeta);
}
