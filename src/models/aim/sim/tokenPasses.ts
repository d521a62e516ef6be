/**
 * The two passes over the n·T×D token array that dominate AIM simulations. Sensing matrices are
 * never formed: Tr(Φ_ab M) = x_aᵀ M x_b for symmetric M, and Σ_ab G_ab x_a x_bᵀ is a sum of
 * rank-one updates. Four token rows are processed per sweep so that each element of the shared
 * D×D matrix is loaded (and, in `accumulateSymmetric`, stored) once for four products.
 */

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
