import { Matrix, SVD } from 'ml-matrix';
import { canonicalShape } from '../theory/canonical';
import { BsrSpectrum } from '../theory/spectrum';

/**
 * Rotationally invariant estimator for Y = (S + √ζ Z)/(dL)^{1/4} (rescaled, row-major d×L): keep
 * the singular vectors and shrink each singular value by s − (2ζ/√β)((β−1)/(2s) + Re G(s)),
 * β = max/min side ratio. Returns the estimate of S/(dL)^{1/4}, plus the singular values seen.
 */
export function rieDenoise(
  Y: Float64Array,
  d: number,
  L: number,
  rho: number,
  zeta: number,
): { estimate: Float64Array; singularValues: Float64Array; spectrum: BsrSpectrum } {
  const c = canonicalShape(L / d, rho);
  const spectrum = new BsrSpectrum(c.beta, c.rho, zeta);
  const M = new Matrix(d, L);
  for (let i = 0; i < d; i++) for (let j = 0; j < L; j++) M.set(i, j, Y[i * L + j]);
  const svd = new SVD(M, { computeLeftSingularVectors: true, computeRightSingularVectors: true, autoTranspose: true });
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const sv = svd.diagonal;
  const k = Math.min(d, L);
  const shrunk = new Float64Array(k);
  const b = c.beta;
  for (let a = 0; a < k; a++) {
    const s = sv[a];
    if (!(s > 0)) continue;
    const v = s - ((2 * zeta) / Math.sqrt(b)) * ((b - 1) / (2 * s) + spectrum.realStieltjes(s));
    // The Bayes-optimal shrinkage is nonnegative; finite-size outliers can push it below 0.
    shrunk[a] = Math.max(0, v);
  }
  const estimate = new Float64Array(d * L);
  for (let a = 0; a < k; a++) {
    const f = shrunk[a];
    if (f === 0) continue;
    const u = U.getColumn(a);
    const v = V.getColumn(a);
    for (let i = 0; i < d; i++) {
      const ui = u[i] * f;
      const row = i * L;
      for (let j = 0; j < L; j++) estimate[row + j] += ui * v[j];
    }
  }
  return { estimate, singularValues: Float64Array.from(sv.slice(0, k)), spectrum };
}
