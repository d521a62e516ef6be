import { outerNodes } from './channel';
import { outerNodes12 } from './channel3';
import { threeLayerOutput, twoLayerOutput, type Mat2, type Vec2 } from './link';

/**
 * Generalisation error as the published SMI code defines it: the plug-in error
 * E‖g(Z) − g(ω)‖²_F (all four entries of the 2×2 output y), where the predictor applies the link to the
 * student's projections ω_ℓ = √Q_ℓℓ ξ_ℓ and the teacher's are Z_ℓ = ω_ℓ + √(1 − Q_ℓℓ) η_ℓ (ξ, η standard
 * normal), i.e. a student with overlap Q_ℓℓ and norm² Q_ℓℓ (the posterior mean). This is not the
 * Bayes-optimal error E‖y − E[y | ω]‖², which is lower. `q` holds one overlap per layer (two or three
 * layers); the outer expectation runs on fixed Sobol' points (ξ_ℓ, η_ℓ in coordinates 4ℓ…4ℓ + 3). NaN
 * overlaps (no state evolution there) give NaN.
 */
export function plugInGenError(c: number, q: readonly number[], outer = 16384): number {
  const L = q.length;
  if (L !== 2 && L !== 3) throw new RangeError(`two or three layers (got ${L} overlaps)`);
  if (!q.every(Number.isFinite)) return NaN;
  const pts = L === 2 ? outerNodes(outer) : outerNodes12(outer);
  const dim = 4 * L;
  const a = q.map((x) => Math.sqrt(Math.max(0, x)));
  const b = q.map((x) => Math.sqrt(Math.max(0, 1 - x)));
  const link = (z: Vec2[]): Mat2 => (L === 2 ? twoLayerOutput(z[0], z[1], c) : threeLayerOutput(z[0], z[1], z[2], c));
  const w: Vec2[] = q.map((): Vec2 => [0, 0]);
  const z: Vec2[] = q.map((): Vec2 => [0, 0]);
  let s = 0;
  for (let i = 0; i < outer; i++) {
    const o = i * dim;
    for (let l = 0; l < L; l++) {
      const p = o + 4 * l;
      w[l][0] = a[l] * pts[p];
      w[l][1] = a[l] * pts[p + 1];
      z[l][0] = w[l][0] + b[l] * pts[p + 2];
      z[l][1] = w[l][1] + b[l] * pts[p + 3];
    }
    const yT = link(z);
    const yS = link(w);
    s += (yT[0] - yS[0]) ** 2 + (yT[1] - yS[1]) ** 2 + (yT[2] - yS[2]) ** 2 + (yT[3] - yS[3]) ** 2;
  }
  return s / outer;
}
