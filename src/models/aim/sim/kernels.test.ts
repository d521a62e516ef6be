import { afterEach, describe, expect, it } from 'vitest';
import { setKernelBackend } from '../../../numeric/kernels/module';
import { createGaussian } from '../../../numeric/random/gaussian';
import { runGamp } from './gampRie';
import { createInstance } from './instance';
import { accumulateSymmetric, createTokenPasses, quadraticForms } from './tokenPasses';

afterEach(() => setKernelBackend('auto'));

/** Random tokens, a symmetric M and symmetric per-sample weights G. */
function inputs(n: number, T: number, D: number, seed: number) {
  const g = createGaussian(seed);
  const x = new Float64Array(n * T * D).map(() => g());
  const M = new Float64Array(D * D);
  for (let i = 0; i < D; i++) for (let j = i; j < D; j++) M[i * D + j] = M[j * D + i] = g();
  const G = new Float64Array(n * T * T);
  for (let mu = 0; mu < n; mu++) for (let a = 0; a < T; a++) for (let b = a; b < T; b++) G[mu * T * T + a * T + b] = G[mu * T * T + b * T + a] = g();
  return { x, M, G };
}

describe('AIM token passes in WebAssembly', () => {
  // Both are double precision and differ only in the order of their sums: measured differences are below
  // 1e-15 of the sums of absolute terms; 1e-11 of them leaves room for any order.
  for (const [n, T, D] of [
    [13, 2, 7],
    [101, 3, 30],
    [17, 5, 11],
    [40, 8, 33],
    [250, 2, 100],
  ]) {
    it(`agree with the JavaScript passes within 1e-11 of Σ|terms| (n = ${n}, T = ${T}, D = ${D})`, () => {
      setKernelBackend('wasm');
      const { x, M, G } = inputs(n, T, D, 7 * n + D);
      const p = createTokenPasses(x, n, T, D);
      expect(p.backend).toBe('wasm');
      const f1 = new Float64Array(n * T * T);
      const f2 = new Float64Array(n * T * T);
      quadraticForms(x, n, T, D, M, f1, new Float64Array(n * T * D));
      p.forms(M, f2);
      // Scale of x_aᵀ M x_b: Σ_ij |x_ai M_ij x_bj| ≤ ‖x_a‖₁‖x_b‖₁ max|M|; here D·max|x|²·max|M| bounds it well enough per entry.
      const absX = x.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
      const absM = M.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
      const formScale = D * D * absX * absX * absM;
      for (let i = 0; i < f1.length; i++) expect(Math.abs(f1[i] - f2[i])).toBeLessThanOrEqual(1e-11 * formScale);
      const a1 = new Float64Array(D * D).fill(0.5);
      const a2 = a1.slice();
      accumulateSymmetric(x, n, T, D, G, a1, new Float64Array(n * T * D));
      p.accumulate(G, a2);
      const absG = G.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
      const accScale = n * T * T * absG * absX * absX;
      for (let i = 0; i < a1.length; i++) expect(Math.abs(a1[i] - a2[i])).toBeLessThanOrEqual(1e-11 * accScale);
    });
  }

  for (const [channel, T, alpha, damping] of [
    ['softmax', 2, 0.5, 0.5],
    ['softmax', 3, 0.3, 0],
    ['hardmax', 2, 0.8, 0.5],
  ] as const) {
    it(`give GAMP-RIE the errors of the JavaScript run, iteration by iteration within 1e-9 relative or 1e-12 (${channel}, T = ${T}, D = 30, α = ${alpha}, damping ${damping})`, () => {
      // Double precision in both: the runs differ by rounding in the order of the sums, measured below 1e-14 relative.
      const spec = { channel, T, D: 30, rho: 0.5, alpha, seed: 3 };
      const run = (b: 'wasm' | 'js') => {
        setKernelBackend(b);
        return runGamp(createInstance(spec), { maxIter: 15, tol: 0, damping });
      };
      const wasm = run('wasm');
      const js = run('js');
      expect(wasm.outcome).toBe(js.outcome);
      expect(wasm.iterations.length).toBe(js.iterations.length);
      wasm.iterations.forEach((it, t) => {
        const ref = js.iterations[t];
        expect(Math.abs(it.mse - ref.mse), `iteration ${t + 1}: ${it.mse} vs ${ref.mse}`).toBeLessThanOrEqual(1e-9 * Math.abs(ref.mse) + 1e-12);
        expect(Math.abs(it.delta - ref.delta)).toBeLessThanOrEqual(1e-9 * Math.abs(ref.delta) + 1e-12);
      });
    });
  }
});
