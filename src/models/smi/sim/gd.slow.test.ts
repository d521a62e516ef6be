import { describe, expect, it } from 'vitest';
import { createGaussian } from '../../../numeric/random/gaussian';
import { lossAndGradient, makeGdData, runGd, type GdIteration } from './gd';

describe('lossAndGradient', () => {
  // Measured relative errors: 9e-11 (c = 1), 1.4e-10 (c = 0.5).
  it.each([
    [1, false],
    [0.5, true],
  ])('matches central finite differences at c = %s (subset of samples: %s)', (c, subset) => {
    const D = 8;
    const g = createGaussian(3);
    const w1 = Float64Array.from({ length: D }, g);
    const w2 = Float64Array.from({ length: D }, g);
    const data = makeGdData(w1, w2, 40, c, g);
    const idx = subset ? Int32Array.from([3, 17, 0, 29, 11, 5, 38]) : null;
    const v = [Float64Array.from({ length: D }, g), Float64Array.from({ length: D }, g)];
    const grad = [new Float64Array(D), new Float64Array(D)];
    const none = new Float64Array(0);
    const loss = lossAndGradient(data, v[0], v[1], c, idx, grad[0], grad[1]);
    expect(loss).toBeGreaterThan(0.01);
    expect(lossAndGradient(data, v[0], v[1], c, idx, none, none)).toBe(loss);
    const h = 1e-5;
    let num = 0;
    let den = 0;
    for (let l = 0; l < 2; l++) {
      for (let i = 0; i < D; i++) {
        const s = v[l][i];
        v[l][i] = s + h;
        const lp = lossAndGradient(data, v[0], v[1], c, idx, none, none);
        v[l][i] = s - h;
        const lm = lossAndGradient(data, v[0], v[1], c, idx, none, none);
        v[l][i] = s;
        num += ((lp - lm) / (2 * h) - grad[l][i]) ** 2;
        den += grad[l][i] ** 2;
      }
    }
    expect(den).toBeGreaterThan(1e-4);
    expect(Math.sqrt(num / den)).toBeLessThan(1e-5);
  });

  it('gives zero loss and zero gradient at the teacher', () => {
    const g = createGaussian(5);
    const w1 = Float64Array.from({ length: 10 }, g);
    const w2 = Float64Array.from({ length: 10 }, g);
    const data = makeGdData(w1, w2, 30, 1, g);
    const g1 = new Float64Array(10);
    const g2 = new Float64Array(10);
    expect(lossAndGradient(data, w1, w2, 1, null, g1, g2)).toBe(0);
    expect(Math.max(...g1.map(Math.abs), ...g2.map(Math.abs))).toBe(0);
    // y is unchanged by w_ℓ → −w_ℓ
    const n1 = w1.map((a) => -a);
    expect(lossAndGradient(data, n1, w2, 1, null, new Float64Array(0), new Float64Array(0))).toBeLessThan(1e-28);
  });
});

describe('runGd', () => {
  it('is reproducible from the seed', () => {
    const opts = { D: 30, alpha: 5, skip: 1, steps: 60, recordEvery: 10 };
    const a = runGd({ ...opts, seed: 11 });
    const b = runGd({ ...opts, seed: 11 });
    const other = runGd({ ...opts, seed: 12 });
    const strip = (its: GdIteration[]) => JSON.stringify(its);
    expect(a.iterations).toHaveLength(7);
    expect(strip(a.iterations)).toBe(strip(b.iterations));
    expect(a.iterations[6].loss).not.toBe(other.iterations[6].loss);
    expect(a.testError).toBe(a.iterations[6].testError);
  });

  /*
   * D = 100, α = 15 (n = 1500), c = 1, defaults (SGD lr 50, batch 200, λ = 0.01, last 20% annealed), 2000 steps.
   * Measured for seeds 1–10: cos₂ > 0.9 at step 5–15 with cos₁ ≤ 0.12 at that time; cos₁ > 0.5 at steps
   * 45–315 (seeds 1, 2, 3: 95, 235, 125); cos₁ > 0.9 at 95–540; final cos₁ ≥ 0.9999, cos₂ ≥ 0.99995, test error
   * 5e-7–2e-5. About 0.6 s per seed. At D = 60 the same holds (cos₁ > 0.5 at 30–440, cos₁ ≤ 0.31 at the cos₂
   * crossing). The thresholds below leave a factor ≥ 3 or an order of magnitude of room.
   */
  it('learns layer 2 before layer 1 (D = 100, α = 15, c = 1)', () => {
    for (const seed of [1, 2, 3]) {
      const r = runGd({ D: 100, alpha: 15, skip: 1, seed, steps: 2000, recordEvery: 5 });
      expect(r.outcome).not.toBe('diverged');
      expect(r.n).toBe(1500);
      const l2 = r.iterations.find((it) => it.cosine[1] > 0.9);
      const l1 = r.iterations.find((it) => it.cosine[0] > 0.5);
      expect(l2 && l1).toBeTruthy();
      expect(l2!.step).toBeLessThanOrEqual(30);
      expect(l2!.cosine[0]).toBeLessThan(0.3);
      expect(l1!.step).toBeGreaterThanOrEqual(3 * l2!.step);
      const last = r.iterations[r.iterations.length - 1];
      expect(last.step).toBe(2000);
      expect(last.cosine[1]).toBeGreaterThan(0.999);
      expect(last.cosine[0]).toBeGreaterThan(0.99);
      expect(r.testError).toBeLessThan(1e-3);
      expect(r.testError).toBeLessThan(r.iterations[0].testError / 100);
    }
  }, 20_000);

  it('reports divergence instead of returning a blown-up student', () => {
    const r = runGd({ D: 50, alpha: 15, skip: 1, seed: 1, steps: 200, lr: 1e4 });
    expect(r.outcome).toBe('diverged');
    expect(r.message).toMatch(/blew up; lower lr/);
  });

  it('streams the records through onIteration', () => {
    const seen: number[] = [];
    const r = runGd({ D: 20, alpha: 3, skip: 1, seed: 2, steps: 300, onIteration: (it) => seen.push(it.step) });
    expect(seen).toEqual(r.iterations.map((it) => it.step));
    expect(seen.length).toBe(151);
  });

  it('rejects bad input with a RangeError', () => {
    const ok = { D: 20, alpha: 3, skip: 1, seed: 1, steps: 10 };
    const bad: [object, RegExp][] = [
      [{ D: 1 }, /D must be an integer ≥ 2/],
      [{ D: 10.5 }, /D must be an integer ≥ 2/],
      [{ alpha: 0 }, /alpha must be a finite number > 0/],
      [{ alpha: NaN }, /alpha/],
      [{ skip: -0.1 }, /skip strength c must be ≥ 0/],
      [{ steps: 0 }, /steps must be an integer ≥ 1/],
      [{ lr: 0 }, /lr must be a finite number > 0/],
      [{ lr: -1 }, /lr must be/],
      [{ weightDecay: -1 }, /weightDecay must be ≥ 0/],
      [{ batch: 61 }, /batch must be an integer in \[1, n = 60\]/],
      [{ optimizer: 'lbfgs' }, /optimizer must be 'sgd' or 'adam'/],
      [{ anneal: 2 }, /anneal must lie in \[0, 1\]/],
      [{ seed: 1.5 }, /seed must be an integer/],
      [{ D: 5000, alpha: 10 }, /exceeds the memory cap 4e7/],
    ];
    for (const [patch, msg] of bad) expect(() => runGd({ ...ok, ...patch } as never)).toThrow(msg);
    for (const [patch] of bad) expect(() => runGd({ ...ok, ...patch } as never)).toThrow(RangeError);
  });
});
