/** Gauss–Legendre nodes and weights on [-1, 1], cached per order. */
export interface GaussRule {
  nodes: Float64Array;
  weights: Float64Array;
}

const cache = new Map<number, GaussRule>();

export function gaussLegendre(n: number): GaussRule {
  const hit = cache.get(n);
  if (hit) return hit;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Gauss–Legendre order must be a positive integer, got ${n}`);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor((n + 1) / 2);
  for (let i = 0; i < half; i++) {
    // Tricomi's initial guess, then Newton on P_n via the three-term recurrence.
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    const w = 2 / ((1 - x * x) * dp * dp);
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}

/** ∫_a^b f(x) dx with an n-point Gauss–Legendre rule. */
export function integrate(f: (x: number) => number, a: number, b: number, n = 64): number {
  const { nodes, weights } = gaussLegendre(n);
  const h = 0.5 * (b - a);
  const c = 0.5 * (a + b);
  let s = 0;
  for (let i = 0; i < n; i++) s += weights[i] * f(c + h * nodes[i]);
  return s * h;
}

/**
 * ∫_a^b f(x) dx for integrands with square-root behaviour at both ends (spectral band edges):
 * the substitution x = c − h·cos θ turns √(x−a)√(b−x) into a smooth function of θ.
 */
export function integrateBand(f: (x: number) => number, a: number, b: number, n = 64): number {
  const h = 0.5 * (b - a);
  const c = 0.5 * (a + b);
  return integrate((theta) => f(c - h * Math.cos(theta)) * h * Math.sin(theta), 0, Math.PI, n);
}
