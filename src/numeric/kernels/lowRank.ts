import { instantiateKernels, Layout, type KernelBackend } from './module';

/**
 * A factorised matrix S = c·A Bᵀ (A rows×k, B cols×k, row-major) with the two products gradient descent on the
 * factors needs, in WebAssembly memory (or plain arrays). Write A and B (and G), call, read S or gA and gB.
 */
export interface LowRank {
  readonly backend: KernelBackend;
  readonly A: Float64Array;
  readonly B: Float64Array;
  /** c·A Bᵀ (rows×cols), written by `product`. */
  readonly S: Float64Array;
  /** The matrix the gradients are taken against (rows×cols). */
  readonly G: Float64Array;
  /** c·G B and c·Gᵀ A, written by `grad`. */
  readonly gA: Float64Array;
  readonly gB: Float64Array;
  product(c: number): void;
  grad(c: number): void;
}

export function createLowRank(rows: number, cols: number, k: number): LowRank {
  const L = new Layout();
  const p = {
    A: L.take(rows * k, 8),
    B: L.take(cols * k, 8),
    S: L.take(rows * cols, 8),
    G: L.take(rows * cols, 8),
    gA: L.take(rows * k, 8),
    gB: L.take(cols * k, 8),
  };
  const w = instantiateKernels(L.bytes);
  if (w) {
    const view = (at: number, n: number) => new Float64Array(w.buffer, at, n);
    const ex = w.exports;
    return {
      backend: 'wasm',
      A: view(p.A, rows * k),
      B: view(p.B, cols * k),
      S: view(p.S, rows * cols),
      G: view(p.G, rows * cols),
      gA: view(p.gA, rows * k),
      gB: view(p.gB, cols * k),
      product: (c) => ex.productNT(p.A, p.B, rows, cols, k, c, p.S),
      grad: (c) => ex.gradNT(p.G, p.A, p.B, rows, cols, k, c, p.gA, p.gB),
    };
  }
  const A = new Float64Array(rows * k);
  const B = new Float64Array(cols * k);
  const S = new Float64Array(rows * cols);
  const G = new Float64Array(rows * cols);
  const gA = new Float64Array(rows * k);
  const gB = new Float64Array(cols * k);
  return {
    backend: 'js',
    A,
    B,
    S,
    G,
    gA,
    gB,
    product: (c) => {
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          let s = 0;
          for (let a = 0; a < k; a++) s += A[i * k + a] * B[j * k + a];
          S[i * cols + j] = c * s;
        }
    },
    grad: (c) => {
      gA.fill(0);
      gB.fill(0);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const g = c * G[i * cols + j];
          if (g === 0) continue;
          for (let a = 0; a < k; a++) {
            gA[i * k + a] += g * B[j * k + a];
            gB[j * k + a] += g * A[i * k + a];
          }
        }
    },
  };
}
