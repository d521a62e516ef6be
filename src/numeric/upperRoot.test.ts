import { describe, expect, it } from 'vitest';
import { polyMul } from './polyRoots';
import { createGaussian } from './random/gaussian';
import { upperRootOfCubic, upperRootOfQuartic } from './upperRoot';

/** A quartic from its roots: a complex pair a ± ib and either a second pair or two real roots. */
function quartic(roots: Array<[number, number]>): number[] {
  let p = [1];
  for (const [re, im] of roots) p = im === 0 ? polyMul(p, [-re, 1]) : p;
  for (const [re, im] of roots) if (im > 0) p = polyMul(p, [re * re + im * im, -2 * re, 1]);
  return p.map((v) => 3 * v);
}

const buffer = (n = 4) => ({ re: new Float64Array(n), im: new Float64Array(n), converged: false });

describe('upperRootOfQuartic', () => {
  it('returns only the highest root, with the other three, and finds it from a nearby start', () => {
    const g = createGaussian(7);
    let fromNear = 0;
    let refused = 0;
    const trials = 2000;
    for (let k = 0; k < trials; k++) {
      const top: [number, number] = [g(), 0.05 + Math.abs(g())];
      const second: Array<[number, number]> =
        k % 2
          ? [[g(), top[1] * Math.abs(Math.tanh(g()))]]
          : [
              [g(), 0],
              [2 * g(), 0],
            ];
      const c = quartic([top, ...second]);
      // A start 5% away from the highest root (as the previous grid point's root is) …
      const out = buffer();
      const near = upperRootOfQuartic(c, top[0] + 0.05 * top[1] * g(), top[1] * (1 + 0.05 * g()), out);
      if (near) {
        fromNear++;
        expect(out.re[0]).toBeCloseTo(top[0], 9);
        expect(out.im[0]).toBeCloseTo(top[1], 9);
        const all = [
          top,
          [top[0], -top[1]],
          ...second.flatMap(([re, im]) =>
            im > 0
              ? [
                  [re, im],
                  [re, -im],
                ]
              : [[re, 0]],
          ),
        ];
        const found = Array.from(out.re, (re, i) => [re, out.im[i]]);
        for (const [re, im] of all) expect(Math.min(...found.map(([a, b]) => Math.hypot(a - re, b - im)))).toBeLessThan(1e-7 * (1 + Math.hypot(re, im)));
      }
      // … and from a start near the lower root: either the highest root or a refusal, never the lower one.
      if (second[0][1] > 0) {
        const low = buffer();
        if (upperRootOfQuartic(c, second[0][0], second[0][1] * 1.01 + 1e-3, low)) expect(low.im[0]).toBeCloseTo(top[1], 9);
        else refused++;
      }
    }
    // Pairs that are nearly as high as the top one can be refused (then the caller's full solve decides).
    expect(fromNear).toBeGreaterThan(0.95 * trials);
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses real roots and real starts', () => {
    const c = quartic([
      [1, 0],
      [2, 0],
      [-1, 0],
      [0.5, 0],
    ]);
    expect(upperRootOfQuartic(c, 1.01, 1e-3, buffer())).toBe(false);
    expect(
      upperRootOfQuartic(
        quartic([
          [0, 1],
          [1, 0.5],
        ]),
        0.1,
        0,
        buffer(),
      ),
    ).toBe(false);
  });

  it('finds the non-real pair of a cubic and the real root left over, and refuses three real roots', () => {
    const g = createGaussian(11);
    let found = 0;
    for (let k = 0; k < 1000; k++) {
      const pair: [number, number] = [g(), 0.05 + Math.abs(g())];
      const real = 2 * g();
      const c = quartic([pair, [real, 0]]);
      const out = buffer(3);
      if (!upperRootOfCubic(c, pair[0] + 0.05 * pair[1] * g(), pair[1] * (1 + 0.05 * g()), out)) continue;
      found++;
      expect(out.re[0]).toBeCloseTo(pair[0], 9);
      expect(out.im[0]).toBeCloseTo(pair[1], 9);
      expect(out.re[2]).toBeCloseTo(real, 8);
      expect(out.im[2]).toBe(0);
    }
    expect(found).toBeGreaterThan(950);
    expect(
      upperRootOfCubic(
        quartic([
          [1, 0],
          [-2, 0],
          [0.5, 0],
        ]),
        0.9,
        0.05,
        buffer(3),
      ),
    ).toBe(false);
  });
});
