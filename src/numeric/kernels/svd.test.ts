import { afterEach, describe, expect, it } from 'vitest';
import { createGaussian } from '../random/gaussian';
import { setKernelBackend } from './module';
import { spectralMap } from './svd';

afterEach(() => setKernelBackend('auto'));

function both(Y: Float64Array, rows: number, cols: number, f: (s: Float64Array) => ArrayLike<number>) {
  setKernelBackend('wasm');
  const w = spectralMap(Y, rows, cols, f);
  setKernelBackend('js');
  const j = spectralMap(Y, rows, cols, f);
  return { w, j };
}

describe('spectral map of a rectangular matrix (SVD)', () => {
  const g = createGaussian(11);
  for (const [rows, cols] of [
    [1, 1],
    [1, 5],
    [5, 1],
    [2, 3],
    [7, 7],
    [30, 17],
    [17, 30],
    [60, 60],
    [100, 150],
  ]) {
    it(`agrees with ml-matrix on random data (${rows}×${cols}): singular values to 1e-12·σ₁, U f(Σ) Vᵀ to 1e-12·max f`, () => {
      const Y = Float64Array.from({ length: rows * cols }, () => g());
      const f = (s: Float64Array) => Array.from(s, (x, i) => (i % 3 === 2 ? 0 : Math.sqrt(x) + 0.1 * i));
      const { w, j } = both(Y, rows, cols, f);
      expect(w.backend).toBe('wasm');
      expect(j.backend).toBe('js');
      const s1 = j.singularValues[0];
      for (let i = 0; i < j.singularValues.length; i++) expect(Math.abs(w.singularValues[i] - j.singularValues[i])).toBeLessThan(1e-12 * s1);
      const fmax = Math.max(...Array.from(f(j.singularValues)));
      for (let i = 0; i < rows * cols; i++) expect(Math.abs(w.out[i] - j.out[i])).toBeLessThan(1e-12 * fmax * Math.sqrt(rows + cols));
    });
  }

  it('gives the same results when called again at the same size (the memory is reused)', () => {
    setKernelBackend('wasm');
    const Y1 = Float64Array.from({ length: 24 * 24 }, () => g());
    const Y2 = Float64Array.from({ length: 24 * 24 }, () => g());
    const f = (s: Float64Array) => s.map((x) => x * x);
    const first = spectralMap(Y2, 24, 24, f).out;
    spectralMap(Y1, 24, 24, f);
    expect(Array.from(spectralMap(Y2, 24, 24, f).out)).toEqual(Array.from(first));
  });

  it('reconstructs the matrix with f(σ) = σ, and handles a rank-deficient matrix (repeated and zero singular values)', () => {
    const rows = 40;
    const cols = 25;
    const Y = new Float64Array(rows * cols);
    // Rank 3, two equal nonzero singular values.
    const u = [0, 1, 2].map(() => Float64Array.from({ length: rows }, () => g()));
    const v = [0, 1, 2].map(() => Float64Array.from({ length: cols }, () => g()));
    for (let a = 0; a < 3; a++) for (let i = 0; i < rows; i++) for (let k = 0; k < cols; k++) Y[i * cols + k] += u[a][i] * v[a][k];
    const { w, j } = both(Y, rows, cols, (s) => s);
    for (let i = 0; i < rows * cols; i++) expect(Math.abs(w.out[i] - Y[i])).toBeLessThan(1e-12 * 20);
    for (let i = 3; i < cols; i++) expect(w.singularValues[i]).toBeLessThan(1e-12 * w.singularValues[0]);
    for (let i = 0; i < 3; i++) expect(Math.abs(w.singularValues[i] - j.singularValues[i])).toBeLessThan(1e-12 * w.singularValues[0]);
  });
});
