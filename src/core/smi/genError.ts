import { threeLayerOutput, twoLayerOutput } from './link';
import { outerNodes12 } from './channel3';
import { outerNodes } from './channel';

/**
 * Generalisation error as the published SMI code defines it: the plug-in error
 * E‖g(Z) − g(ω)‖²_F (all four entries of the 2×2 output y), where the predictor applies the link to the
 * student's projections ω_ℓ = √Q_ℓℓ ξ_ℓ and the teacher's are Z_ℓ = ω_ℓ + √(1 − Q_ℓℓ) η_ℓ (ξ, η standard
 * normal), i.e. a student with overlap Q_ℓℓ and norm² Q_ℓℓ (the posterior mean). This is not the
 * Bayes-optimal error E‖y − E[y | ω]‖², which is lower. Outer expectation on 16384 fixed Sobol' points.
 */
export function plugInGenError(c: number, q1: number, q2: number, outer = 16384): number {
  const pts = outerNodes(outer);
  const a1 = Math.sqrt(Math.max(0, q1));
  const a2 = Math.sqrt(Math.max(0, q2));
  const b1 = Math.sqrt(Math.max(0, 1 - q1));
  const b2 = Math.sqrt(Math.max(0, 1 - q2));
  let s = 0;
  for (let i = 0; i < outer; i++) {
    const o = i * 8;
    const w1: [number, number] = [a1 * pts[o], a1 * pts[o + 1]];
    const w2: [number, number] = [a2 * pts[o + 4], a2 * pts[o + 5]];
    const yT = twoLayerOutput([w1[0] + b1 * pts[o + 2], w1[1] + b1 * pts[o + 3]], [w2[0] + b2 * pts[o + 6], w2[1] + b2 * pts[o + 7]], c);
    const yS = twoLayerOutput(w1, w2, c);
    s += (yT[0] - yS[0]) ** 2 + (yT[1] - yS[1]) ** 2 + (yT[2] - yS[2]) ** 2 + (yT[3] - yS[3]) ** 2;
  }
  return s / outer;
}

/** The same plug-in error for three layers, on 12-dimensional Sobol' points (ω_ℓ, η_ℓ for each layer). */
export function plugInGenError3(c: number, q: [number, number, number], outer = 16384): number {
  const pts = outerNodes12(outer);
  const a = q.map((x) => Math.sqrt(Math.max(0, x)));
  const b = q.map((x) => Math.sqrt(Math.max(0, 1 - x)));
  let s = 0;
  for (let i = 0; i < outer; i++) {
    const o = i * 12;
    const w = [0, 1, 2].map((l): [number, number] => [a[l] * pts[o + 4 * l], a[l] * pts[o + 4 * l + 1]]);
    const z = [0, 1, 2].map((l): [number, number] => [w[l][0] + b[l] * pts[o + 4 * l + 2], w[l][1] + b[l] * pts[o + 4 * l + 3]]);
    const yT = threeLayerOutput(z[0], z[1], z[2], c);
    const yS = threeLayerOutput(w[0], w[1], w[2], c);
    s += (yT[0] - yS[0]) ** 2 + (yT[1] - yS[1]) ** 2 + (yT[2] - yS[2]) ** 2 + (yT[3] - yS[3]) ** 2;
  }
  return s / outer;
}
