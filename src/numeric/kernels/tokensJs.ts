/**
 * Plain JavaScript versions of the token passes: the reference the WebAssembly kernels are tested against,
 * and what runs where WebAssembly SIMD is missing. Eight rows are processed per sweep: independent
 * accumulators hide the floating-point add latency and each element of the shared vector is loaded (and,
 * for `accumulate`, stored) once for eight products. Arithmetic is in double precision throughout.
 */

const B = 8;

/** out[μ] = ⟨X_μ, v⟩ for every row μ (X row-major, m entries per row). */
export function dotAll(X: Float32Array, n: number, m: number, v: ArrayLike<number>, out: Float64Array): void {
  let mu = 0;
  for (; mu + B <= n; mu += B) {
    const o0 = mu * m;
    const o1 = o0 + m;
    const o2 = o1 + m;
    const o3 = o2 + m;
    const o4 = o3 + m;
    const o5 = o4 + m;
    const o6 = o5 + m;
    const o7 = o6 + m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let k = 0; k < m; k++) {
      const vk = v[k];
      s0 += X[o0 + k] * vk;
      s1 += X[o1 + k] * vk;
      s2 += X[o2 + k] * vk;
      s3 += X[o3 + k] * vk;
      s4 += X[o4 + k] * vk;
      s5 += X[o5 + k] * vk;
      s6 += X[o6 + k] * vk;
      s7 += X[o7 + k] * vk;
    }
    out[mu] = s0;
    out[mu + 1] = s1;
    out[mu + 2] = s2;
    out[mu + 3] = s3;
    out[mu + 4] = s4;
    out[mu + 5] = s5;
    out[mu + 6] = s6;
    out[mu + 7] = s7;
  }
  for (; mu < n; mu++) {
    const o = mu * m;
    let s = 0;
    for (let k = 0; k < m; k++) s += X[o + k] * v[k];
    out[mu] = s;
  }
}

/** out += Σ_μ w[μ]·X_μ. */
export function accumulate(X: Float32Array, n: number, m: number, w: ArrayLike<number>, out: Float64Array): void {
  let mu = 0;
  for (; mu + B <= n; mu += B) {
    const o0 = mu * m;
    const o1 = o0 + m;
    const o2 = o1 + m;
    const o3 = o2 + m;
    const o4 = o3 + m;
    const o5 = o4 + m;
    const o6 = o5 + m;
    const o7 = o6 + m;
    const w0 = w[mu];
    const w1 = w[mu + 1];
    const w2 = w[mu + 2];
    const w3 = w[mu + 3];
    const w4 = w[mu + 4];
    const w5 = w[mu + 5];
    const w6 = w[mu + 6];
    const w7 = w[mu + 7];
    for (let k = 0; k < m; k++) {
      out[k] += w0 * X[o0 + k] + w1 * X[o1 + k] + w2 * X[o2 + k] + w3 * X[o3 + k] + w4 * X[o4 + k] + w5 * X[o5 + k] + w6 * X[o6 + k] + w7 * X[o7 + k];
    }
  }
  for (; mu < n; mu++) {
    const o = mu * m;
    const wm = w[mu];
    for (let k = 0; k < m; k++) out[k] += wm * X[o + k];
  }
}
