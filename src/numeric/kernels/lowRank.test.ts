import { afterEach, describe, expect, it } from 'vitest';
import { createGaussian } from '../random/gaussian';
import { setKernelBackend } from './module';
import { createLowRank } from './lowRank';

afterEach(() => setKernelBackend('auto'));

describe('products with a factorised matrix c·A Bᵀ', () => {
  for (const [rows, cols, k] of [
    [1, 1, 1],
    [5, 7, 3],
    [40, 40, 8],
    [13, 29, 5],
    [9, 6, 11],
    [12, 10, 16],
  ]) {
    it(`agree in WebAssembly and JavaScript to 1e-13 of their scale (${rows}×${cols}, width ${k})`, () => {
      const g = createGaussian(rows * 100 + k);
      const made = (['wasm', 'js'] as const).map((b) => {
        setKernelBackend(b);
        return createLowRank(rows, cols, k);
      });
      expect(made.map((x) => x.backend)).toEqual(['wasm', 'js']);
      const A = Float64Array.from({ length: rows * k }, () => g());
      const B = Float64Array.from({ length: cols * k }, () => g());
      const G = Float64Array.from({ length: rows * cols }, (_, i) => (i % 5 === 0 ? 0 : g()));
      for (const x of made) {
        x.A.set(A);
        x.B.set(B);
        x.G.set(G);
        x.product(0.3);
        x.grad(-0.7);
      }
      const [w, j] = made;
      for (let i = 0; i < rows * cols; i++) expect(Math.abs(w.S[i] - j.S[i])).toBeLessThan(1e-13 * k);
      for (let i = 0; i < rows * k; i++) expect(Math.abs(w.gA[i] - j.gA[i])).toBeLessThan(1e-13 * cols);
      for (let i = 0; i < cols * k; i++) expect(Math.abs(w.gB[i] - j.gB[i])).toBeLessThan(1e-13 * rows);
      // And they are the products: S_ij = 0.3 Σ_a A_ia B_ja.
      let s = 0;
      for (let a = 0; a < k; a++) s += A[a] * B[a];
      expect(w.S[0]).toBeCloseTo(0.3 * s, 12);
    });
  }
});
