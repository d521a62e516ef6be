import { adaptiveKronrod } from '../gaussKronrod';

/** One interval of a spectral support (or a piece of one). */
export interface Band {
  lo: number;
  hi: number;
}

/** Nodes x, weights w and density μ(x) over a support. */
export interface SupportQuadrature {
  x: Float64Array;
  w: Float64Array;
  mu: Float64Array;
  /** False when the adaptive refinement ran out of budget somewhere. */
  converged: boolean;
}

/**
 * Quadrature nodes over a spectral support, with the density at each node, so every spectral
 * integral (mass, MMSE, free entropy, …) is a weighted sum and μ is computed once. Each panel is
 * mapped by x = c − h·cos θ (square-root edges become smooth in θ) and refined adaptively until
 * ∫μ, ∫μ³ and, if given, ∫extra(x, μ) have converged.
 */
export function panelQuadrature(
  panels: Band[],
  density: (x: number) => number,
  opts: { relTol: number; startPanel?: () => void; extra?: { f: (x: number, mu: number) => number; absTol: number } },
): SupportQuadrature {
  const x: number[] = [];
  const w: number[] = [];
  const mu: number[] = [];
  let converged = true;
  const extra = opts.extra;
  const m = extra ? 6 : 5;
  for (const { lo, hi } of panels) {
    opts.startPanel?.();
    const h = 0.5 * (hi - lo);
    const c = 0.5 * (hi + lo);
    const mesh = adaptiveKronrod(
      (theta, out) => {
        const xx = c - h * Math.cos(theta);
        const jac = h * Math.sin(theta);
        const d = density(xx);
        out[0] = d * jac;
        out[1] = d * d * d * jac;
        if (extra) out[2] = d > 0 ? extra.f(xx, d) * jac : 0;
        out[m - 3] = xx;
        out[m - 2] = jac;
        out[m - 1] = d;
      },
      m,
      0,
      Math.PI,
      { relTol: opts.relTol, initial: 4, absTol: [1e-12, 1e-12, extra ? extra.absTol : Infinity, Infinity, Infinity, Infinity].slice(0, m) },
    );
    converged &&= mesh.converged;
    for (let i = 0; i < mesh.x.length; i++) {
      x.push(mesh.values[i * m + m - 3]);
      w.push(mesh.w[i] * mesh.values[i * m + m - 2]);
      mu.push(mesh.values[i * m + m - 1]);
    }
  }
  return { x: Float64Array.from(x), w: Float64Array.from(w), mu: Float64Array.from(mu), converged };
}
