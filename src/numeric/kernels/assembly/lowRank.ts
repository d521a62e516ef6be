// Products with a factorised matrix S = c·A Bᵀ (A rows×k, B cols×k, row-major, k small): the steps of gradient
// descent on the factors besides the passes over the tokens.

import { axpy, dot, fill } from './vec';

/** S (rows×cols, row-major) = c·A Bᵀ. */
export function productNT(A: usize, B: usize, rows: i32, cols: i32, k: i32, c: f64, S: usize): void {
  const kb = (<usize>k) << 3;
  for (let i: i32 = 0; i < rows; i++) {
    const ai = A + <usize>i * kb;
    const si = S + ((<usize>i * <usize>cols) << 3);
    for (let j: i32 = 0; j < cols; j++) store<f64>(si + ((<usize>j) << 3), c * dot(ai, B + <usize>j * kb, k));
  }
}

/** gA = c·G B (rows×k) and gB = c·Gᵀ A (cols×k), for G rows×cols. */
export function gradNT(G: usize, A: usize, B: usize, rows: i32, cols: i32, k: i32, c: f64, gA: usize, gB: usize): void {
  const kb = (<usize>k) << 3;
  fill(gA, 0, rows * k);
  fill(gB, 0, cols * k);
  for (let i: i32 = 0; i < rows; i++) {
    const ai = A + <usize>i * kb;
    const gai = gA + <usize>i * kb;
    const gi = G + ((<usize>i * <usize>cols) << 3);
    for (let j: i32 = 0; j < cols; j++) {
      const g = c * load<f64>(gi + ((<usize>j) << 3));
      if (g == 0) continue;
      axpy(gai, g, B + <usize>j * kb, k);
      axpy(gB + <usize>j * kb, g, ai, k);
    }
  }
}
