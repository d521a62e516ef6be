// Thin singular value decomposition of an m×n matrix, m ≥ n, by Householder bidiagonalisation and
// implicit-shift QR on the bidiagonal (Golub–Kahan–Reinsch, in the order of LINPACK's dsvdc as JAMA and
// ml-matrix write it). Every matrix is stored by columns (row j of `at` is column j of A, and likewise
// for U and V), so that each inner loop runs over contiguous memory, two lanes at a time.

import { at, axpy, dot, fill, hypot, norm, rot, scale, swap } from './vec';

const EPS: f64 = 2.220446049250313e-16;
const TINY: f64 = 5e-324;

// @ts-ignore: decorator
@inline
function row(base: usize, j: i32, len: i32): usize {
  return base + <usize>j * <usize>len * 8;
}

// @ts-ignore: decorator
@inline
function get(p: usize, i: i32): f64 {
  return load<f64>(at(p, i));
}

// @ts-ignore: decorator
@inline
function put(p: usize, i: i32, x: f64): void {
  store<f64>(at(p, i), x);
}

/**
 * On return s[0..n) holds the singular values in decreasing order, row j of U (n rows of m) the j-th
 * left singular vector and row j of V (n rows of n) the j-th right one. `at` (n rows of m) is
 * overwritten; e (n) and work (m) are scratch. Returns the number of QR sweeps.
 */
export function svd(atp: usize, m: i32, n: i32, s: usize, e: usize, work: usize, U: usize, V: usize): i32 {
  const nu = n;
  const nct = min(m - 1, n);
  const nrt = max(0, min(n - 2, m));
  const mrc = max(nct, nrt);
  for (let k: i32 = 0; k < mrc; k++) {
    const ck = row(atp, k, m);
    if (k < nct) {
      let sk = norm(at(ck, k), m - k);
      if (sk != 0) {
        if (get(ck, k) < 0) sk = -sk;
        scale(at(ck, k), 1 / sk, m - k);
        put(ck, k, get(ck, k) + 1);
      }
      put(s, k, -sk);
    }
    for (let j: i32 = k + 1; j < n; j++) {
      const cj = row(atp, j, m);
      if (k < nct && get(s, k) != 0) {
        const t = -dot(at(ck, k), at(cj, k), m - k) / get(ck, k);
        axpy(at(cj, k), t, at(ck, k), m - k);
      }
      put(e, j, get(cj, k));
    }
    if (k < nct) memory.copy(at(row(U, k, m), k), at(ck, k), (<usize>(m - k)) << 3);
    if (k < nrt) {
      let ek = norm(at(e, k + 1), n - k - 1);
      if (ek != 0) {
        if (get(e, k + 1) < 0) ek = -ek;
        scale(at(e, k + 1), 1 / ek, n - k - 1);
        put(e, k + 1, get(e, k + 1) + 1);
      }
      put(e, k, -ek);
      if (k + 1 < m && ek != 0) {
        fill(at(work, k + 1), 0, m - k - 1);
        for (let j: i32 = k + 1; j < n; j++) axpy(at(work, k + 1), get(e, j), at(row(atp, j, m), k + 1), m - k - 1);
        const ek1 = get(e, k + 1);
        for (let j: i32 = k + 1; j < n; j++) axpy(at(row(atp, j, m), k + 1), -get(e, j) / ek1, at(work, k + 1), m - k - 1);
      }
      memory.copy(at(row(V, k, n), k + 1), at(e, k + 1), (<usize>(n - k - 1)) << 3);
    }
  }

  let p = n;
  if (nct < n) put(s, nct, get(row(atp, nct, m), nct));
  if (m < p) put(s, p - 1, 0);
  if (nrt + 1 < p) put(e, nrt, get(row(atp, p - 1, m), nrt));
  put(e, p - 1, 0);

  // Left singular vectors from the column reflections.
  for (let j: i32 = nct; j < nu; j++) {
    fill(row(U, j, m), 0, m);
    put(row(U, j, m), j, 1);
  }
  for (let k: i32 = nct - 1; k >= 0; k--) {
    const uk = row(U, k, m);
    if (get(s, k) != 0) {
      for (let j: i32 = k + 1; j < nu; j++) {
        const t = -dot(at(uk, k), at(row(U, j, m), k), m - k) / get(uk, k);
        axpy(at(row(U, j, m), k), t, at(uk, k), m - k);
      }
      scale(at(uk, k), -1, m - k);
      put(uk, k, 1 + get(uk, k));
      // Entries above the reflection are zero (all k of them: the memory is reused from call to call).
      fill(uk, 0, k);
    } else {
      fill(uk, 0, m);
      put(uk, k, 1);
    }
  }
  // Right singular vectors from the row reflections.
  for (let k: i32 = n - 1; k >= 0; k--) {
    const vk = row(V, k, n);
    if (k < nrt && get(e, k) != 0) {
      for (let j: i32 = k + 1; j < n; j++) {
        const t = -dot(at(vk, k + 1), at(row(V, j, n), k + 1), n - k - 1) / get(vk, k + 1);
        axpy(at(row(V, j, n), k + 1), t, at(vk, k + 1), n - k - 1);
      }
    }
    fill(vk, 0, n);
    put(vk, k, 1);
  }

  // Implicit-shift QR on the bidiagonal (s, e), rotations applied to the rows of U and V.
  const pp = p - 1;
  let sweeps: i32 = 0;
  while (p > 0) {
    let k: i32 = p - 2;
    for (; k >= -1; k--) {
      if (k == -1) break;
      const alpha = TINY + EPS * Math.abs(get(s, k) + Math.abs(get(s, k + 1)));
      const ek = get(e, k);
      if (Math.abs(ek) <= alpha || isNaN(ek)) {
        put(e, k, 0);
        break;
      }
    }
    let kase: i32;
    if (k == p - 2) {
      kase = 4;
    } else {
      let ks: i32 = p - 1;
      for (; ks >= k; ks--) {
        if (ks == k) break;
        const t = (ks != p ? Math.abs(get(e, ks)) : 0) + (ks != k + 1 ? Math.abs(get(e, ks - 1)) : 0);
        if (Math.abs(get(s, ks)) <= EPS * t) {
          put(s, ks, 0);
          break;
        }
      }
      if (ks == k) kase = 3;
      else if (ks == p - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;
    if (kase == 1) {
      // Deflate a negligible e[p−2].
      let f = get(e, p - 2);
      put(e, p - 2, 0);
      for (let j: i32 = p - 2; j >= k; j--) {
        const t = hypot(get(s, j), f);
        const cs = get(s, j) / t;
        const sn = f / t;
        put(s, j, t);
        if (j != k) {
          f = -sn * get(e, j - 1);
          put(e, j - 1, cs * get(e, j - 1));
        }
        rot(row(V, j, n), row(V, p - 1, n), n, cs, sn);
      }
    } else if (kase == 2) {
      // Split at a negligible s[k].
      let f = get(e, k - 1);
      put(e, k - 1, 0);
      for (let j: i32 = k; j < p; j++) {
        const t = hypot(get(s, j), f);
        const cs = get(s, j) / t;
        const sn = f / t;
        put(s, j, t);
        f = -sn * get(e, j);
        put(e, j, cs * get(e, j));
        rot(row(U, j, m), row(U, k - 1, m), m, cs, sn);
      }
    } else if (kase == 3) {
      // One QR step with the shift from the trailing 2×2 block.
      const sc = Math.max(Math.max(Math.max(Math.abs(get(s, p - 1)), Math.abs(get(s, p - 2))), Math.max(Math.abs(get(e, p - 2)), Math.abs(get(s, k)))), Math.abs(get(e, k)));
      const sp = get(s, p - 1) / sc;
      const spm1 = get(s, p - 2) / sc;
      const epm1 = get(e, p - 2) / sc;
      const sk = get(s, k) / sc;
      const ek = get(e, k) / sc;
      const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
      const c = sp * epm1 * (sp * epm1);
      let shift: f64 = 0;
      if (b != 0 || c != 0) {
        shift = b < 0 ? -Math.sqrt(b * b + c) : Math.sqrt(b * b + c);
        shift = c / (b + shift);
      }
      let f = (sk + sp) * (sk - sp) + shift;
      let g = sk * ek;
      for (let j: i32 = k; j < p - 1; j++) {
        let t = hypot(f, g);
        if (t == 0) t = TINY;
        let cs = f / t;
        let sn = g / t;
        if (j != k) put(e, j - 1, t);
        f = cs * get(s, j) + sn * get(e, j);
        put(e, j, cs * get(e, j) - sn * get(s, j));
        g = sn * get(s, j + 1);
        put(s, j + 1, cs * get(s, j + 1));
        rot(row(V, j, n), row(V, j + 1, n), n, cs, sn);
        t = hypot(f, g);
        if (t == 0) t = TINY;
        cs = f / t;
        sn = g / t;
        put(s, j, t);
        f = cs * get(e, j) + sn * get(s, j + 1);
        put(s, j + 1, -sn * get(e, j) + cs * get(s, j + 1));
        g = sn * get(e, j + 1);
        put(e, j + 1, cs * get(e, j + 1));
        if (j < m - 1) rot(row(U, j, m), row(U, j + 1, m), m, cs, sn);
      }
      put(e, p - 2, f);
      sweeps++;
    } else {
      // Converged: make the singular value nonnegative and move it into order.
      if (get(s, k) <= 0) {
        put(s, k, get(s, k) < 0 ? -get(s, k) : 0);
        scale(row(V, k, n), -1, pp + 1);
      }
      while (k < pp) {
        if (get(s, k) >= get(s, k + 1)) break;
        const t = get(s, k);
        put(s, k, get(s, k + 1));
        put(s, k + 1, t);
        if (k < n - 1) swap(row(V, k + 1, n), row(V, k, n), n);
        if (k < m - 1) swap(row(U, k + 1, m), row(U, k, m), m);
        k++;
      }
      p--;
    }
  }
  return sweeps;
}

/**
 * out (rows×cols, row-major) = Σ_a f[a]·x_a y_aᵀ over the `count` pairs of rows x_a (length rows) of X and
 * y_a (length cols) of Y: the reconstruction U diag(f) Vᵀ from vectors stored by rows.
 */
export function weightedOuter(X: usize, rows: i32, Y: usize, cols: i32, f: usize, count: i32, out: usize): void {
  fill(out, 0, rows * cols);
  for (let a: i32 = 0; a < count; a++) {
    const fa = get(f, a);
    if (fa == 0) continue;
    const xa = X + <usize>a * <usize>rows * 8;
    const ya = Y + <usize>a * <usize>cols * 8;
    for (let i: i32 = 0; i < rows; i++) axpy(out + <usize>i * <usize>cols * 8, fa * get(xa, i), ya, cols);
  }
}
