import { gaussLegendre } from './gaussLegendre';

/**
 * Standard normal density, CDF and bivariate CDF, written by hand because JavaScript has no erf and
 * the hardmax channel needs Φ₂ with small relative error far into the tails.
 */

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * Φ(x) = P(N(0,1) ≤ x) with relative error near 1e-15 in the lower tail, by W. J. Cody's rational
 * Chebyshev approximations (Math. Comp. 23, 1969) in the form of R's pnorm: |x| ≤ 0.674, |x| ≤ √32,
 * then an asymptotic form; exp(−x²/2) is split as exp(−x₀²/2)·exp(−(x − x₀)(x + x₀)/2) with x₀ = x
 * rounded to 1/16, so the square adds no rounding error.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const xsq = x * x;
    let num = CDF_A[4] * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + CDF_A[i]) * xsq;
      den = (den + CDF_B[i]) * xsq;
    }
    return 0.5 + (x * (num + CDF_A[3])) / (den + CDF_B[3]);
  }
  let tail: number;
  if (y <= 5.656854249492380195206754896838) {
    let num = CDF_C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + CDF_C[i]) * y;
      den = (den + CDF_D[i]) * y;
    }
    tail = gaussFactor(y) * ((num + CDF_C[7]) / (den + CDF_D[7]));
  } else if (y < 38.5) {
    const xsq = 1 / (x * x);
    let num = CDF_P[5] * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + CDF_P[i]) * xsq;
      den = (den + CDF_Q[i]) * xsq;
    }
    const r = (xsq * (num + CDF_P[4])) / (den + CDF_Q[4]);
    tail = gaussFactor(y) * ((1 / Math.sqrt(2 * Math.PI) - r) / y);
  } else tail = 0;
  return x < 0 ? tail : 1 - tail;
}

/** exp(−y²/2) without the rounding error of y². */
function gaussFactor(y: number): number {
  const y0 = Math.trunc(y * 16) / 16;
  const del = (y - y0) * (y + y0);
  return Math.exp(-y0 * y0 * 0.5) * Math.exp(-del * 0.5);
}

const CDF_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CDF_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const CDF_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const CDF_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
  19685.429676859990727,
];
const CDF_P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const CDF_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/**
 * Φ₂(h, k; ϱ) = P(X ≤ h, Y ≤ k) for standard normals with correlation ϱ, |ϱ| < 1, with small relative
 * error in both tails. Mostly by Φ₂ = Φ(h)Φ(k) + (1/2π) ∫₀^{arcsin ϱ} exp(−(h² + k² − 2hk sin θ)/(2cos²θ)) dθ
 * (24-point Gauss–Legendre). For ϱ < 0 in the lower tail that integral is negative and cancels Φ(h)Φ(k)
 * up to a factor of about exp(LOWER_TAIL_CANCEL) or more (Φ₂ ≪ Φ(h)Φ(k)): there Φ₂ = ∫_{−1}^{ϱ} φ₂(h, k; r) dr,
 * which has no cancellation since Φ₂(h, k; −1) = 0 for h + k ≤ 0 (see lowerTail).
 */
export function bivariateNormalCdf(h: number, k: number, rho: number): number {
  if (rho < 0 && h + k < 0) {
    // ln(Φ(h)Φ(k)/Φ₂) ≈ (v₀ − 1)(A − B/(2v₀ − 1)) with v₀ = 1/(1 + ϱ), A = (h + k)²/4, B = (h − k)²/4.
    const v0 = 1 / (1 + rho);
    const A = 0.25 * (h + k) * (h + k);
    const B = 0.25 * (h - k) * (h - k);
    if ((v0 - 1) * (A - B / (2 * v0 - 1)) > LOWER_TAIL_CANCEL) return lowerTail(A, B, v0);
  }
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

/**
 * Above this log-cancellation the lower-tail route is taken. Measured against high-precision values: with 1 the
 * Gauss–Laguerre sum is 5e-9 off at ϱ = −0.9 near the switch (its factor has a singularity one unit from w = 0);
 * with 3 both routes stay within 1e-13 on either side of the switch.
 */
const LOWER_TAIL_CANCEL = 3;
const LAGUERRE_N = 32;

/**
 * Φ₂ for h + k < 0 and ϱ < 0 as a positive integral. With v = 1/(1 + r), φ₂(h, k; r) dr becomes
 * exp(−P(v))/(2π v√(2v − 1)) dv with P(v) = Av + Bv/(2v − 1), convex, increasing at v₀ when B < A(2v₀ − 1)²;
 * v = v₀ + w/P′(v₀) leaves e^{−w} times a slowly varying factor, integrated by Gauss–Laguerre.
 */
function lowerTail(A: number, B: number, v0: number): number {
  const P = (v: number) => A * v + (B * v) / (2 * v - 1);
  const lam = A - B / ((2 * v0 - 1) * (2 * v0 - 1));
  const P0 = P(v0);
  const { nodes, weights } = gaussLaguerre(LAGUERRE_N);
  let s = 0;
  for (let i = 0; i < nodes.length; i++) {
    const w = nodes[i];
    const v = v0 + w / lam;
    s += (weights[i] * Math.exp(w - (P(v) - P0))) / (v * Math.sqrt(2 * v - 1));
  }
  return (Math.exp(-P0) * s) / (2 * Math.PI * lam);
}

let laguerre: { n: number; nodes: Float64Array; weights: Float64Array } | null = null;

/** Gauss–Laguerre nodes and weights for ∫₀^∞ f(w) e^{−w} dw (Newton on the Laguerre recurrence). */
function gaussLaguerre(n: number): { nodes: Float64Array; weights: Float64Array } {
  if (laguerre?.n === n) return laguerre;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  let z = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) z = 3 / (1 + 2.4 * n);
    else if (i === 1) z += 15 / (1 + 2.5 * n);
    else z += ((1 + 2.55 * (i - 1)) / (1.9 * (i - 1))) * (z - x[i - 2]);
    let p1 = 0;
    let p2 = 0;
    let pp = 0;
    for (let it = 0; it < 200; it++) {
      p1 = 1;
      p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j + 1 - z) * p2 - j * p3) / (j + 1);
      }
      pp = (n * p1 - n * p2) / z;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-15 * z) break;
    }
    x[i] = z;
    w[i] = -1 / (pp * n * p2);
  }
  laguerre = { n, nodes: x, weights: w };
  return laguerre;
}

const hermiteRules = new Map<number, { nodes: Float64Array; weights: Float64Array }>();

/**
 * Gauss–Hermite nodes and weights for ∫ f(x) e^{−x²/2} dx / √(2π) (probabilists' weight), n points. Computed
 * once per n (Newton on the recurrence costs more than many of the sums it serves) and shared: read only.
 */
export function gaussHermiteProb(n: number): { nodes: Float64Array; weights: Float64Array } {
  let rule = hermiteRules.get(n);
  if (!rule) {
    rule = hermiteRule(n);
    hermiteRules.set(n, rule);
  }
  return rule;
}

function hermiteRule(n: number): { nodes: Float64Array; weights: Float64Array } {
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
