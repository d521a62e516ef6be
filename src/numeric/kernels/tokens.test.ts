import { afterEach, describe, expect, it } from 'vitest';
import { createGaussian } from '../random/gaussian';
import { kernelBackend, setKernelBackend } from './module';
import { createTokenStore, type TokenStore } from './tokens';

afterEach(() => setKernelBackend('auto'));

function filled(backend: 'wasm' | 'js', n: number, m: number, seed: number): TokenStore {
  setKernelBackend(backend);
  const st = createTokenStore(n, m);
  const g = createGaussian(seed);
  const row = new Float32Array(m);
  for (let mu = 0; mu < n; mu++) {
    for (let k = 0; k < m; k++) row[k] = g() / Math.sqrt(Math.sqrt(m));
    st.setRow(mu, row);
  }
  for (let k = 0; k < m; k++) st.v[k] = g() / Math.sqrt(Math.sqrt(m));
  for (let mu = 0; mu < n; mu++) st.b[mu] = g();
  return st;
}

describe('token passes in WebAssembly', () => {
  it('run here (Node has WebAssembly SIMD)', () => {
    expect(kernelBackend()).toBe('wasm');
  });

  // Sizes that are and are not multiples of the tile (4 rows), the chunk (4 entries) and the flush span (128);
  // at m = 16385 a call into the kernels takes eight tiles, so the ten tiles take a full call and a short one.
  for (const [n, m] of [
    [1, 1],
    [3, 5],
    [8, 12],
    [13, 130],
    [37, 257],
    [200, 1600],
    [37, 16385],
  ]) {
    it(`agree with the double-precision JavaScript passes on random data (n = ${n}, m = ${m})`, () => {
      const a = filled('wasm', n, m, n * 1000 + m);
      const b = filled('js', n, m, n * 1000 + m);
      expect(a.backend).toBe('wasm');
      expect(b.backend).toBe('js');
      const row = new Float32Array(m);
      for (let mu = 0; mu < n; mu++) expect(Array.from(a.row(mu, row))).toEqual(Array.from(b.row(mu)));
      // Scale of a dot product's rounding: 2⁻²⁴·√m·max|X_μk v_k|; of an accumulated entry: 2⁻²⁴·Σ_μ|w_μ X_μk|.
      let maxTerm = 0;
      for (let mu = 0; mu < n; mu++) {
        b.row(mu, row);
        for (let k = 0; k < m; k++) maxTerm = Math.max(maxTerm, Math.abs(row[k] * b.v[k]));
      }
      const dotTol = 1e-5 * Math.sqrt(m) * maxTerm + 1e-300;
      for (const s of [a, b]) {
        s.acc.fill(0.5);
        s.fused(-0.7);
      }
      const absSum = new Float64Array(m);
      for (let mu = 0; mu < n; mu++) {
        b.row(mu, row);
        for (let k = 0; k < m; k++) absSum[k] += Math.abs(b.w[mu] * row[k]);
      }
      for (let mu = 0; mu < n; mu++) {
        expect(Math.abs(a.dots[mu] - b.dots[mu])).toBeLessThanOrEqual(dotTol);
        expect(Math.abs(a.w[mu] - b.w[mu])).toBeLessThanOrEqual(0.7 * dotTol + 1e-15 * Math.abs(b.b[mu]));
      }
      for (let k = 0; k < m; k++) expect(Math.abs(a.acc[k] - b.acc[k])).toBeLessThanOrEqual(1e-5 * absSum[k] + 1e-15);
      // The separate passes give what the fused one gave.
      for (const s of [a, b]) {
        s.acc.fill(0.5);
        s.dot();
        s.accumulate();
      }
      for (let mu = 0; mu < n; mu++) expect(Math.abs(a.dots[mu] - b.dots[mu])).toBeLessThanOrEqual(dotTol);
      for (let k = 0; k < m; k++) expect(Math.abs(a.acc[k] - b.acc[k])).toBeLessThanOrEqual(1e-5 * absSum[k] + 1e-15);
    });
  }

  it('fall back to JavaScript when asked, and a store keeps the kernels it was made with', () => {
    setKernelBackend('js');
    expect(kernelBackend()).toBe('js');
    const s = createTokenStore(4, 4);
    setKernelBackend('auto');
    expect(s.backend).toBe('js');
    expect(createTokenStore(4, 4).backend).toBe('wasm');
  });
});
