import { describe, expect, it } from 'vitest';
import { accumulate, dotAll } from './tokensJs';

describe('token passes', () => {
  it('match the naive loops for sample counts that are and are not multiples of eight', () => {
    for (const n of [1, 4, 7, 8, 9, 17]) {
      const m = 13;
      const X = Float32Array.from({ length: n * m }, (_, i) => Math.sin(i * 0.7));
      const v = Float64Array.from({ length: m }, (_, k) => Math.cos(k));
      const w = Float64Array.from({ length: n }, (_, i) => i - 2.5);
      const dots = new Float64Array(n);
      dotAll(X, n, m, v, dots);
      const acc = new Float64Array(m).fill(1);
      accumulate(X, n, m, w, acc);
      for (let mu = 0; mu < n; mu++) {
        let s = 0;
        for (let k = 0; k < m; k++) s += X[mu * m + k] * v[k];
        expect(dots[mu]).toBeCloseTo(s, 12);
      }
      for (let k = 0; k < m; k++) {
        let s = 1;
        for (let mu = 0; mu < n; mu++) s += w[mu] * X[mu * m + k];
        expect(acc[k]).toBeCloseTo(s, 12);
      }
    }
  });
});
