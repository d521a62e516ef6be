// Passes over an n×m single-precision token array (AssemblyScript, 128-bit SIMD). Pointers are byte
// offsets into the imported memory; the JavaScript side lays the arrays out and owns them.
//
// Layout: rows come in tiles of four (n padded with zero rows), each row padded with
// zeros to m4, a multiple of four, and a tile is stored by chunks of four entries: entries 4c…4c+3 of row r
// of tile t are floats t·4·m4 + 16c + 4r … + 3. A chunk of a tile is one 64-byte cache line, read in order,
// and one pointer with constant offsets reaches all four rows.
//
// Products are formed in single precision (the tokens are single precision already) and summed in
// single precision over at most FLUSH elements, then in double precision: the error of a dot product
// stays at the level that rounding the shared vector to single precision already gives.

// Elements per lane summed in single precision before the partial sum joins the double-precision one.
const FLUSH: i32 = 128;

// @ts-ignore: decorator
@inline
function hsum(a: v128): f64 {
  const p = f64x2.promote_low_f32x4(f32x4.add(a, v128.shuffle<f32>(a, a, 2, 3, 0, 1)));
  return f64x2.extract_lane(p, 0) + f64x2.extract_lane(p, 1);
}

/**
 * out[r] = ⟨x_r, v⟩ for the four rows of the tile at x. Two chunks per step with one accumulator per row:
 * eight accumulators for eight rows would not fit in the sixteen vector registers beside their loads, and a
 * spilled accumulator puts a store and a load on its dependency chain.
 */
function dot4(x: usize, m4: i32, v: usize, out: usize): void {
  let d0: f64 = 0;
  let d1: f64 = 0;
  let d2: f64 = 0;
  let d3: f64 = 0;
  let p = x;
  let k: i32 = 0;
  const m8 = m4 & ~7;
  while (k < m8) {
    const kend = min(k + FLUSH, m8);
    let a0 = f32x4.splat(0);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    for (; k < kend; k += 8) {
      const q = v + ((<usize>k) << 2);
      const v0 = v128.load(q);
      const v1 = v128.load(q, 16);
      a0 = f32x4.add(a0, f32x4.add(f32x4.mul(v128.load(p), v0), f32x4.mul(v128.load(p, 64), v1)));
      a1 = f32x4.add(a1, f32x4.add(f32x4.mul(v128.load(p, 16), v0), f32x4.mul(v128.load(p, 80), v1)));
      a2 = f32x4.add(a2, f32x4.add(f32x4.mul(v128.load(p, 32), v0), f32x4.mul(v128.load(p, 96), v1)));
      a3 = f32x4.add(a3, f32x4.add(f32x4.mul(v128.load(p, 48), v0), f32x4.mul(v128.load(p, 112), v1)));
      p += 128;
    }
    d0 += hsum(a0);
    d1 += hsum(a1);
    d2 += hsum(a2);
    d3 += hsum(a3);
  }
  if (k < m4) {
    // One chunk left (m4 is a multiple of four, not of eight).
    const v0 = v128.load(v + ((<usize>k) << 2));
    d0 += hsum(f32x4.mul(v128.load(p), v0));
    d1 += hsum(f32x4.mul(v128.load(p, 16), v0));
    d2 += hsum(f32x4.mul(v128.load(p, 32), v0));
    d3 += hsum(f32x4.mul(v128.load(p, 48), v0));
  }
  store<f64>(out, d0);
  store<f64>(out, d1, 8);
  store<f64>(out, d2, 16);
  store<f64>(out, d3, 24);
}

/**
 * acc32 += Σ_r w[r]·x_r over the four rows of the tile at x, in single precision (w double precision). Eight
 * rows at once would need eight weights in registers beside eight loads, and the spills cost more than the
 * extra pass over acc32, which is small and stays in the first-level cache. Two chunks per turn of the loop:
 * the loop's own instructions (pointers, bound, the engine's interrupt check) are a third of a one-chunk turn.
 */
function acc4(x: usize, m4: i32, w: usize, acc32: usize): void {
  const w0 = f32x4.splat(<f32>load<f64>(w));
  const w1 = f32x4.splat(<f32>load<f64>(w, 8));
  const w2 = f32x4.splat(<f32>load<f64>(w, 16));
  const w3 = f32x4.splat(<f32>load<f64>(w, 24));
  let p = x;
  let a = acc32;
  const end = acc32 + ((<usize>m4) << 2);
  // m4 is a multiple of four: an odd number of chunks leaves one for after the loop.
  const end2 = end - ((<usize>(m4 & 4)) << 2);
  for (; a < end2; a += 32) {
    // A balanced sum keeps the dependency chain short.
    const t = f32x4.add(f32x4.add(f32x4.mul(v128.load(p), w0), f32x4.mul(v128.load(p, 16), w1)), f32x4.add(f32x4.mul(v128.load(p, 32), w2), f32x4.mul(v128.load(p, 48), w3)));
    const u = f32x4.add(f32x4.add(f32x4.mul(v128.load(p, 64), w0), f32x4.mul(v128.load(p, 80), w1)), f32x4.add(f32x4.mul(v128.load(p, 96), w2), f32x4.mul(v128.load(p, 112), w3)));
    v128.store(a, f32x4.add(v128.load(a), t));
    v128.store(a, f32x4.add(v128.load(a, 16), u), 16);
    p += 128;
  }
  if (a < end) {
    const t = f32x4.add(f32x4.add(f32x4.mul(v128.load(p), w0), f32x4.mul(v128.load(p, 16), w1)), f32x4.add(f32x4.mul(v128.load(p, 32), w2), f32x4.mul(v128.load(p, 48), w3)));
    v128.store(a, f32x4.add(v128.load(a), t));
  }
}

/** acc += acc32 in double precision, and acc32 = 0. */
function flush(acc32: usize, m4: i32, acc: usize): void {
  const zero = f32x4.splat(0);
  let a = acc;
  let b = acc32;
  const end = acc32 + ((<usize>m4) << 2);
  for (; b < end; b += 16) {
    const t = v128.load(b);
    v128.store(b, zero);
    v128.store(a, f64x2.add(v128.load(a), f64x2.promote_low_f32x4(t)));
    v128.store(a, f64x2.add(v128.load(a, 16), f64x2.promote_low_f32x4(v128.shuffle<f32>(t, t, 2, 3, 0, 1))), 16);
    a += 32;
  }
}

// Tiles summed in single precision before the sum joins the double-precision accumulator (32 rows: as many
// terms per entry as a dot product sums per lane in single precision).
const ACC_FLUSH: i32 = 8;

/** dots[μ] = ⟨X_μ, v⟩ for the rows of `tiles` tiles from x (v single precision, m4 entries; dots double). */
export function dotTiles(x: usize, tiles: i32, m4: i32, v: usize, dots: usize): void {
  const stride = (<usize>m4) << 4;
  for (let t: i32 = 0; t < tiles; t++) dot4(x + <usize>t * stride, m4, v, dots + ((<usize>t) << 5));
}

/**
 * acc += Σ_μ w[μ]·X_μ over the rows of `tiles` tiles from x (w and acc double precision; acc32, m4 floats of
 * zeros, is scratch and left zero).
 */
export function accumulateTiles(x: usize, tiles: i32, m4: i32, w: usize, acc: usize, acc32: usize): void {
  const stride = (<usize>m4) << 4;
  for (let t: i32 = 0; t < tiles; t++) {
    acc4(x + <usize>t * stride, m4, w + ((<usize>t) << 5), acc32);
    if ((t + 1) % ACC_FLUSH == 0 || t == tiles - 1) flush(acc32, m4, acc);
  }
}

/**
 * Both passes over `tiles` tiles, tile by tile while each is in cache (a tile of four rows of up to 2000 entries
 * stays in the first-level cache between its two uses): dots[μ] = ⟨X_μ, v⟩, w[μ] = a·dots[μ] + b[μ], then
 * acc += Σ_μ w[μ]·X_μ. The weights of GAMP-RIE and of gradient descent are affine in the dots.
 */
export function fusedTiles(x: usize, tiles: i32, m4: i32, v: usize, a: f64, b: usize, dots: usize, w: usize, acc: usize, acc32: usize): void {
  const stride = (<usize>m4) << 4;
  for (let t: i32 = 0; t < tiles; t++) {
    const xt = x + <usize>t * stride;
    const o = (<usize>t) << 5;
    dot4(xt, m4, v, dots + o);
    for (let r: usize = 0; r < 32; r += 8) store<f64>(w + o + r, a * load<f64>(dots + o + r) + load<f64>(b + o + r));
    acc4(xt, m4, w + o, acc32);
    if ((t + 1) % ACC_FLUSH == 0 || t == tiles - 1) flush(acc32, m4, acc);
  }
}
