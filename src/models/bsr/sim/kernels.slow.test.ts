import { afterEach, describe, expect, it } from 'vitest';
import { setKernelBackend } from '../../../numeric/kernels/module';
import { runGamp } from './gamp';
import { runGd } from './gd';
import { createInstance, type InstanceSpec } from './instance';

afterEach(() => setKernelBackend('auto'));

/** The same run with the WebAssembly kernels and with the plain JavaScript ones. */
function both<T>(spec: InstanceSpec, run: (inst: ReturnType<typeof createInstance>) => T): { wasm: T; js: T } {
  setKernelBackend('wasm');
  const wasm = run(createInstance(spec));
  setKernelBackend('js');
  const js = run(createInstance(spec));
  return { wasm, js };
}

// Single-precision products in the passes change the error of a damped GAMP-RIE iteration by ~1e-8 relative.
// Where an error falls towards 0 (undamped GAMP-RIE, gradient descent to interpolation) the difference stays
// near 1e-11 in absolute terms and so grows relative to the error: 1e-5 relative or 1e-9 absolute.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.abs(b) + 1e-9;

describe('BSR simulations with the WebAssembly kernels', () => {
  for (const [alpha, damping] of [
    [0.3, 0.5],
    [0.6, 0],
    [1.2, 0.5],
  ]) {
    it(`give GAMP-RIE the errors of the JavaScript run, iteration by iteration within 1e-5 relative or 1e-9 (d = 40, α = ${alpha}, damping ${damping})`, () => {
      const spec = { d: 40, beta: 1.5, rho: 0.3, delta: 0, alpha, seed: 3 };
      const { wasm, js } = both(spec, (inst) => runGamp(inst, { maxIter: 30, tol: 0, damping }));
      expect(wasm.outcome).toBe(js.outcome);
      expect(wasm.iterations.length).toBe(js.iterations.length);
      wasm.iterations.forEach((it, t) => {
        expect(close(it.mse, js.iterations[t].mse), `iteration ${t + 1}: ${it.mse} vs ${js.iterations[t].mse}`).toBe(true);
        expect(close(it.zeta, js.iterations[t].zeta)).toBe(true);
      });
      for (let i = 0; i < js.singularValues.length; i++)
        expect(Math.abs(wasm.singularValues[i] - js.singularValues[i])).toBeLessThan(1e-6 * js.singularValues[0]);
    });
  }

  it('give gradient descent the training and test errors of the JavaScript run within 1e-5 relative or 1e-9 (d = 30, 1500 steps)', () => {
    const spec = { d: 30, beta: 1, rho: 0.2, delta: 0, alpha: 0.6, seed: 1 };
    const { wasm, js } = both(spec, (inst) => runGd(inst, { init: 'small', lr: 0.1, steps: 1500, every: 50, seed: 5 }));
    expect(wasm.iterations.length).toBe(js.iterations.length);
    wasm.iterations.forEach((p, i) => {
      expect(close(p.train, js.iterations[i].train), `step ${p.step}: ${p.train} vs ${js.iterations[i].train}`).toBe(true);
      expect(close(p.test, js.iterations[i].test), `step ${p.step}: ${p.test} vs ${js.iterations[i].test}`).toBe(true);
    });
  });
});
