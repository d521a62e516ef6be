import { gaussLegendre } from '../../../numeric/gaussLegendre';
import { assertBsrParams, type BsrParams } from './fixedPoint';
import type { MmseTable } from './mmseTable';

/**
 * Free entropy as a function of the overlap q (q-independent constants dropped):
 *   Φ(q) = (α−1)/2·ln q̂ − q̂Δ/2 − J(1/q̂)/β,  q̂ = α/(Δ + 1 − q),
 * where J(ζ) = ∬μμ ln|x−y| + (β−1)∫μ ln|x| is the log-potential of the denoising spectrum.
 * The I-MMSE relation J'(ζ) = β(ζ − mmse(ζ))/(2ζ²) gives J from the tabulated mmse without the
 * singular double integral, and makes dΦ/dq = 0 exactly at the fixed point αζ − Δ = mmse(ζ).
 */
export function freeEntropy(table: MmseTable, p: BsrParams, alpha: number, q: number): number {
  assertBsrParams(p);
  if (!(alpha > 0)) throw new RangeError(`α must be > 0 for the free entropy (got ${alpha})`);
  if (!(q >= 0 && q < 1)) throw new RangeError(`the overlap q must lie in [0, 1) (got ${q})`);
  const qhat = alpha / (p.delta + 1 - q);
  return 0.5 * (alpha - 1) * Math.log(qhat) - 0.5 * qhat * p.delta - 0.5 * logPotentialIntegral(table, 1 / qhat);
}

/** ∫_{ln 1}^{ln ζ} (1 − mmse(s)/s) d ln s = (2/β)·(J(ζ) − J(1)). */
function logPotentialIntegral(table: MmseTable, zeta: number): number {
  const l1 = Math.log(zeta);
  if (l1 === 0) return 0;
  // Split into unit pieces of ln ζ so a fixed Gauss rule stays accurate over many decades.
  const pieces = Math.max(1, Math.ceil(Math.abs(l1)));
  const { nodes, weights } = gaussLegendre(16);
  let s = 0;
  for (let k = 0; k < pieces; k++) {
    const a = (l1 * k) / pieces;
    const b = (l1 * (k + 1)) / pieces;
    const h = 0.5 * (b - a);
    const c = 0.5 * (a + b);
    for (let i = 0; i < nodes.length; i++) {
      const l = c + h * nodes[i];
      const z = Math.exp(l);
      s += weights[i] * h * (1 - table.mmse(z) / z);
    }
  }
  return s;
}

/** Φ on a grid of q in [0, qMax], with the location of its maximum on that grid. */
export function freeEntropyCurve(table: MmseTable, p: BsrParams, alpha: number, qs: number[]): { q: number[]; phi: number[]; argmax: number } {
  const phi = qs.map((q) => freeEntropy(table, p, alpha, q));
  let best = 0;
  for (let i = 1; i < phi.length; i++) if (phi[i] > phi[best]) best = i;
  return { q: [...qs], phi, argmax: qs[best] };
}

/**
 * The local maxima of a sampled curve, in order of q: interior points higher than both neighbours, and an end
 * that is higher than its neighbour. A rise or fall smaller than `tol` (relative to the curve's range) is
 * taken as rounding, not as a separate maximum. Two or more maxima mean a metastable state: a hard phase.
 */
export function localMaxima(q: readonly number[], phi: readonly number[], tol = 1e-9): Array<{ q: number; phi: number }> {
  const finite = phi.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const eps = tol * Math.max(1e-300, Math.max(...finite) - Math.min(...finite));
  const out: Array<{ q: number; phi: number }> = [];
  // Walk the curve keeping the last confirmed direction; a maximum is where a rise (by more than eps) turns into a fall.
  let best = 0;
  let rising = true;
  for (let i = 1; i < phi.length; i++) {
    if (!Number.isFinite(phi[i])) continue;
    if (rising) {
      if (phi[i] > phi[best]) best = i;
      else if (phi[best] - phi[i] > eps) {
        out.push({ q: q[best], phi: phi[best] });
        rising = false;
        best = i;
      }
    } else if (phi[i] < phi[best]) best = i;
    else if (phi[i] - phi[best] > eps) {
      rising = true;
      best = i;
    }
  }
  if (rising) out.push({ q: q[best], phi: phi[best] });
  return out;
}
