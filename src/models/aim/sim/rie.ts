import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { polyRootsInto, type ComplexRoots } from '../../../numeric/polyRoots';
import { SymmetricSpectrum } from '../theory/spectrum';

/**
 * Real part of the Stieltjes transform G(λ − i0) of (√ρ·MP) ⊞ semicircle(Δ). Inside the support it is
 * the root of the cubic with positive imaginary part. Outside (finite-size outliers) all three roots
 * are real and the physical one is the one nearest the quadrature value of ∫μ(t)/(λ − t)dt.
 */
export function symmetricRealStieltjes(sp: SymmetricSpectrum, lambda: number, roots: ComplexRoots): number {
  const s = Math.sqrt(sp.rho);
  const c = [-s, 1 - sp.rho + s * lambda, -s * sp.delta - lambda, sp.delta];
  polyRootsInto(c, roots, false, 200, 1e-12);
  let best = 0;
  for (let i = 1; i < 3; i++) if (roots.im[i] > roots.im[best]) best = i;
  const scale = Math.hypot(roots.re[best], roots.im[best]);
  if (roots.im[best] > 1e-9 * scale) return roots.re[best];
  const { x, w, mu } = sp.quadrature();
  let approx = 0;
  for (let i = 0; i < x.length; i++) approx += (w[i] * mu[i]) / (lambda - x[i]);
  let pick = NaN;
  for (let i = 0; i < 3; i++) {
    const g = roots.re[i];
    if (Number.isNaN(pick) || Math.abs(g - approx) < Math.abs(pick - approx)) pick = g;
  }
  return Number.isFinite(pick) ? pick : approx;
}

/**
 * Rotationally invariant estimator for Y = S̃ + √Δ Z (Z GOE with semicircle variance 1): keep the
 * eigenvectors of Y and map each eigenvalue λ to λ − 2Δ Re G(λ). The target is positive
 * semi-definite, so is its posterior mean: finite-size outliers shrunk below 0 are set to 0.
 */
export function symmetricRie(Y: Float64Array, D: number, rho: number, delta: number): { estimate: Float64Array; eigenvalues: Float64Array } {
  const sp = new SymmetricSpectrum(rho, delta);
  const rows: number[][] = [];
  for (let i = 0; i < D; i++) rows.push(Array.from(Y.subarray(i * D, (i + 1) * D)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const lam = evd.realEigenvalues;
  const U = evd.eigenvectorMatrix.to2DArray();
  const roots: ComplexRoots = { re: new Float64Array(3), im: new Float64Array(3), converged: false };
  const f = new Float64Array(D);
  for (let k = 0; k < D; k++) {
    const v = lam[k] - 2 * delta * symmetricRealStieltjes(sp, lam[k], roots);
    f[k] = v > 0 ? v : 0;
  }
  // estimate = U diag(f) Uᵀ, upper triangle then mirrored.
  const estimate = new Float64Array(D * D);
  const Uf = new Float64Array(D);
  for (let i = 0; i < D; i++) {
    const ui = U[i];
    for (let k = 0; k < D; k++) Uf[k] = ui[k] * f[k];
    for (let j = i; j < D; j++) {
      const uj = U[j];
      let s = 0;
      for (let k = 0; k < D; k++) s += Uf[k] * uj[k];
      estimate[i * D + j] = s;
      estimate[j * D + i] = s;
    }
  }
  return { estimate, eigenvalues: Float64Array.from(lam) };
}
