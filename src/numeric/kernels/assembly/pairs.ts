// The two passes of the attention-indexed model over its double-precision tokens (n samples of T tokens of
// dimension D): the quadratic forms x_aᵀ M x_b of each sample's tokens, and Σ_μ Σ_ab G^μ_ab x_a x_bᵀ. Tokens
// are rows of d2 entries (D padded with zeros to an even number), rows padded with zero rows to a multiple of
// eight; a call handles a chunk of whole samples whose rows start at a multiple of eight, so that its products
// of the tokens (scratch P, a few tens of rows) are still in cache when they are used.
//
// Double precision throughout, like the plain JavaScript passes: only the order of the sums differs.

// @ts-ignore: decorator
@inline
function hsum2(a: v128): f64 {
  return f64x2.extract_lane(a, 0) + f64x2.extract_lane(a, 1);
}

/** Σ x_k y_k over d2 entries (d2 even). */
function dot2(x: usize, y: usize, d2: i32): f64 {
  let a0 = f64x2.splat(0);
  let a1 = a0;
  const end = (<usize>d2) << 3;
  let k: usize = 0;
  for (; k + 32 <= end; k += 32) {
    a0 = f64x2.add(a0, f64x2.mul(v128.load(x + k), v128.load(y + k)));
    a1 = f64x2.add(a1, f64x2.mul(v128.load(x + k, 16), v128.load(y + k, 16)));
  }
  if (k < end) a0 = f64x2.add(a0, f64x2.mul(v128.load(x + k), v128.load(y + k)));
  return hsum2(f64x2.add(a0, a1));
}

/**
 * P_r = M x_r for the eight rows from x (M symmetric d2×d2, so entry i is the dot of row i of M with x_r): each
 * row of M is read once for eight products, and eight accumulators hide the latency of the additions.
 */
function mulRows8(x: usize, d2: i32, M: usize, P: usize): void {
  const rb = (<usize>d2) << 3;
  const x1 = x + rb;
  const x2 = x1 + rb;
  const x3 = x2 + rb;
  const x4 = x3 + rb;
  const x5 = x4 + rb;
  const x6 = x5 + rb;
  const x7 = x6 + rb;
  for (let i: i32 = 0; i < d2; i++) {
    const mi = M + <usize>i * rb;
    let a0 = f64x2.splat(0);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    let a4 = a0;
    let a5 = a0;
    let a6 = a0;
    let a7 = a0;
    for (let k: usize = 0; k < rb; k += 16) {
      const m = v128.load(mi + k);
      a0 = f64x2.add(a0, f64x2.mul(v128.load(x + k), m));
      a1 = f64x2.add(a1, f64x2.mul(v128.load(x1 + k), m));
      a2 = f64x2.add(a2, f64x2.mul(v128.load(x2 + k), m));
      a3 = f64x2.add(a3, f64x2.mul(v128.load(x3 + k), m));
      a4 = f64x2.add(a4, f64x2.mul(v128.load(x4 + k), m));
      a5 = f64x2.add(a5, f64x2.mul(v128.load(x5 + k), m));
      a6 = f64x2.add(a6, f64x2.mul(v128.load(x6 + k), m));
      a7 = f64x2.add(a7, f64x2.mul(v128.load(x7 + k), m));
    }
    const o = P + ((<usize>i) << 3);
    store<f64>(o, hsum2(a0));
    store<f64>(o + rb, hsum2(a1));
    store<f64>(o + 2 * rb, hsum2(a2));
    store<f64>(o + 3 * rb, hsum2(a3));
    store<f64>(o + 4 * rb, hsum2(a4));
    store<f64>(o + 5 * rb, hsum2(a5));
    store<f64>(o + 6 * rb, hsum2(a6));
    store<f64>(o + 7 * rb, hsum2(a7));
  }
}

/**
 * out[sT² + aT + b] = x_aᵀ M x_b for the `samples` samples whose tokens start at x (both triangles written);
 * P holds up(samples·T, 8) rows of scratch.
 */
export function pairForms(x: usize, samples: i32, T: i32, d2: i32, M: usize, P: usize, out: usize): void {
  const rb = (<usize>d2) << 3;
  const rows = samples * T;
  for (let r: i32 = 0; r < rows; r += 8) mulRows8(x + <usize>r * rb, d2, M, P + <usize>r * rb);
  for (let s: i32 = 0; s < samples; s++) {
    const row = s * T;
    const o = out + ((<usize>(s * T * T)) << 3);
    for (let a: i32 = 0; a < T; a++) {
      const xa = x + <usize>(row + a) * rb;
      for (let b: i32 = a; b < T; b++) {
        const v = dot2(xa, P + <usize>(row + b) * rb, d2);
        store<f64>(o + ((<usize>(a * T + b)) << 3), v);
        store<f64>(o + ((<usize>(b * T + a)) << 3), v);
      }
    }
  }
}

/**
 * acc (d2×d2, upper triangle and the entries left of it in its pair of columns) += Σ_r x_r Y_rᵀ over the eight
 * rows from x and Y: each entry of acc is loaded and stored once for eight products.
 */
function rankUpdate8(x: usize, Y: usize, d2: i32, acc: usize): void {
  const rb = (<usize>d2) << 3;
  for (let i: i32 = 0; i < d2; i++) {
    const xi = x + ((<usize>i) << 3);
    const c0 = f64x2.splat(load<f64>(xi));
    const c1 = f64x2.splat(load<f64>(xi + rb));
    const c2 = f64x2.splat(load<f64>(xi + 2 * rb));
    const c3 = f64x2.splat(load<f64>(xi + 3 * rb));
    const c4 = f64x2.splat(load<f64>(xi + 4 * rb));
    const c5 = f64x2.splat(load<f64>(xi + 5 * rb));
    const c6 = f64x2.splat(load<f64>(xi + 6 * rb));
    const c7 = f64x2.splat(load<f64>(xi + 7 * rb));
    const ai = acc + <usize>i * rb;
    // From the even column at or left of the diagonal: one aligned pair more than the triangle needs.
    for (let k: usize = (<usize>(i & ~1)) << 3; k < rb; k += 16) {
      const y = Y + k;
      const s0 = f64x2.add(f64x2.mul(c0, v128.load(y)), f64x2.mul(c1, v128.load(y + rb)));
      const s1 = f64x2.add(f64x2.mul(c2, v128.load(y + 2 * rb)), f64x2.mul(c3, v128.load(y + 3 * rb)));
      const s2 = f64x2.add(f64x2.mul(c4, v128.load(y + 4 * rb)), f64x2.mul(c5, v128.load(y + 5 * rb)));
      const s3 = f64x2.add(f64x2.mul(c6, v128.load(y + 6 * rb)), f64x2.mul(c7, v128.load(y + 7 * rb)));
      v128.store(ai + k, f64x2.add(v128.load(ai + k), f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3))));
    }
  }
}

/**
 * acc += Σ_s Σ_ab G^s_ab x_a x_bᵀ for the `samples` samples whose tokens start at x and whose T×T weights
 * (symmetric) start at G: Y_a = Σ_b G_ab x_b for each token (scratch Y, up(samples·T, 8) rows, padding rows set
 * to zero), then the rank-one updates x_a Y_aᵀ, into the upper triangle of acc only (the sum is symmetric).
 */
export function pairAccumulate(x: usize, samples: i32, T: i32, d2: i32, G: usize, Y: usize, acc: usize): void {
  const rb = (<usize>d2) << 3;
  const rows = samples * T;
  const rows8 = (rows + 7) & ~7;
  const zero = f64x2.splat(0);
  for (let s: i32 = 0; s < samples; s++) {
    const row = s * T;
    const g = G + ((<usize>(s * T * T)) << 3);
    for (let a: i32 = 0; a < T; a++) {
      const ya = Y + <usize>(row + a) * rb;
      for (let k: usize = 0; k < rb; k += 16) v128.store(ya + k, zero);
      for (let b: i32 = 0; b < T; b++) {
        const gab = load<f64>(g + ((<usize>(a * T + b)) << 3));
        if (gab == 0) continue;
        const wv = f64x2.splat(gab);
        const xb = x + <usize>(row + b) * rb;
        for (let k: usize = 0; k < rb; k += 16) v128.store(ya + k, f64x2.add(v128.load(ya + k), f64x2.mul(wv, v128.load(xb + k))));
      }
    }
  }
  for (let r: i32 = rows; r < rows8; r++) {
    const yr = Y + <usize>r * rb;
    for (let k: usize = 0; k < rb; k += 16) v128.store(yr + k, zero);
  }
  for (let r: i32 = 0; r < rows8; r += 8) rankUpdate8(x + <usize>r * rb, Y + <usize>r * rb, d2, acc);
}
