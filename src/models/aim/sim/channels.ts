import { bivariateNormalCdf, normalCdf, normalPdf } from '../../../numeric/normal';

/**
 * Output functions g_ab = ∂/∂ω_ab log Z_out(y, ω, V) of the two AIM channels, for all samples at
 * once (ω, g: n·T·T, symmetric per sample, row-major). Each returns Σ_μ [2Σ_a g_aa² + Σ_{a<b} g_ab²],
 * the empirical version of the channel moment that sets q̂ (the symmetric-matrix metric: a diagonal
 * entry has twice the variance).
 */
export interface OutputChannel {
  /** m is the algorithm's predicted variance of h − ω (the softmax channel measures its own instead). */
  gOut(omega: Float64Array, m: number, g: Float64Array): number;
}

/**
 * Softmax: h is known up to one global shift, h = H0 + cJ with H0_ab = h_ab − h_TT read off the
 * log-ratios of the outputs. Z_out is then a Gaussian integral over c alone, whose maximiser c* is a
 * weighted mean with weights 1/(V(1+δ_ab)) (total T²/(2V)); g is the weighted residual at c*.
 */
export function softmaxChannel(y: Float64Array, n: number, T: number): OutputChannel {
  const H0 = new Float64Array(n * T * T);
  const lr = new Float64Array(T * T);
  for (let mu = 0; mu < n; mu++) {
    const o = mu * T * T;
    for (let i = 0; i < T * T; i++) lr[i] = Math.log(y[o + i]);
    const last = T - 1;
    for (let a = 0; a < T; a++)
      for (let b = 0; b < T; b++) {
        // φ_ab + φ_Ta with φ_ab = log(y_ab/y_aT) equals h_ab − h_TT.
        H0[o + a * T + b] = lr[a * T + b] - lr[a * T + last] + lr[last * T + a] - lr[last * T + last];
      }
    // The two computations of an off-diagonal entry agree up to rounding; use their mean.
    for (let a = 0; a < T; a++)
      for (let b = a + 1; b < T; b++) {
        const m = 0.5 * (H0[o + a * T + b] + H0[o + b * T + a]);
        H0[o + a * T + b] = m;
        H0[o + b * T + a] = m;
      }
  }
  const wsum = (T * T) / 2;
  return {
    gOut(omega, _m, g) {
      // The variance the estimate actually leaves in ω, measured on the residuals (the softmax
      // reveals h up to the shift, hence (T²+T−2)/2 degrees of freedom per sample). At finite D it
      // exceeds the m predicted by mmse_ρ(Δ); using m would shrink every later step (see gampRie.ts).
      let res = 0;
      for (let mu = 0; mu < n; mu++) {
        const o = mu * T * T;
        let num = 0;
        for (let a = 0; a < T; a++) {
          num += 0.5 * (omega[o + a * T + a] - H0[o + a * T + a]);
          for (let b = a + 1; b < T; b++) num += omega[o + a * T + b] - H0[o + a * T + b];
        }
        const c = num / wsum;
        for (let a = 0; a < T; a++) {
          const ra = H0[o + a * T + a] + c - omega[o + a * T + a];
          g[o + a * T + a] = ra;
          res += 0.5 * ra * ra;
          for (let b = a + 1; b < T; b++) {
            const rab = H0[o + a * T + b] + c - omega[o + a * T + b];
            g[o + a * T + b] = rab;
            g[o + b * T + a] = rab;
            res += rab * rab;
          }
        }
      }
      const V = res / ((n * (T * T + T - 2)) / 2);
      let total = 0;
      for (let mu = 0; mu < n; mu++) {
        const o = mu * T * T;
        for (let a = 0; a < T; a++) {
          const ga = g[o + a * T + a] / (2 * V);
          g[o + a * T + a] = ga;
          total += 2 * ga * ga;
          for (let b = a + 1; b < T; b++) {
            const gab = g[o + a * T + b] / V;
            g[o + a * T + b] = gab;
            g[o + b * T + a] = gab;
            total += gab * gab;
          }
        }
      }
      return total;
    },
  };
}

/** Below this Z_out a sample contradicts the estimate beyond floating-point range: it gets g = 0. */
const TINY_Z = 1e-290;

/**
 * Hardmax, T = 2: y fixes the signs s₁₁ = sign(h₁₁ − h₁₂) and s₂₂ = sign(h₂₂ − h₁₂). With V = Q0 − q,
 * the two differences have variance 3V and covariance V, so Z_out = Φ₂(κ₁, κ₂; s₁₁s₂₂/3), and g
 * uses the partial derivatives ∂Φ₂/∂κ₁ = φ(κ₁)Φ((κ₂ − ϱκ₁)/√(1−ϱ²)) (not the joint density).
 * `underflows` counts samples whose Z_out fell below floating-point range at the last call.
 */
export function hardmaxChannel(y: Float64Array, n: number): OutputChannel & { underflows: number } {
  const s1 = new Int8Array(n);
  const s2 = new Int8Array(n);
  for (let mu = 0; mu < n; mu++) {
    s1[mu] = y[4 * mu] > y[4 * mu + 1] ? 1 : -1;
    s2[mu] = y[4 * mu + 3] > y[4 * mu + 2] ? 1 : -1;
  }
  const sq = Math.sqrt(1 - 1 / 9);
  const ch = {
    underflows: 0,
    gOut(omega: Float64Array, V: number, g: Float64Array): number {
      const r = Math.sqrt(3 * V);
      let total = 0;
      let under = 0;
      for (let mu = 0; mu < n; mu++) {
        const o = 4 * mu;
        const a = s1[mu];
        const b = s2[mu];
        const k1 = (a * (omega[o] - omega[o + 1])) / r;
        const k2 = (b * (omega[o + 3] - omega[o + 1])) / r;
        const varrho = (a * b) / 3;
        const Z = bivariateNormalCdf(k1, k2, varrho);
        if (!(Z > TINY_Z)) {
          under++;
          g[o] = g[o + 1] = g[o + 2] = g[o + 3] = 0;
          continue;
        }
        const d1 = normalPdf(k1) * normalCdf((k2 - varrho * k1) / sq);
        const d2 = normalPdf(k2) * normalCdf((k1 - varrho * k2) / sq);
        const g11 = (a * d1) / (r * Z);
        const g22 = (b * d2) / (r * Z);
        const g12 = -(g11 + g22);
        g[o] = g11;
        g[o + 3] = g22;
        g[o + 1] = g12;
        g[o + 2] = g12;
        total += 2 * g11 * g11 + 2 * g22 * g22 + g12 * g12;
      }
      ch.underflows = under;
      return total;
    },
  };
  return ch;
}
