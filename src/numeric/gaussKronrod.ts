/**
 * Adaptive 7/15-point Gauss–Kronrod quadrature of a vector-valued integrand. The spectral integrals
 * (mass, ∫μ/x², ∫μ³, …) share one adaptive mesh, so the density is evaluated once per node and the
 * mesh is refined until every component has converged.
 */

const XGK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.586087235467691130294144845693013, 0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0,
];
const WGK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.16900472663926790282658342659855, 0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
/** Gauss weights of the 7-point rule, whose nodes are XGK[1], XGK[3], XGK[5], XGK[7]. */
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

/** The 15 Kronrod nodes on [-1, 1] in increasing order, with Kronrod and embedded Gauss weights. */
export const KRONROD15 = (() => {
  const x: number[] = [];
  const wk: number[] = [];
  const wg: number[] = [];
  for (let i = 0; i < 7; i++) {
    x.push(-XGK[i]);
    wk.push(WGK[i]);
    wg.push(i % 2 === 1 ? WG[(i - 1) / 2] : 0);
  }
  x.push(0);
  wk.push(WGK[7]);
  wg.push(WG[3]);
  for (let i = 6; i >= 0; i--) {
    x.push(XGK[i]);
    wk.push(WGK[i]);
    wg.push(i % 2 === 1 ? WG[(i - 1) / 2] : 0);
  }
  return { x, wk, wg };
})();

export interface AdaptiveMesh {
  /** Nodes and Kronrod weights of the final mesh (the integral of anything is Σ w·f(x)). */
  x: Float64Array;
  w: Float64Array;
  /** Integrand values at the nodes, row-major: values[i·m + k] is component k at node i. */
  values: Float64Array;
  integral: number[];
  converged: boolean;
}

interface Piece {
  a: number;
  b: number;
  /** 15 rows of m integrand values. */
  vals: Float64Array;
  k: Float64Array;
  err: Float64Array;
}

/**
 * Integrates f: [a,b] → R^m adaptively; `f(x, out)` writes its m components into `out`.
 * A sub-interval is accepted when, for every component k, its share of the tolerance
 * max(absTol[k], relTol·|total_k|) bounds |K15 − G7|; otherwise it is bisected (up to maxIntervals).
 */
export function adaptiveKronrod(
  f: (x: number, out: Float64Array) => void,
  m: number,
  a: number,
  b: number,
  opts: { relTol?: number; absTol?: number[]; maxIntervals?: number; initial?: number } = {},
): AdaptiveMesh {
  const relTol = opts.relTol ?? 1e-10;
  const maxIntervals = opts.maxIntervals ?? 200;
  const buf = new Float64Array(m);
  const evalPiece = (lo: number, hi: number): Piece => {
    const h = 0.5 * (hi - lo);
    const c = 0.5 * (hi + lo);
    const vals = new Float64Array(15 * m);
    const k = new Float64Array(m);
    const g = new Float64Array(m);
    for (let i = 0; i < 15; i++) {
      f(c + h * KRONROD15.x[i], buf);
      vals.set(buf, i * m);
      const wk = KRONROD15.wk[i] * h;
      const wg = KRONROD15.wg[i] * h;
      for (let j = 0; j < m; j++) {
        k[j] += wk * buf[j];
        g[j] += wg * buf[j];
      }
    }
    const err = new Float64Array(m);
    for (let j = 0; j < m; j++) err[j] = Math.abs(k[j] - g[j]);
    return { a: lo, b: hi, vals, k, err };
  };
  const n0 = opts.initial ?? 1;
  let pieces: Piece[] = [];
  for (let i = 0; i < n0; i++) pieces.push(evalPiece(a + ((b - a) * i) / n0, a + ((b - a) * (i + 1)) / n0));
  let converged = false;
  const total = new Float64Array(m);
  const tol = new Float64Array(m);
  for (;;) {
    total.fill(0);
    for (const p of pieces) for (let j = 0; j < m; j++) total[j] += p.k[j];
    for (let j = 0; j < m; j++) tol[j] = Math.max(opts.absTol?.[j] ?? 0, relTol * Math.abs(total[j]));
    const isBad = (p: Piece) => {
      const share = Math.max((p.b - p.a) / (b - a), 1e-3);
      for (let j = 0; j < m; j++) if (p.err[j] > tol[j] * share) return true;
      return false;
    };
    const bad = pieces.map(isBad);
    const nBad = bad.filter(Boolean).length;
    if (nBad === 0) {
      converged = true;
      break;
    }
    if (pieces.length + nBad > maxIntervals) break;
    const next: Piece[] = [];
    pieces.forEach((p, i) => {
      if (!bad[i]) return void next.push(p);
      const mid = 0.5 * (p.a + p.b);
      next.push(evalPiece(p.a, mid), evalPiece(mid, p.b));
    });
    pieces = next;
  }
  const n = pieces.length * 15;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const values = new Float64Array(n * m);
  const integral = new Array<number>(m).fill(0);
  pieces.forEach((p, pi) => {
    const h = 0.5 * (p.b - p.a);
    const c = 0.5 * (p.b + p.a);
    for (let i = 0; i < 15; i++) {
      x[pi * 15 + i] = c + h * KRONROD15.x[i];
      w[pi * 15 + i] = KRONROD15.wk[i] * h;
    }
    values.set(p.vals, pi * 15 * m);
    for (let j = 0; j < m; j++) integral[j] += p.k[j];
  });
  return { x, w, values, integral, converged };
}
