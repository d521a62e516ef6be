import { gaussLegendre } from './gaussLegendre';

/**
 * Standard normal density, CDF and bivariate CDF, written by hand because JavaScript has no erf and
 * the hardmax channel needs Φ₂ with small relative error far into the tails.
 */

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** erfc(x) for x ≥ 0 with relative error below 1.2e-7 (Chebyshev fit of exp(−x²)·erfc). */
function erfcPos(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return (
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}

/** Φ(x) = P(N(0,1) ≤ x), accurate in relative terms in the lower tail. */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const tail = 0.5 * erfcPos(z);
  return x < 0 ? tail : 1 - tail;
}

/**
 * Φ₂(h, k; ϱ) = P(X ≤ h, Y ≤ k) for standard normals with correlation ϱ, |ϱ| < 1, by
 * Φ₂ = Φ(h)Φ(k) + (1/2π) ∫₀^{arcsin ϱ} exp(−(h² + k² − 2hk sin θ)/(2cos²θ)) dθ (24-point Gauss–Legendre).
 */
export function bivariateNormalCdf(h: number, k: number, rho: number): number {
  const { nodes, weights } = gaussLegendre(24);
  const top = Math.asin(rho);
  const half = 0.5 * top;
  let s = 0;
  for (let i = 0; i < nodes.length; i++) {
    const th = half * (nodes[i] + 1);
    const sn = Math.sin(th);
    const cs2 = 1 - sn * sn;
    s += weights[i] * Math.exp(-(h * h + k * k - 2 * h * k * sn) / (2 * cs2));
  }
  return Math.max(0, normalCdf(h) * normalCdf(k) + (half * s) / (2 * Math.PI));
}

/** Gauss–Hermite nodes and weights for ∫ f(x) e^{−x²/2} dx / √(2π) (probabilists' weight), n points. */
export function gaussHermiteProb(n: number): { nodes: Float64Array; weights: Float64Array } {
  // Physicists' rule by Newton on the normalised Hermite recurrence, then rescaled.
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const m = (n + 1) >> 1;
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0];
    else if (i === 3) z = 1.91 * z - 0.91 * x[1];
    else z = 2 * z - x[i - 2];
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = Math.pow(Math.PI, -0.25);
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) < 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    x[i] = z;
    x[n - 1 - i] = -z;
    w[i] = 2 / (pp * pp);
    w[n - 1 - i] = w[i];
  }
  const nodes = Float64Array.from(x, (v) => v * Math.SQRT2);
  const weights = Float64Array.from(w, (v) => v / Math.sqrt(Math.PI));
  return { nodes, weights };
}
