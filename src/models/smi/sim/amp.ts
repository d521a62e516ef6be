import { createGaussian, deriveSeed } from '../../../numeric/random/gaussian';
import type { Outcome, RunResult } from '../../contract';
import { DEFAULT_QUADRATURE, channelMoments, type SmiQuadrature } from '../theory/channel';
import { channelMoments3, innerNodes } from '../theory/channel3';
import { attention, threeLayerPre } from '../theory/link';
import { gridFor, M, posteriorMoments } from '../theory/posterior';
import { M3, posteriorMoments3 } from '../theory/posterior3';

/**
 * GAMP for the SMI with two or three layers on a seeded instance: teacher rows w_ℓ ∈ ℝ^D with i.i.d. N(0, 1)
 * entries, n = round(αD) sequences of M = 2 tokens x_{μ,t} ∈ ℝ^D, labels y_μ = g(w₁x_μ/√D, …). The labels are
 * kept as u_μ = A(z₁)z₂, which y determines up to a sign the channel never uses (the posterior sums ±u);
 * this avoids inverting a softmax that rounds to 0 or 1 for large |u|.
 *
 * The variances are kept diagonal in the layer index (V = diag(V₁, V₂)): the off-diagonal entries vanish
 * by the z_ℓ → −z_ℓ symmetry as D → ∞ and keeping them would couple the prior of z₁ and z₂ in the 2-D
 * posterior integral.
 */

export interface GampOptions {
  /** 2 (default) or 3; three layers use the importance-sampled 4-D posterior of posterior3.ts */
  layers?: number;
  /** three layers: base nodes of each sample's posterior (default 1024, used with their four reflections) */
  innerNodes?: number;
  D: number;
  alpha: number;
  /** skip-connection strength c of A(z) = softmax(zzᵀ) + c·I */
  skip: number;
  seed: number;
  /**
   * Weight of the previous iterate (default 0). Damping ŵ and V leaves the Onsager term out of step with
   * the estimate: at D = 300–400, α = 1.2, even 0.2 keeps the first layer from ever being learned (cos² stays
   * below 0.05), while undamped runs learn it (cos² 0.9–0.97 after 33 iterations).
   */
  damping?: number;
  maxIter?: number;
  /** stop when the estimates move less than this (RMS per coordinate) */
  tol?: number;
  /** variance of the random start ŵ₀ ~ N(0, init·I) */
  init?: number;
  /** also iterate the state evolution from the measured initial overlaps */
  withSE?: boolean;
  seQuadrature?: SmiQuadrature;
  onIteration?: (it: GampIteration) => void;
}

export interface GampIteration {
  iteration: number;
  /** per layer: |m_ℓ|/√(q_ℓ·‖w_ℓ‖²/D), the cosine between estimate and teacher */
  cosine: number[];
  /** per layer: q_ℓ = ‖ŵ_ℓ‖²/D */
  q: number[];
  /** per layer: m_ℓ = ŵ_ℓ·w_ℓ/D (sign-aligned) */
  m: number[];
  /** per layer: the state-evolution overlap Q_ℓℓ at this iteration (NaN without withSE) */
  se: number[];
}

export interface GampResult extends RunResult<GampIteration> {
  /** number of sequences, round(αD) */
  n: number;
}

export function runGamp(opts: GampOptions): GampResult {
  const t0 = Date.now();
  const { D, alpha, seed } = opts;
  const c = opts.skip;
  const damping = opts.damping ?? 0;
  const maxIter = opts.maxIter ?? 40;
  const tol = opts.tol ?? 1e-5;
  const init = opts.init ?? 0.05;
  if (!(Number.isInteger(D) && D >= 2)) throw new RangeError(`D must be an integer ≥ 2 (got ${D})`);
  if (!(alpha > 0)) throw new RangeError(`alpha must be > 0 (got ${alpha})`);
  if (!(c >= 0)) throw new RangeError(`the skip strength must be ≥ 0 (got ${c})`);
  if (!(damping >= 0 && damping < 1)) throw new RangeError(`damping must lie in [0, 1) (got ${damping})`);
  const L = opts.layers ?? 2;
  if (L !== 2 && L !== 3) throw new RangeError(`only two or three layers are supported (got ${L})`);
  if (L === 3 && !(c > 0)) throw new RangeError(`three layers need a skip strength c > 0 (got ${c})`);
  const n = Math.max(1, Math.round(alpha * D));
  const sq = Math.sqrt(D);

  const gt = createGaussian(deriveSeed(seed, 0));
  const w = Array.from({ length: L }, () => new Float64Array(D));
  for (const v of w) for (let i = 0; i < D; i++) v[i] = gt();
  // x[(μ·2 + t)·D + i]
  const x = new Float64Array(n * 2 * D);
  for (let i = 0; i < x.length; i++) x[i] = gt();
  const u = new Float64Array(n * 2);
  const proj = (v: Float64Array, row: number) => {
    let s = 0;
    const o = row * D;
    for (let i = 0; i < D; i++) s += v[i] * x[o + i];
    return s / sq;
  };
  for (let mu = 0; mu < n; mu++) {
    const z = w.map((v): [number, number] => [proj(v, 2 * mu), proj(v, 2 * mu + 1)]);
    if (L === 3) {
      const p = threeLayerPre(z[0], z[1], z[2], c).u;
      u[2 * mu] = p[0];
      u[2 * mu + 1] = p[1];
    } else {
      const A = attention(z[0][0], z[0][1], c);
      u[2 * mu] = A[0] * z[1][0] + A[1] * z[1][1];
      u[2 * mu + 1] = A[2] * z[1][0] + A[3] * z[1][1];
    }
  }
  const norm2 = w.map((v) => v.reduce((s, a) => s + a * a, 0) / D);

  const gi = createGaussian(deriveSeed(seed, 1));
  const wh = Array.from({ length: L }, () => new Float64Array(D));
  for (const v of wh) for (let i = 0; i < D; i++) v[i] = Math.sqrt(init) * gi();
  const V = new Array<number>(L).fill(1 - init);
  const g = Array.from({ length: L }, () => new Float64Array(n * 2));
  const omega = Array.from({ length: L }, () => new Float64Array(n * 2));
  const iterations: GampIteration[] = [];

  const overlaps = (): Pick<GampIteration, 'cosine' | 'q' | 'm'> => {
    const q: number[] = [];
    const m: number[] = [];
    const cos: number[] = [];
    for (let l = 0; l < L; l++) {
      let a = 0;
      let b = 0;
      for (let i = 0; i < D; i++) {
        a += wh[l][i] * w[l][i];
        b += wh[l][i] * wh[l][i];
      }
      m.push(Math.abs(a) / D);
      q.push(b / D);
      cos.push(q[l] > 0 ? m[l] / Math.sqrt(q[l] * norm2[l]) : 0);
    }
    return { cosine: cos, q, m };
  };
  let se = new Array<number>(L).fill(NaN);
  const withSE = opts.withSE ?? false;
  const seQuad = opts.seQuadrature ?? { outer: 256, refine: DEFAULT_QUADRATURE.refine };
  const first = overlaps();
  if (withSE) se = first.m.map((m, l) => Math.min(0.999, m ** 2 / Math.max(first.q[l], 1e-300)));
  const record = (it: number, ov: Pick<GampIteration, 'cosine' | 'q' | 'm'>) => {
    const r: GampIteration = { iteration: it, ...ov, se: se.slice() };
    iterations.push(r);
    opts.onIteration?.(r);
  };
  record(0, first);

  const done = (outcome: Outcome, message: string): GampResult => ({ outcome, message, n, iterations, millis: Date.now() - t0 });

  // Per-sample posterior: mean and second moment of each layer's two projections, at offsets 5ℓ and 5ℓ + 2
  // (the layout of posterior3.ts; the two-layer grid's moments are copied into it).
  const mom = new Float64Array(M3.size);
  const mom2 = new Float64Array(M.size);
  const nodes = L === 3 ? innerNodes(opts.innerNodes ?? 1024) : null;
  const wbuf = new Float64Array(6);
  // The two-layer grid depends on V only: set once per iteration.
  let rule = gridFor(V[0], V[1], DEFAULT_QUADRATURE.refine);
  const posterior = (r0: number): boolean => {
    if (nodes) {
      for (let l = 0; l < 3; l++) {
        wbuf[2 * l] = omega[l][r0];
        wbuf[2 * l + 1] = omega[l][r0 + 1];
      }
      return posteriorMoments3(u[r0], u[r0 + 1], wbuf, V[0], V[1], V[2], c, nodes, mom) > 0;
    }
    const ok = posteriorMoments(u[r0], u[r0 + 1], omega[0][r0], omega[0][r0 + 1], V[0], omega[1][r0], omega[1][r0 + 1], V[1], c, rule, mom2);
    for (let t = 0; t < 2; t++) {
      mom[t] = mom2[M.z1 + t];
      mom[2 + t] = mom2[M.z1z1 + t];
      mom[5 + t] = mom2[M.z2 + t];
      mom[7 + t] = mom2[M.z2z2 + t];
    }
    return ok;
  };

  for (let it = 1; it <= maxIter; it++) {
    if (!nodes) rule = gridFor(V[0], V[1], DEFAULT_QUADRATURE.refine);
    for (let l = 0; l < L; l++) for (let r = 0; r < 2 * n; r++) omega[l][r] = proj(wh[l], r) - V[l] * g[l][r];
    const dsum = new Array<number>(L).fill(0);
    for (let mu = 0; mu < n; mu++) {
      const r0 = 2 * mu;
      if (!posterior(r0)) return done('failed', `iteration ${it}: the posterior of sample ${mu} has no mass on the quadrature nodes`);
      for (let l = 0; l < L; l++)
        for (let t = 0; t < 2; t++) {
          const mean = mom[5 * l + t];
          g[l][r0 + t] = (mean - omega[l][r0 + t]) / V[l];
          dsum[l] += (mom[5 * l + 2 + t] - mean ** 2 - V[l]) / (V[l] * V[l]);
        }
    }
    let move = 0;
    for (let l = 0; l < L; l++) {
      const A = -dsum[l] / D;
      if (!(A > -1) || !Number.isFinite(A)) return done('diverged', `iteration ${it}: layer ${l + 1} precision 1 + A = ${1 + A} is not positive`);
      const b = new Float64Array(D);
      for (let r = 0; r < 2 * n; r++) {
        const gr = g[l][r] / sq;
        const o = r * D;
        for (let i = 0; i < D; i++) b[i] += gr * x[o + i];
      }
      for (let i = 0; i < D; i++) {
        const next = (b[i] + A * wh[l][i]) / (1 + A);
        const v = damping * wh[l][i] + (1 - damping) * next;
        move += (v - wh[l][i]) ** 2;
        wh[l][i] = v;
      }
      V[l] = Math.max(1e-4, damping * V[l] + (1 - damping) / (1 + A));
    }
    const ov = overlaps();
    if (!ov.q.every(Number.isFinite) || !Number.isFinite(move)) return done('diverged', `iteration ${it}: the estimates are not finite`);
    if (withSE) {
      const F =
        L === 3
          ? channelMoments3(c, se.map((q) => Math.min(0.9995, q)) as [number, number, number], { outer: seQuad.outer, inner: 256 }).F
          : (({ F1, F2 }) => [F1, F2])(channelMoments(c, se[0], se[1], seQuad));
      se = se.map((q, l) => {
        const h = alpha * F[l];
        return Math.min(0.9995, Math.max(0, damping * q + (1 - damping) * (h / (1 + h))));
      });
    }
    record(it, ov);
    if (Math.sqrt(move / (L * D)) < tol) return done('converged', `converged after ${it} iterations`);
  }
  return done('max-iter', `stopped after ${maxIter} iterations without converging`);
}
