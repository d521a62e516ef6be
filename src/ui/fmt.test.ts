import { describe, expect, it } from 'vitest';
import { fmt, withError } from './fmt';

describe('withError', () => {
  it('rounds the value to the first significant digit of its error, two where that digit is 1', () => {
    expect(withError(0.71869, 0.00031)).toBe('0.7187 ± 0.0003');
    expect(withError(0.185473, 0.0000081)).toBe('0.185473 ± 0.000008');
    expect(withError(0.9437, 0.034)).toBe('0.94 ± 0.03');
    expect(withError(0.97, 0.104)).toBe('0.97 ± 0.10');
    expect(withError(1.2, 0.15)).toBe('1.20 ± 0.15');
    expect(withError(12.3, 2.6)).toBe('12 ± 3');
  });

  it('says when there is no error, and shows a missing value as a dash', () => {
    expect(withError(0.5, undefined)).toBe(`${fmt(0.5)} (no error estimate)`);
    expect(withError(0.5, Number.NaN)).toBe(`${fmt(0.5)} (no error estimate)`);
    expect(withError(0.5, 0)).toBe(`${fmt(0.5)} (no error estimate)`);
    expect(withError(Number.NaN, 0.1)).toBe('—');
  });
});
