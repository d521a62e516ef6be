import { spectralMap } from '../../../numeric/kernels/svd';
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
  const b = c.beta;
  // Shrinks each singular value; the Bayes-optimal shrinkage is nonnegative, finite-size outliers can push it below 0.
  const shrink = (sv: Float64Array) =>
    sv.map((s) => (s > 0 ? Math.max(0, s - ((2 * zeta) / Math.sqrt(b)) * ((b - 1) / (2 * s) + spectrum.realStieltjes(s))) : 0));
  const { out: estimate, singularValues } = spectralMap(Y, d, L, shrink);
  return { estimate, singularValues, spectrum };
}
