// Products with a factorised matrix S = c·A Bᵀ (A rows×k, B cols×k, row-major, k small): the steps of gradient
// descent on the factors besides the passes over the tokens.

import { axpy, dot, fill } from './vec';

/**
 * S (rows×cols, row-major) = c·A Bᵀ. Where k is a multiple of four, two entries of S per turn: each row of A
 * loaded once for both, and the two sums reduced across lanes by one shuffle and one add, with no call per
 * entry; each entry is summed in the order dot sums it, so S is the same to the last bit.
 */
export function productNT(A: usize, B: usize, rows: i32, cols: i32, k: i32, c: f64, S: usize): void {
  const kb = (<usize>k) << 3;
  const kb4 = (<usize>(k & ~3)) << 3;
  const pairs = (k & 3) == 0 ? cols & ~1 : 0;
  const vc = f64x2.splat(c);
  for (let i: i32 = 0; i < rows; i++) {
    const ai = A + <usize>i * kb;
    const si = S + ((<usize>i * <usize>cols) << 3);
    let j: i32 = 0;
    for (; j < pairs; j += 2) {
      const bj = B + <usize>j * kb;
      const bk = bj + kb;
      let a0 = f64x2.splat(0);
      let a1 = a0;
      let b0 = a0;
      let b1 = a0;
      for (let o: usize = 0; o < kb4; o += 32) {
        const x0 = v128.load(ai + o);
        const x1 = v128.load(ai + o, 16);
        a0 = f64x2.add(a0, f64x2.mul(x0, v128.load(bj + o)));
        a1 = f64x2.add(a1, f64x2.mul(x1, v128.load(bj + o, 16)));
        b0 = f64x2.add(b0, f64x2.mul(x0, v128.load(bk + o)));
        b1 = f64x2.add(b1, f64x2.mul(x1, v128.load(bk + o, 16)));
      }
      const sa = f64x2.add(a0, a1);
      const sb = f64x2.add(b0, b1);
      const r = f64x2.add(v128.shuffle<f64>(sa, sb, 0, 2), v128.shuffle<f64>(sa, sb, 1, 3));
      v128.store(si + ((<usize>j) << 3), f64x2.mul(vc, r));
    }
    for (; j < cols; j++) store<f64>(si + ((<usize>j) << 3), c * dot(ai, B + <usize>j * kb, k));
  }
}

/**
 * gA = c·G B (rows×k) and gB = c·Gᵀ A (cols×k), for G rows×cols. Eight columns of the factors at a time: row i
 * of gA and of A stay in registers through the sweep over j, instead of an update of gA's row in memory for
 * every entry of G (a chain of stores and loads that held a step of width 8 at d = 40 to 2 GFLOP/s). The sums
 * are taken in the same order as one update per entry would take them.
 */
export function gradNT(G: usize, A: usize, B: usize, rows: i32, cols: i32, k: i32, c: f64, gA: usize, gB: usize): void {
  const kb = (<usize>k) << 3;
  const k8 = k & ~7;
  fill(gA, 0, rows * k);
  fill(gB, 0, cols * k);
  for (let i: i32 = 0; i < rows; i++) {
    const ai = A + <usize>i * kb;
    const gai = gA + <usize>i * kb;
    const gi = G + ((<usize>i * <usize>cols) << 3);
    for (let kk: i32 = 0; kk < k8; kk += 8) {
      const off = (<usize>kk) << 3;
      const a0 = v128.load(ai + off);
      const a1 = v128.load(ai + off, 16);
      const a2 = v128.load(ai + off, 32);
      const a3 = v128.load(ai + off, 48);
      let s0 = f64x2.splat(0);
      let s1 = s0;
      let s2 = s0;
      let s3 = s0;
      for (let j: i32 = 0; j < cols; j++) {
        const g = c * load<f64>(gi + ((<usize>j) << 3));
        if (g == 0) continue;
        const gv = f64x2.splat(g);
        const bj = B + <usize>j * kb + off;
        const gbj = gB + <usize>j * kb + off;
        s0 = f64x2.add(s0, f64x2.mul(gv, v128.load(bj)));
        s1 = f64x2.add(s1, f64x2.mul(gv, v128.load(bj, 16)));
        s2 = f64x2.add(s2, f64x2.mul(gv, v128.load(bj, 32)));
        s3 = f64x2.add(s3, f64x2.mul(gv, v128.load(bj, 48)));
        v128.store(gbj, f64x2.add(v128.load(gbj), f64x2.mul(gv, a0)));
        v128.store(gbj, f64x2.add(v128.load(gbj, 16), f64x2.mul(gv, a1)), 16);
        v128.store(gbj, f64x2.add(v128.load(gbj, 32), f64x2.mul(gv, a2)), 32);
        v128.store(gbj, f64x2.add(v128.load(gbj, 48), f64x2.mul(gv, a3)), 48);
      }
      v128.store(gai + off, s0);
      v128.store(gai + off, s1, 16);
      v128.store(gai + off, s2, 32);
      v128.store(gai + off, s3, 48);
    }
    if (k8 == k) continue;
    // The last k mod 8 columns, one update per entry of G.
    const off = (<usize>k8) << 3;
    for (let j: i32 = 0; j < cols; j++) {
      const g = c * load<f64>(gi + ((<usize>j) << 3));
      if (g == 0) continue;
      axpy(gai + off, g, B + <usize>j * kb + off, k - k8);
      axpy(gB + <usize>j * kb + off, g, ai + off, k - k8);
    }
  }
}
