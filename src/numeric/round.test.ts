import { describe, expect, it } from 'vitest';
import { ceilSig, floorSig, niceBelow } from './round';

describe('rounding to significant digits', () => {
  it('rounds down for range ends and up for error bounds, never past the value on the wrong side', () => {
    for (const x of [0.14, 0.0093, 0.0051, 1.25, 0.99, 7e-5, 0.3]) {
      expect(floorSig(x, 1)).toBeLessThanOrEqual(x);
      expect(ceilSig(x, 1)).toBeGreaterThanOrEqual(x);
    }
    expect(ceilSig(0.14, 1)).toBe(0.2);
    expect(ceilSig(0.0093, 1)).toBe(0.01);
    expect(ceilSig(0.3, 1)).toBe(0.3);
    expect(ceilSig(0.123, 2)).toBe(0.13);
    expect(floorSig(0.16, 1)).toBe(0.1);
    expect(ceilSig(0, 1)).toBe(0);
    expect(ceilSig(Number.NaN, 1)).toBeNaN();
  });

  it('picks the largest 1-2-5 number not above x', () => {
    expect([0.7, 3, 19, 50].map(niceBelow)).toEqual([0.5, 2, 10, 50]);
  });
});
