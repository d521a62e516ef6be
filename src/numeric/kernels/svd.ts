import { Matrix, SVD } from 'ml-matrix';
import { instantiateKernels, kernelBackend, Layout, type KernelBackend, type KernelExports } from './module';

/**
 * A spectral function of a rectangular matrix: Y = U Σ Vᵀ (thin SVD) ↦ U diag(f(σ)) Vᵀ, with f chosen by the
 * caller from the singular values. In WebAssembly (Golub–Kahan–Reinsch with SIMD inner loops: no maintained npm
 * package offers an SVD compiled to WebAssembly), else with ml-matrix's SVD in JavaScript. The two agree to a
 * few units in the 13th digit of the largest singular value (see the tests).
 */
export interface SpectralResult {
  /** U diag(f) Vᵀ, rows×cols, row-major. */
  out: Float64Array;
  /** The singular values, in decreasing order (min(rows, cols) of them). */
  singularValues: Float64Array;
  backend: KernelBackend;
}

interface Arena {
  rows: number;
  cols: number;
  ex: KernelExports;
  buf: ArrayBuffer;
  p: Record<'at' | 's' | 'e' | 'work' | 'U' | 'V' | 'f' | 'out', number>;
}

// The arena of the last size used: a run calls the decomposition once per iteration at one size.
let arena: Arena | null = null;

function arenaFor(rows: number, cols: number): Arena | null {
  if (arena && arena.rows === rows && arena.cols === cols) return arena;
  const m = Math.max(rows, cols);
  const n = Math.min(rows, cols);
  const L = new Layout();
  const p = {
    at: L.take(n * m, 8),
    s: L.take(n + 1, 8),
    e: L.take(n + 1, 8),
    work: L.take(m, 8),
    U: L.take(n * m, 8),
    V: L.take(n * n, 8),
    f: L.take(n, 8),
    out: L.take(rows * cols, 8),
  };
  const k = instantiateKernels(L.bytes);
  if (!k) return null;
  arena = { rows, cols, ex: k.exports, buf: k.buffer, p };
  return arena;
}

export function spectralMap(Y: ArrayLike<number>, rows: number, cols: number, f: (singularValues: Float64Array) => ArrayLike<number>): SpectralResult {
  const a = kernelBackend() === 'wasm' ? arenaFor(rows, cols) : null;
  return a ? wasmMap(a, Y, f) : jsMap(Y, rows, cols, f);
}

function wasmMap(a: Arena, Y: ArrayLike<number>, f: (s: Float64Array) => ArrayLike<number>): SpectralResult {
  const { rows, cols, ex, buf, p } = a;
  const m = Math.max(rows, cols);
  const n = Math.min(rows, cols);
  const at = new Float64Array(buf, p.at, n * m);
  // Stored by columns of A = Y (rows ≥ cols) or A = Yᵀ (rows < cols), so that m ≥ n.
  if (rows >= cols) {
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) at[j * m + i] = Y[i * cols + j];
  } else {
    for (let i = 0; i < rows * cols; i++) at[i] = Y[i];
  }
  ex.svd(p.at, m, n, p.s, p.e, p.work, p.U, p.V);
  const singularValues = new Float64Array(buf, p.s, n).slice();
  const shrunk = f(singularValues);
  new Float64Array(buf, p.f, n).set(Array.from({ length: n }, (_, i) => shrunk[i]));
  // Rows of U are A's left singular vectors, rows of V its right ones.
  if (rows >= cols) ex.weightedOuter(p.U, rows, p.V, cols, p.f, n, p.out);
  else ex.weightedOuter(p.V, rows, p.U, cols, p.f, n, p.out);
  return { out: new Float64Array(buf, p.out, rows * cols).slice(), singularValues, backend: 'wasm' };
}

function jsMap(Y: ArrayLike<number>, rows: number, cols: number, f: (s: Float64Array) => ArrayLike<number>): SpectralResult {
  const M = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) M.set(i, j, Y[i * cols + j]);
  const svd = new SVD(M, { computeLeftSingularVectors: true, computeRightSingularVectors: true, autoTranspose: true });
  const k = Math.min(rows, cols);
  const singularValues = Float64Array.from(svd.diagonal.slice(0, k));
  const shrunk = f(singularValues);
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const out = new Float64Array(rows * cols);
  for (let a = 0; a < k; a++) {
    const fa = shrunk[a];
    if (fa === 0) continue;
    const u = U.getColumn(a);
    const v = V.getColumn(a);
    for (let i = 0; i < rows; i++) {
      const ui = u[i] * fa;
      const row = i * cols;
      for (let j = 0; j < cols; j++) out[row + j] += ui * v[j];
    }
  }
  return { out, singularValues, backend: 'js' };
}
