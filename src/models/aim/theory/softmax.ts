import { brent } from '../../../numeric/brent';
import { lruMemo } from '../../../numeric/memo';
import { buildParametricTable, DRAFT_TABLE, type ParametricTable, rootBeyondTable } from '../../../numeric/spectral/parametricTable';
import { symmetricMmse } from './spectrum';

/**
 * Attention-indexed model with the row-wise softmax channel: the channel is invertible up to one
 * global shift, so each sample gives k = T²+T−2 halves of noiseless linear measurements and the
 * fixed point is m = mmse_ρ(m/(kα)) — parametric in Δ = 1/q̂: α = m(Δ)/(kΔ). β is irrelevant.
 */
export function softmaxFactor(T: number): number {
  if (!Number.isInteger(T) || T < 2) throw new RangeError(`T must be an integer ≥ 2 (got ${T})`);
  return T * T + T - 2;
}

/** lim mmse_ρ(Δ)/Δ as Δ → 0: the degrees of freedom of a rank-ρD symmetric matrix, per entry. */
export function symmetricDof(rho: number): number {
  if (!(rho > 0) || !Number.isFinite(rho)) throw new RangeError(`ρ must be a positive finite number (got ${rho})`);
  return rho >= 1 ? 1 : 2 * rho - rho * rho;
}

/** Perfect-recovery threshold of the softmax AIM: α_PR = (2ρ − ρ²)/(T²+T−2), or 1/(T²+T−2) for ρ ≥ 1. */
export function softmaxAlphaPR(T: number, rho: number): number {
  return symmetricDof(rho) / softmaxFactor(T);
}

const tables = lruMemo(8, (key: string) => {
  const [rho, draft] = key.split('|').map(Number);
  return buildParametricTable((z) => symmetricMmse(rho, z), symmetricDof(rho), draft ? DRAFT_TABLE : undefined);
});

/**
 * mmse_ρ(Δ) tabulated once per ρ (it does not depend on T or α). `draft` gives the cheaper DRAFT_TABLE
 * (errors within 10⁻⁵ of the full one), for curves that follow a dragged ρ and for phase-diagram cells; a full
 * table already built serves a draft request.
 */
export function symmetricTableFor(rho: number, draft = false): ParametricTable {
  return (draft && tables.peek(`${rho}|0`)) || tables(`${rho}|${draft ? 1 : 0}`);
}

export interface AimCurve {
  alpha: number[];
  /** ᾱ = (T²+T−2)α: the curves for different T collapse on this axis. */
  alphaBar: number[];
  /** Estimation MMSE (1/D)‖Ŝ − S̃‖², equal to 1 at α = 0. */
  mmse: number[];
  converged: boolean[];
  status: Array<'converged' | 'perfect-recovery' | 'failed'>;
}

export function softmaxCurve(T: number, rho: number, alphas: number[], draft = false): AimCurve {
  const k = softmaxFactor(T);
  const table = symmetricTableFor(rho, draft);
  const slope0 = symmetricDof(rho);
  const out: AimCurve = { alpha: [...alphas], alphaBar: alphas.map((a) => k * a), mmse: [], converged: [], status: [] };
  for (const a of alphas) {
    if (!Number.isFinite(a) || a < 0) throw new RangeError(`α must be a finite number ≥ 0 (got ${a})`);
    const kb = k * a;
    if (a === 0) {
      out.mmse.push(1);
      out.status.push('converged');
    } else if (kb >= slope0) {
      out.mmse.push(0);
      out.status.push('perfect-recovery');
    } else if (rootBeyondTable(table, kb, 0)) {
      // So few samples that the effective noise is past the table: closed form, mmse = 1 − O(kα).
      out.mmse.push(rootBeyondTable(table, kb, 0)!.mmse);
      out.status.push('converged');
    } else {
      // kα·Δ = mmse(Δ) in ℓ = ln Δ; bracketed between the small-Δ asymptote and Δ = 1/(kα).
      const h = (l: number) => kb * Math.exp(l) - table.mmse(Math.exp(l));
      const r = brent(h, Math.log(1e-14), Math.log(1 / kb), { xtol: 1e-12 });
      out.mmse.push(r.converged ? kb * Math.exp(r.x) : NaN);
      out.status.push(r.converged ? 'converged' : 'failed');
    }
    out.converged.push(out.status[out.status.length - 1] !== 'failed');
  }
  return out;
}
