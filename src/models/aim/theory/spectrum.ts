import { polyAdd, polyMul, polyRoots } from '../../../numeric/polyRoots';
import { RootTracker } from '../../../numeric/upperRoot';
import { panelQuadrature, type Band, type SupportQuadrature } from '../../../numeric/spectral/panelQuadrature';

/** Relative tolerance of the adaptive spectral quadrature. */
export const DEFAULT_REL_TOL = 1e-7;

/**
 * Eigenvalue law of Y = S̃ + √Δ Z for the attention target S̃ = WWᵀ/√(rD) (√ρ × Marchenko–Pastur
 * with ratio 1/ρ) and Z a GOE matrix with semicircle variance 1: the free convolution
 * (√ρ·MP) ⊞ semicircle(Δ). Its Stieltjes transform G solves the cubic
 *   Δ G³ − (z + √ρ Δ) G² + (√ρ z + 1 − ρ) G − √ρ = 0,
 * and the density is Im G(x − i0)/π from the root with the largest imaginary part.
 */
export class SymmetricSpectrum {
  readonly bands: Band[];
  readonly panels: Band[];
  /** Cubic coefficients [c0..c3] as polynomials in z (lowest degree first). */
  private readonly q: number[][];
  private readonly coeffs = new Float64Array(4);
  /** The physical root, followed from one evaluation point to the next. */
  private readonly tracker = new RootTracker(3);
  private readonly quadCache = new Map<number, SupportQuadrature>();

  constructor(
    readonly rho: number,
    readonly delta: number,
  ) {
    if (!(rho > 0) || !Number.isFinite(rho)) throw new RangeError(`ρ must be a positive finite number (got ${rho})`);
    if (!(delta > 0) || !Number.isFinite(delta)) throw new RangeError(`Δ must be a positive finite number (got ${delta})`);
    const s = Math.sqrt(rho);
    this.q = [[-s], [1 - rho, s], [-s * delta, -1], [delta]];
    const found = this.findBands();
    this.bands = found.bands;
    this.panels = found.panels;
  }

  /**
   * The physical root G(x − i0) at real x inside the support. Outside it all three roots are real and `re` is one
   * of them, not necessarily the physical one (symmetricRealStieltjes chooses that); only `im` = 0 is meant.
   */
  stieltjes(x: number): { re: number; im: number } {
    const c = this.coeffs;
    for (let k = 0; k < 4; k++) {
      const p = this.q[k];
      c[k] = p.length === 1 ? p[0] : p[0] + p[1] * x;
    }
    // Inside a band the previous point's root is a close start.
    return this.tracker.upper(c);
  }

  density(x: number): number {
    return this.stieltjes(x).im / Math.PI;
  }

  quadrature(relTol = DEFAULT_REL_TOL): SupportQuadrature {
    const hit = this.quadCache.get(relTol);
    if (hit) return hit;
    const q = panelQuadrature(this.panels, (x) => this.density(x), { relTol, startPanel: () => this.tracker.reset() });
    this.quadCache.set(relTol, q);
    return q;
  }

  /** Total mass (should be 1): a self-check of support and branch. */
  mass(relTol = DEFAULT_REL_TOL): number {
    const { w, mu } = this.quadrature(relTol);
    let s = 0;
    for (let i = 0; i < w.length; i++) s += w[i] * mu[i];
    return s;
  }

  /**
   * Support from the real roots of the cubic's discriminant (a quartic in z), classified by the
   * density between them; complex discriminant roots near the real axis cut panels (sharp features).
   */
  private findBands(): { bands: Band[]; panels: Band[] } {
    const [d, c, b, a] = this.q;
    const m = (...ps: number[][]) => ps.reduce((acc, p) => polyMul(acc, p), [1]);
    const disc = polyAdd([18, m(a, b, c, d)], [-4, m(b, b, b, d)], [1, m(b, b, c, c)], [-4, m(a, c, c, c)], [-27, m(a, a, d, d)]);
    while (disc.length > 1 && disc[disc.length - 1] === 0) disc.pop();
    const roots = polyRoots(disc);
    const scale = Math.max(1, ...Array.from(roots.re, Math.abs));
    const xs: number[] = [];
    const near: number[] = [];
    for (let i = 0; i < roots.re.length; i++) {
      if (Math.abs(roots.im[i]) <= 1e-7 * scale) xs.push(roots.re[i]);
      else if (Math.abs(roots.im[i]) <= 0.25 * scale) near.push(roots.re[i]);
    }
    xs.sort((p, q) => p - q);
    const pts = xs.filter((x, i) => i === 0 || x > xs[i - 1] + 1e-12 * scale);
    const bands: Band[] = [];
    const panels: Band[] = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const lo = pts[i];
      const hi = pts[i + 1];
      this.tracker.reset();
      if (!(this.density(0.5 * (lo + hi)) > 0)) continue;
      const last = bands[bands.length - 1];
      if (last && last.hi === lo) last.hi = hi;
      else bands.push({ lo, hi });
      panels.push({ lo, hi });
    }
    for (const x of near) {
      const k = panels.findIndex((pn) => x > pn.lo && x < pn.hi);
      if (k < 0) continue;
      const pn = panels[k];
      const rel = (x - pn.lo) / (pn.hi - pn.lo);
      if (rel > 1e-3 && rel < 1 - 1e-3) panels.splice(k, 1, { lo: pn.lo, hi: x }, { lo: x, hi: pn.hi });
    }
    return { bands, panels };
  }
}

/** Mass defect above which an evaluation is reported as failed rather than used. */
export const MASS_TOLERANCE = 1e-6;

/**
 * MMSE of denoising the attention target from Y = S̃ + √Δ Z (per entry, in units where the
 * prior's centred part has unit size): mmse_ρ(Δ) = Δ − (4π²/3) Δ² ∫ μ_Δ³.
 */
export function symmetricMmse(rho: number, delta: number, relTol = DEFAULT_REL_TOL): { mmse: number; mass: number; ok: boolean } {
  const sp = new SymmetricSpectrum(rho, delta);
  const { w, mu, converged } = sp.quadrature(relTol);
  let mass = 0;
  let cube = 0;
  for (let i = 0; i < w.length; i++) {
    mass += w[i] * mu[i];
    cube += w[i] * mu[i] ** 3;
  }
  const mmse = delta - ((4 * Math.PI * Math.PI) / 3) * delta * delta * cube;
  return { mmse, mass, ok: converged && Number.isFinite(mmse) && Math.abs(mass - 1) < MASS_TOLERANCE };
}
