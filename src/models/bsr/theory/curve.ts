import { brent } from '../../../numeric/brent';
import { lruMemo } from '../../../numeric/memo';
import { canonicalShape } from './canonical';
import { assertBsrParams, type BsrParams, type FixedPointStatus } from './fixedPoint';
import { DRAFT_TABLE, rootBeyondTable } from '../../../numeric/spectral/parametricTable';
import { buildMmseTable, type MmseTable } from './mmseTable';
import { ridgeOptimalError } from './ridge';
import { toAlphaTilde } from './thresholds';

export interface BoCurve {
  params: BsrParams;
  /** α = n/(dL) at each point. */
  alpha: number[];
  /** α̃ = n/(r(d+L)) at each point. */
  alphaTilde: number[];
  /** E_BO at each α; NaN where not converged. */
  bo: number[];
  /** Optimally regularised ridge regression on vec(X). */
  ridge: number[];
  converged: boolean[];
  status: FixedPointStatus[];
  /** Human-readable problems (spectral self-check failures, possible multiple fixed points). */
  warnings: string[];
}

const TABLE_CACHE_SIZE = 8;
const tableByKey = lruMemo(TABLE_CACHE_SIZE, (key: string) => {
  const [beta, rho, draft] = key.split('|').map(Number);
  return draft ? buildMmseTable(beta, rho, DRAFT_TABLE) : buildMmseTable(beta, rho);
});

/**
 * The mmse table for (β, ρ), built once and kept while the user moves α or Δ. `draft` gives the cheaper
 * DRAFT_TABLE (errors within 10⁻⁵ of the full one), for curves that follow a dragged β or ρ and for
 * phase-diagram cells; exact numbers (readouts, exports, the CLI) come from the full table.
 */
export function mmseTableFor(beta: number, rho: number, draft = false): MmseTable {
  const c = canonicalShape(beta, rho);
  const full = `${c.beta}|${c.rho}|0`;
  // A full table already built serves a draft request better and at no cost.
  return (draft && tableByKey.peek(full)) || tableByKey(draft ? `${c.beta}|${c.rho}|1` : full);
}

const LN_ZETA_FLOOR = Math.log(1e-14);

/** E_BO on a list of α, from the tabulated mmse: fast enough to follow a slider. */
export function boCurve(p: BsrParams, alphas: number[], draft = false): BoCurve {
  assertBsrParams(p);
  for (const a of alphas) if (!Number.isFinite(a) || a < 0) throw new RangeError(`α must be a finite number ≥ 0 (got ${a})`);
  const table = mmseTableFor(p.beta, p.rho, draft);
  const { delta } = p;
  const warnings: string[] = [];
  if (table.failures.length) {
    warnings.push(
      `spectral self-check failed at ${table.failures.length} ζ values (e.g. ζ = ${table.failures[0].toPrecision(3)}); nearby points may be inaccurate`,
    );
  }
  const nonMonotone = multipleFixedPointRange(table, delta);
  if (nonMonotone) {
    warnings.push(`the fixed-point equation may have several solutions for α in [${nonMonotone[0].toPrecision(4)}, ${nonMonotone[1].toPrecision(4)}]`);
  }
  const out: BoCurve = {
    params: { ...p },
    alpha: [...alphas],
    alphaTilde: alphas.map((a) => toAlphaTilde(a, p.beta, p.rho)),
    bo: [],
    ridge: alphas.map((a) => ridgeOptimalError(a, delta)),
    converged: [],
    status: [],
    warnings,
  };
  for (const alpha of alphas) {
    const r = boFromTable(table, alpha, delta);
    out.bo.push(r.error);
    out.status.push(r.status);
    out.converged.push(r.status !== 'failed');
  }
  return out;
}

/** One fixed point from the table: root of h(ℓ) = α e^ℓ − Δ − mmse(e^ℓ). */
export function boFromTable(table: MmseTable, alpha: number, delta: number): { error: number; zeta: number; status: FixedPointStatus } {
  if (alpha === 0) return { error: 1, zeta: Infinity, status: 'converged' };
  if (delta === 0 && alpha >= table.alphaPR) return { error: 0, zeta: 0, status: 'perfect-recovery' };
  // So little data that the effective noise is past the table (α ≲ 10⁻⁶): closed form, E = 1 − O(α).
  const far = rootBeyondTable(table, alpha, delta);
  if (far) return { error: far.mmse, zeta: far.zeta, status: 'converged' };
  const h = (l: number) => {
    const z = Math.exp(l);
    return alpha * z - delta - table.mmse(z);
  };
  const hi = Math.log((1 + delta) / alpha);
  const lo = delta > 0 ? Math.log(delta / alpha) : LN_ZETA_FLOOR;
  const hlo = h(lo);
  if (delta === 0 && hlo >= 0) return { error: 0, zeta: 0, status: 'converged' };
  const r = brent(h, lo, hi, { xtol: 1e-12, fa: hlo });
  if (!r.converged) return { error: NaN, zeta: NaN, status: 'failed' };
  const zeta = Math.exp(r.x);
  return { error: Math.max(0, alpha * zeta - delta), zeta, status: 'converged' };
}

/**
 * α(ζ) = (Δ + mmse(ζ))/ζ must decrease for the fixed point to be unique; returns the α range
 * where the table says it does not, or null.
 */
function multipleFixedPointRange(table: MmseTable, delta: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  let prev = Infinity;
  for (let i = 0; i < table.lnZeta.length; i++) {
    const z = Math.exp(table.lnZeta[i]);
    const a = (delta + z * Math.exp(table.g[i])) / z;
    // Rounding in the tabulated mmse (~1e-7 relative) must not read as a second solution.
    if (a >= prev * (1 + 1e-5)) {
      lo = Math.min(lo, prev, a);
      hi = Math.max(hi, prev, a);
    }
    prev = a;
  }
  return Number.isFinite(lo) ? [lo, hi] : null;
}
