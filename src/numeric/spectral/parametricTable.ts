import { CubicSpline } from '../spline';

/**
 * A denoising MMSE m(ζ) tabulated once on a log grid, so that fixed points along a whole curve are
 * read from a spline (the error curves are parametric in ζ). The spline is of g(ℓ) = ln(m/ζ) in
 * ℓ = ln ζ, which tends to ln α_PR as ζ → 0 and to −ℓ as ζ → ∞: relative accuracy at both ends.
 */
export interface ParametricTable {
  lnZeta: Float64Array;
  g: Float64Array;
  /** ζ values where the spectral self-check failed (excluded from the table). */
  failures: number[];
  mmse(zeta: number): number;
}

/** Where and how finely m(ζ) is tabulated. */
export interface TableOptions {
  /** ln ζ of the first and last knots; outside them the asymptotes take over. */
  lnMin: number;
  lnMax: number;
  /** Knots per decade before refinement. */
  pointsPerDecade: number;
  /** Target accuracy of the tabulated ln(m/ζ); midpoints are added where it is not met. */
  tol: number;
}

export const TABLE_LN_MIN = Math.log(1e-9);
export const TABLE_LN_MAX = Math.log(1e6);

/** The table every exact number is read from: relative accuracy 2·10⁻⁶ in m down to errors of 10⁻⁹. */
export const FULL_TABLE: TableOptions = { lnMin: TABLE_LN_MIN, lnMax: TABLE_LN_MAX, pointsPerDecade: 5, tol: 2e-6 };

/**
 * A table for what follows a dragged slider and for phase-diagram cells: half the spectral evaluations of
 * FULL_TABLE, and none below ζ = 10⁻⁶, where they cost 3–7 times more. Its errors stay within 10⁻⁵ of the
 * full table's in absolute terms (measured 8·10⁻⁶ at most over α in [10⁻⁴, 10], Δ from 0 to 2 and six shapes;
 * tested), but it loses relative accuracy where the error itself is below about 10⁻⁴.
 */
export const DRAFT_TABLE: TableOptions = { lnMin: Math.log(1e-6), lnMax: Math.log(1e4), pointsPerDecade: 3, tol: 1e-5 };

const MAX_REFINE_ROUNDS = 4;

/**
 * @param evaluate m(ζ) with a self-check flag
 * @param slope0 lim m(ζ)/ζ as ζ → 0 (the perfect-recovery threshold in the model's α units)
 */
export function buildParametricTable(
  evaluate: (zeta: number) => { mmse: number; ok: boolean },
  slope0: number,
  opts: TableOptions = FULL_TABLE,
): ParametricTable {
  const { lnMin, lnMax, tol } = opts;
  const decades = (lnMax - lnMin) / Math.LN10;
  const n = Math.round(decades * opts.pointsPerDecade) + 1;
  const known = new Map<number, number>();
  const failures: number[] = [];
  const sample = (l: number) => {
    const z = Math.exp(l);
    const r = evaluate(z);
    if (!r.ok || !(r.mmse > 0)) failures.push(z);
    else known.set(l, Math.log(r.mmse / z));
  };
  for (let i = 0; i < n; i++) sample(lnMin + ((lnMax - lnMin) * i) / (n - 1));
  // Where the spectrum changes shape (bands merging) g(ℓ) is less smooth: compare the spline with a
  // local cubic through the four nearest knots and sample midpoints where the two disagree.
  if (known.size < 2)
    throw new RangeError(`the denoising MMSE failed its self-check at ${failures.length} of ${n} noise levels ζ: no table can be built for these parameters`);
  let spline = splineOf(known);
  for (let round = 0; round < MAX_REFINE_ROUNDS; round++) {
    const ls = spline.x;
    const add: number[] = [];
    for (let i = 1; i + 2 < ls.length; i++) {
      const mid = 0.5 * (ls[i] + ls[i + 1]);
      if (Math.abs(lagrange4(ls, spline.y, i - 1, mid) - spline.at(mid)) > tol) add.push(mid);
    }
    if (add.length === 0) break;
    add.forEach(sample);
    spline = splineOf(known);
  }
  const lnZeta = spline.x;
  const g = spline.y;
  const lnPR = Math.log(slope0);
  const mmse = (zeta: number) => {
    if (!(zeta > 0)) return 0;
    const l = Math.log(zeta);
    // Outside the table: the asymptotes m = α_PR·ζ + O(ζ²) and m = 1 − 1/ζ + O(ζ⁻²).
    if (l < lnZeta[0]) return zeta * Math.exp(lnPR + ((g[0] - lnPR) * zeta) / Math.exp(lnZeta[0]));
    if (l > lnZeta[lnZeta.length - 1]) return 1 - 1 / zeta;
    return zeta * Math.exp(spline.at(l));
  };
  return { lnZeta, g, failures, mmse };
}

/**
 * The fixed point a·ζ = Δ + m(ζ) when it lies beyond the table's last knot, where m(ζ) = 1 − 1/ζ: the larger
 * root of aζ² − (1+Δ)ζ + 1 = 0, with m = 1 − 2a/((1+Δ) + √((1+Δ)² − 4a)) computed without forming ζ
 * (which overflows for a near the smallest doubles). Null when the root lies inside the table.
 */
export function rootBeyondTable(table: Pick<ParametricTable, 'lnZeta'>, a: number, delta: number): { zeta: number; mmse: number } | null {
  const b = 1 + delta;
  const disc = b * b - 4 * a;
  if (!(a > 0) || disc < 0) return null;
  const invZeta = (2 * a) / (b + Math.sqrt(disc));
  if (!(invZeta * Math.exp(table.lnZeta[table.lnZeta.length - 1]) < 1)) return null;
  return { zeta: 1 / invZeta, mmse: 1 - invZeta };
}

function splineOf(known: Map<number, number>): CubicSpline {
  const ls = [...known.keys()].sort((a, b) => a - b);
  return new CubicSpline(Float64Array.from(ls), Float64Array.from(ls.map((l) => known.get(l)!)));
}

/** Cubic through (x[i..i+3], y[i..i+3]) evaluated at t. */
function lagrange4(x: Float64Array, y: Float64Array, i: number, t: number): number {
  let s = 0;
  for (let j = i; j < i + 4; j++) {
    let l = 1;
    for (let k = i; k < i + 4; k++) if (k !== j) l *= (t - x[k]) / (x[j] - x[k]);
    s += l * y[j];
  }
  return s;
}
