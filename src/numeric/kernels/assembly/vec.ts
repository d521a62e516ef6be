// Double-precision vector operations on contiguous arrays (byte offsets), two lanes at a time.

// @ts-ignore: decorator
@inline
export function at(p: usize, i: i32): usize {
  return p + ((<usize>i) << 3);
}

/** Σ x_i y_i for i < len. */
export function dot(x: usize, y: usize, len: i32): f64 {
  let a0 = f64x2.splat(0);
  let a1 = a0;
  let i: i32 = 0;
  for (; i + 4 <= len; i += 4) {
    const o = (<usize>i) << 3;
    a0 = f64x2.add(a0, f64x2.mul(v128.load(x + o), v128.load(y + o)));
    a1 = f64x2.add(a1, f64x2.mul(v128.load(x + o, 16), v128.load(y + o, 16)));
  }
  a0 = f64x2.add(a0, a1);
  let s = f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1);
  for (; i < len; i++) s += load<f64>(at(x, i)) * load<f64>(at(y, i));
  return s;
}

/** y += a·x for i < len. */
export function axpy(y: usize, a: f64, x: usize, len: i32): void {
  const va = f64x2.splat(a);
  let i: i32 = 0;
  for (; i + 4 <= len; i += 4) {
    const o = (<usize>i) << 3;
    v128.store(y + o, f64x2.add(v128.load(y + o), f64x2.mul(va, v128.load(x + o))));
    v128.store(y + o, f64x2.add(v128.load(y + o, 16), f64x2.mul(va, v128.load(x + o, 16))), 16);
  }
  for (; i < len; i++) store<f64>(at(y, i), load<f64>(at(y, i)) + a * load<f64>(at(x, i)));
}

/** x ← c·x + s·y, y ← −s·x + c·y (a plane rotation of two rows). */
export function rot(x: usize, y: usize, len: i32, c: f64, s: f64): void {
  const vc = f64x2.splat(c);
  const vs = f64x2.splat(s);
  let i: i32 = 0;
  for (; i + 2 <= len; i += 2) {
    const o = (<usize>i) << 3;
    const xv = v128.load(x + o);
    const yv = v128.load(y + o);
    v128.store(x + o, f64x2.add(f64x2.mul(vc, xv), f64x2.mul(vs, yv)));
    v128.store(y + o, f64x2.sub(f64x2.mul(vc, yv), f64x2.mul(vs, xv)));
  }
  for (; i < len; i++) {
    const xi = load<f64>(at(x, i));
    const yi = load<f64>(at(y, i));
    store<f64>(at(x, i), c * xi + s * yi);
    store<f64>(at(y, i), c * yi - s * xi);
  }
}

export function scale(x: usize, a: f64, len: i32): void {
  const va = f64x2.splat(a);
  let i: i32 = 0;
  for (; i + 2 <= len; i += 2) v128.store(x + ((<usize>i) << 3), f64x2.mul(va, v128.load(x + ((<usize>i) << 3))));
  for (; i < len; i++) store<f64>(at(x, i), a * load<f64>(at(x, i)));
}

export function fill(x: usize, a: f64, len: i32): void {
  for (let i: i32 = 0; i < len; i++) store<f64>(at(x, i), a);
}

export function swap(x: usize, y: usize, len: i32): void {
  for (let i: i32 = 0; i < len; i += 1) {
    const t = load<f64>(at(x, i));
    store<f64>(at(x, i), load<f64>(at(y, i)));
    store<f64>(at(y, i), t);
  }
}

/** √(a² + b²) without overflow, as the reference decomposition computes it. */
export function hypot(a: f64, b: f64): f64 {
  const aa = Math.abs(a);
  const ab = Math.abs(b);
  if (aa > ab) {
    const r = b / a;
    return aa * Math.sqrt(1 + r * r);
  }
  if (b != 0) {
    const r = a / b;
    return ab * Math.sqrt(1 + r * r);
  }
  return 0;
}

/** √(Σ x_i²) over len entries, scaled by the largest magnitude so that no square overflows. */
export function norm(x: usize, len: i32): f64 {
  let big: f64 = 0;
  for (let i: i32 = 0; i < len; i++) big = Math.max(big, Math.abs(load<f64>(at(x, i))));
  if (big == 0 || !isFinite(big)) return big;
  const inv = 1 / big;
  let s: f64 = 0;
  for (let i: i32 = 0; i < len; i++) {
    const t = load<f64>(at(x, i)) * inv;
    s += t * t;
  }
  return big * Math.sqrt(s);
}
