/**
 * The two passes over the n·T×D token array that dominate AIM simulations. Sensing matrices are
 * never formed: Tr(Φ_ab M) = x_aᵀ M x_b for symmetric M, and Σ_ab G_ab x_a x_bᵀ is a sum of
 * rank-one updates. Four token rows are processed per sweep so that each element of the shared
 * D×D matrix is loaded (and, in `accumulateSymmetric`, stored) once for four products.
 */

import { instantiateKernels, type KernelBackend, Layout } from '../../../numeric/kernels/module';

const B = 4;

/**
 * out[μT² + aT + b] = x_aᵀ M x_b for every sample μ, with M symmetric D×D. `P` (n·T·D) receives
 * M x_a for every token row; callers reuse it across iterations to avoid allocation.
 */
export function quadraticForms(x: Float64Array, n: number, T: number, D: number, M: Float64Array, out: Float64Array, P: Float64Array): void {
  const rows = n * T;
  let row = 0;
  for (; row + B <= rows; row += B) {
    const o0 = row * D;
    const o1 = o0 + D;
    const o2 = o1 + D;
    const o3 = o2 + D;
    for (let i = 0; i < D; i++) {
      const mi = i * D;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = 0; k < D; k++) {
        const m = M[mi + k];
        s0 += m * x[o0 + k];
        s1 += m * x[o1 + k];
        s2 += m * x[o2 + k];
        s3 += m * x[o3 + k];
      }
      P[o0 + i] = s0;
      P[o1 + i] = s1;
      P[o2 + i] = s2;
      P[o3 + i] = s3;
    }
  }
  for (; row < rows; row++) {
    const o = row * D;
    for (let i = 0; i < D; i++) {
      const mi = i * D;
      let s = 0;
      for (let k = 0; k < D; k++) s += M[mi + k] * x[o + k];
      P[o + i] = s;
    }
  }
  for (let mu = 0; mu < n; mu++) {
    const base = mu * T;
    for (let a = 0; a < T; a++) {
      const oa = (base + a) * D;
      for (let b = a; b < T; b++) {
        const ob = (base + b) * D;
        let s = 0;
        for (let k = 0; k < D; k++) s += x[oa + k] * P[ob + k];
        out[mu * T * T + a * T + b] = s;
        out[mu * T * T + b * T + a] = s;
      }
    }
  }
}

/**
 * out += Σ_μ Σ_ab G^μ_ab x_a x_bᵀ for symmetric per-sample G (n·T·T, row-major), into the D×D
 * `out` (both triangles written). `Y` (n·T·D) is scratch for G x.
 */
export function accumulateSymmetric(x: Float64Array, n: number, T: number, D: number, G: Float64Array, out: Float64Array, Y: Float64Array): void {
  for (let mu = 0; mu < n; mu++) {
    const base = mu * T;
    const og = mu * T * T;
    for (let a = 0; a < T; a++) {
      const oy = (base + a) * D;
      for (let k = 0; k < D; k++) Y[oy + k] = 0;
      for (let b = 0; b < T; b++) {
        const gab = G[og + a * T + b];
        if (gab === 0) continue;
        const ox = (base + b) * D;
        for (let k = 0; k < D; k++) Y[oy + k] += gab * x[ox + k];
      }
    }
  }
  // The sum Σ_rows x_row Y_rowᵀ is symmetric: accumulate the upper triangle only, then mirror.
  const rows = n * T;
  let row = 0;
  for (; row + B <= rows; row += B) {
    const o0 = row * D;
    const o1 = o0 + D;
    const o2 = o1 + D;
    const o3 = o2 + D;
    for (let i = 0; i < D; i++) {
      const a0 = x[o0 + i];
      const a1 = x[o1 + i];
      const a2 = x[o2 + i];
      const a3 = x[o3 + i];
      const oi = i * D;
      for (let j = i; j < D; j++) out[oi + j] += a0 * Y[o0 + j] + a1 * Y[o1 + j] + a2 * Y[o2 + j] + a3 * Y[o3 + j];
    }
  }
  for (; row < rows; row++) {
    const o = row * D;
    for (let i = 0; i < D; i++) {
      const a = x[o + i];
      const oi = i * D;
      for (let j = i; j < D; j++) out[oi + j] += a * Y[o + j];
    }
  }
  for (let i = 0; i < D; i++) for (let j = i + 1; j < D; j++) out[j * D + i] = out[i * D + j];
}

/**
 * The two passes of a run over fixed tokens (n samples of T tokens of dimension D), in WebAssembly where it
 * works (a copy of the tokens in its memory, chunks of whole samples per call) and with the functions above
 * otherwise. Both compute in double precision and differ only in the order of their sums: the quadratic forms
 * and accumulated entries agree to about 1e-13 of Σ|terms| (the tests allow 1e-11).
 */
export interface TokenPasses {
  readonly backend: KernelBackend;
  /** out[μT² + aT + b] = x_aᵀ M x_b, as `quadraticForms` (M symmetric D×D). */
  forms(M: Float64Array, out: Float64Array): void;
  /** out += Σ_μ Σ_ab G^μ_ab x_a x_bᵀ, as `accumulateSymmetric` (G symmetric per sample; both triangles written). */
  accumulate(G: Float64Array, out: Float64Array): void;
}

const up = (v: number, k: number) => Math.ceil(v / k) * k;

/** Samples per call: whole samples whose rows make a multiple of eight, about 64 rows (their products stay in cache). */
function chunkSamples(T: number): number {
  let a = T;
  let b = 8;
  while (b) [a, b] = [b, a % b];
  const unit = 8 / a;
  return unit * Math.max(1, Math.floor(64 / (unit * T)));
}

export function createTokenPasses(x: Float64Array, n: number, T: number, D: number): TokenPasses {
  const TT = T * T;
  const rows = n * T;
  const d2 = up(D, 2);
  const C = chunkSamples(T);
  const L = new Layout();
  const p = {
    x: L.take(up(rows, 8) * d2, 8),
    M: L.take(d2 * d2, 8),
    P: L.take(C * T * d2, 8),
    G: L.take(n * TT, 8),
    out: L.take(n * TT, 8),
    acc: L.take(d2 * d2, 8),
  };
  let w: ReturnType<typeof instantiateKernels> = null;
  try {
    w = instantiateKernels(L.bytes);
  } catch {
    // A memory this large may be refused: the plain passes need no copy of the tokens.
    w = null;
  }
  if (!w) {
    const scratch = new Float64Array(rows * D);
    return {
      backend: 'js',
      forms: (M, out) => quadraticForms(x, n, T, D, M, out, scratch),
      accumulate: (G, out) => accumulateSymmetric(x, n, T, D, G, out, scratch),
    };
  }
  const ex = w.exports;
  const buf = w.buffer;
  const X = new Float64Array(buf, p.x, up(rows, 8) * d2);
  for (let r = 0; r < rows; r++) X.set(x.subarray(r * D, (r + 1) * D), r * d2);
  const M2 = new Float64Array(buf, p.M, d2 * d2);
  const G2 = new Float64Array(buf, p.G, n * TT);
  const out2 = new Float64Array(buf, p.out, n * TT);
  const acc = new Float64Array(buf, p.acc, d2 * d2);
  const rowBytes = 8 * d2;
  const each = (f: (xAt: number, count: number, s: number) => void) => {
    for (let s = 0; s < n; s += C) f(p.x + s * T * rowBytes, Math.min(C, n - s), s);
  };
  return {
    backend: 'wasm',
    forms: (M, out) => {
      for (let i = 0; i < D; i++) M2.set(M.subarray(i * D, (i + 1) * D), i * d2);
      each((xAt, count, s) => ex.pairForms(xAt, count, T, d2, p.M, p.P, p.out + 8 * s * TT));
      out.set(out2);
    },
    accumulate: (G, out) => {
      G2.set(G.subarray(0, n * TT));
      acc.fill(0);
      each((xAt, count, s) => ex.pairAccumulate(xAt, count, T, d2, p.G + 8 * s * TT, p.P, p.acc));
      for (let i = 0; i < D; i++) {
        out[i * D + i] += acc[i * d2 + i];
        for (let j = i + 1; j < D; j++) {
          const v = acc[i * d2 + j];
          out[i * D + j] += v;
          out[j * D + i] += v;
        }
      }
    },
  };
}
