import type { Smi3Quadrature } from './channel3';
import { meanAndError } from './replicates';
import { branchAPoint, branchBPoint } from './stateEvolution3';

/**
 * How far the three-layer α_c,1 and α_c,2 of a computed staircase move with its quadrature.
 *
 * A staircase is computed on one fixed outer net, so its thresholds carry that net's sampling error, which a
 * single run cannot show. Here each threshold is recomputed on R randomised replicates of the net (replicates.ts)
 * at the staircase's own crossing point, each crossing located to first order along its branch:
 *   α*_k = α_k(x₀) − h_k(x₀) · (dα/dx) / (dh/dx),
 * with x the branch's parameter (q₃ on branch A, the lead layer's overlap on branch B), h = log(α·L) of the layer
 * that starts there (0 at the crossing), and the slopes taken on the staircase's own net. The spread (standard
 * deviation) of the α*_k is the error of one net's estimate, which is what a shipped threshold is. The inner
 * importance sampling is the same in every replicate, so its bias is not in that spread: `innerShift` is the
 * change of α* on replicate 1 with INNER_FACTOR times the inner nodes, and `err` adds it in quadrature.
 */

export const INNER_FACTOR = 4;

export interface ThresholdSpread {
  /** the threshold of the staircase's own net, recomputed at its point (a check: h there is ≈ 0) */
  alpha0: number;
  h0: number;
  /** the replicates' first-order crossings */
  alphas: number[];
  mean: number;
  /** standard deviation of one net's estimate */
  sd: number;
  innerShift: number;
  /** √(sd² + innerShift²) */
  err: number;
}

export interface ThresholdSpread3 {
  c: number;
  /** the layer (0 or 1) that starts first, on branch A; the other starts on branch B */
  lead: 0 | 1;
  /** indexed by layer: [α_c,1, α_c,2] */
  alpha: [ThresholdSpread, ThresholdSpread];
  replicates: number;
}

/** The staircase's points where layers 1 and 2 start: the A crossing (Q₁₁ = Q₂₂ = 0) and the B crossing. */
export function crossingRows(path: number[][], alphaC: (number | null)[]): { a: number[]; b: number[]; lead: 0 | 1 } {
  const [a1, a2] = alphaC;
  if (a1 == null || a2 == null || !Number.isFinite(a1) || !Number.isFinite(a2)) throw new RangeError('the staircase has no α_c,1 and α_c,2');
  const lead: 0 | 1 = a1 < a2 ? 0 : 1;
  const first = lead === 0 ? a1 : a2;
  const second = lead === 0 ? a2 : a1;
  const a = path.find((r) => r[0] === first);
  const b = path.find((r) => r[0] === second);
  if (!a || !b) throw new RangeError('the staircase does not hold its threshold points');
  if (a[1] !== 0 || a[2] !== 0 || !(b[1 + lead] > 0) || b[2 - lead] !== 0) throw new RangeError('the threshold points are not on branches A and B');
  return { a, b, lead };
}

/**
 * The threshold where h = 0 along a branch, on the net `quad` (replicate 0) and on replicates 1…R, each located
 * to first order from the point x0 (the slope dα/dh from x0 − dx on the net `quad`); `point` gives α and h at x.
 */
export function firstOrderSpread(
  point: (quad: Smi3Quadrature, x: number) => { alpha: number; h: number },
  x0: number,
  dx: number,
  quad: Smi3Quadrature,
  R: number,
): ThresholdSpread {
  const p0 = point(quad, x0);
  const p1 = point(quad, x0 - dx);
  const slope = (p0.alpha - p1.alpha) / (p0.h - p1.h);
  const cross = (p: { alpha: number; h: number }) => p.alpha - p.h * slope;
  const alphas: number[] = [];
  for (let k = 1; k <= R; k++) alphas.push(cross(point({ ...quad, replicate: k }, x0)));
  const innerShift = cross(point({ ...quad, replicate: 1, inner: quad.inner * INNER_FACTOR }, x0)) - alphas[0];
  const m = meanAndError(alphas);
  const sd = m.err * Math.sqrt(R);
  return { alpha0: cross(p0), h0: p0.h, alphas, mean: m.mean, sd, innerShift, err: Math.hypot(sd, innerShift) };
}

/** The spread of α_c,1 and α_c,2 of a staircase (its path and thresholds) over R replicates of its outer net. */
export function thresholdSpread3(
  c: number,
  path: number[][],
  alphaC: (number | null)[],
  quad: Smi3Quadrature,
  R: number,
  log?: (s: string) => void,
): ThresholdSpread3 {
  if (!(Number.isInteger(R) && R >= 2)) throw new RangeError(`at least two replicates are needed for a spread (got ${R})`);
  const { a, b, lead } = crossingRows(path, alphaC);
  const other = 1 - lead;
  // Branch A, parameter q₃: h = log(α·L) of the layer that starts first (the larger L, as the staircase chose it).
  const onA = (q: Smi3Quadrature, q3: number) => {
    const p = branchAPoint(c, q3, q);
    return { alpha: p.alpha, h: Math.log(p.alpha * Math.max(p.L1, p.L2)) };
  };
  const sA = firstOrderSpread(onA, a[3], 0.1 * (1 - a[3]), quad, R);
  log?.(`c = ${c}: layer ${lead + 1} at ${sA.mean} ± ${sA.sd} (inner ${sA.innerShift}, own net ${sA.alpha0}, h ${sA.h0})`);
  // Branch B, parameter: the lead layer's overlap; q₃ starts from the staircase's value there.
  const onB = (q: Smi3Quadrature, qa: number) => {
    const p = branchBPoint(c, lead, qa, q, b[3]);
    if (!p.converged) throw new Error(`branch B did not converge at c = ${c}, q = ${qa}`);
    return { alpha: p.alpha, h: Math.log(p.aLother) };
  };
  const qa = b[1 + lead];
  const sB = firstOrderSpread(onB, qa, Math.min(0.02, 0.2 * qa), quad, R);
  log?.(`c = ${c}: layer ${other + 1} at ${sB.mean} ± ${sB.sd} (inner ${sB.innerShift}, own net ${sB.alpha0}, h ${sB.h0})`);
  const alpha: [ThresholdSpread, ThresholdSpread] = lead === 0 ? [sA, sB] : [sB, sA];
  return { c, lead, alpha, replicates: R };
}
