import { describe, expect, it } from 'vitest';
import { softmaxChannel } from './channels';
import { createInstance, preActivations, validateAimSpec } from './instance';
import { aimInstanceBytes } from './size';
import { softmaxAimLoss } from './gd';
import { accumulateSymmetric, quadraticForms } from './tokenPasses';

describe('AIM instances and token passes', () => {
  it('are reproducible, have the model’s sizes and statistics (Var h_ab = Q0(1+δ_ab))', () => {
    const a = createInstance({ channel: 'softmax', T: 3, D: 30, rho: 0.5, alpha: 2, seed: 4 });
    const b = createInstance({ channel: 'softmax', T: 3, D: 30, rho: 0.5, alpha: 2, seed: 4 });
    expect(a.y).toEqual(b.y);
    expect([a.T, a.D, a.r, a.n]).toEqual([3, 30, 15, 1800]);
    const h = new Float64Array(a.n * 9);
    preActivations(a.x, a.n, 3, 30, a.S, h, new Float64Array(a.n * 3 * 30));
    let d = 0;
    let o = 0;
    for (let mu = 0; mu < a.n; mu++) {
      d += h[9 * mu] ** 2;
      o += h[9 * mu + 1] ** 2;
    }
    // Q0 = 1 + ρ (+1/D at finite size); 1800 samples: about ±7 % statistical error.
    expect(d / a.n / 2).toBeGreaterThan(1.3);
    expect(d / a.n / 2).toBeLessThan(1.75);
    expect(o / a.n).toBeGreaterThan(1.3);
    expect(o / a.n).toBeLessThan(1.75);
    const hm = createInstance({ channel: 'hardmax', T: 2, D: 10, rho: 0.5, alpha: 1, seed: 1 });
    for (let i = 0; i < hm.n * 2; i++) expect(hm.y[2 * i] + hm.y[2 * i + 1]).toBe(1);
  });

  it('refuse unsupported or oversized settings with the memory estimate', () => {
    expect(() => validateAimSpec({ channel: 'hardmax', T: 3, D: 10, rho: 0.5, alpha: 1, seed: 1 })).toThrow(/T = 2/);
    expect(() => validateAimSpec({ channel: 'softmax', T: 2, D: 1000, rho: 0.5, alpha: 5, seed: 1 })).toThrow(/MiB.*lower D or α/);
    expect(aimInstanceBytes({ T: 2, D: 100, rho: 0.5, alpha: 1 })).toBeLessThan(50 * 2 ** 20);
  });

  it('compute x_aᵀMx_b and Σ G_ab x_a x_bᵀ as the naive formulas do', () => {
    const inst = createInstance({ channel: 'softmax', T: 3, D: 7, rho: 0.5, alpha: 0.3, seed: 2 });
    const { n, T, D, x, S } = inst;
    const out = new Float64Array(n * T * T);
    quadraticForms(x, n, T, D, S, out, new Float64Array(n * T * D));
    const G = new Float64Array(n * T * T).map((_, i) => Math.sin(i));
    for (let mu = 0; mu < n; mu++) for (let a = 0; a < T; a++) for (let b = 0; b < a; b++) G[mu * 9 + a * 3 + b] = G[mu * 9 + b * 3 + a];
    const acc = new Float64Array(D * D);
    accumulateSymmetric(x, n, T, D, G, acc, new Float64Array(n * T * D));
    for (let mu = 0; mu < n; mu++)
      for (let a = 0; a < T; a++)
        for (let b = 0; b < T; b++) {
          let s = 0;
          for (let i = 0; i < D; i++) for (let j = 0; j < D; j++) s += x[(mu * T + a) * D + i] * S[i * D + j] * x[(mu * T + b) * D + j];
          expect(out[mu * 9 + a * 3 + b]).toBeCloseTo(s, 10);
        }
    for (const [i, j] of [
      [0, 0],
      [1, 5],
      [6, 2],
    ]) {
      let s = 0;
      for (let mu = 0; mu < n; mu++)
        for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) s += G[mu * 9 + a * 3 + b] * x[(mu * T + a) * D + i] * x[(mu * T + b) * D + j];
      expect(acc[i * D + j]).toBeCloseTo(s, 10);
    }
  });

  it('softmax output function: E[2Σg_aa² + Σ_{a<b}g_ab²] = (T²+T−2)/(2V) at the true variance (T = 3, within 4 %)', () => {
    const inst = createInstance({ channel: 'softmax', T: 3, D: 20, rho: 0.5, alpha: 20, seed: 3 });
    const { n, T, D } = inst;
    // ω = h(√ρ I): the residual variance is (1/D)‖S̃ − √ρI‖², measured here on the instance.
    const Sh = new Float64Array(D * D);
    for (let i = 0; i < D; i++) Sh[i * D + i] = Math.sqrt(inst.rho);
    const omega = new Float64Array(n * 9);
    preActivations(inst.x, n, T, D, Sh, omega, new Float64Array(n * T * D));
    let V = 0;
    for (let i = 0; i < D * D; i++) V += (inst.S[i] - Sh[i]) ** 2;
    V /= D;
    const m = softmaxChannel(inst.y, n, T).gOut(omega, V, new Float64Array(n * 9)) / n;
    expect(Math.abs(m / (10 / (2 * V)) - 1)).toBeLessThan(0.04);
  });
});

describe('softmax student loss', () => {
  it('has the analytic gradient (central finite differences, relative error < 1e-6)', () => {
    const inst = createInstance({ channel: 'softmax', T: 3, D: 8, rho: 0.5, alpha: 0.5, seed: 6 });
    const k = 3;
    const f = softmaxAimLoss(inst, k);
    const W = new Float64Array(k * inst.D).map((_, i) => Math.cos(1.7 * i));
    const grad = new Float64Array(W.length);
    f.evaluate(W, grad);
    for (const i of [0, 5, 11, 23]) {
      const e = 1e-6;
      const Wp = W.slice();
      const Wm = W.slice();
      Wp[i] += e;
      Wm[i] -= e;
      const fd = (f.evaluate(Wp, null) - f.evaluate(Wm, null)) / (2 * e);
      expect(Math.abs(fd - grad[i])).toBeLessThan(1e-6 * Math.max(1e-3, Math.abs(fd)) + 1e-9);
    }
  });
});
