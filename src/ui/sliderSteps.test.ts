import { describe, expect, it } from 'vitest';
import type { NumberField } from '../state/schema';
import { niceBelow } from '../numeric/round';
import { keyStep, linearStep, roundDragged } from './sliderSteps';

const rho: NumberField = { kind: 'number', key: 'rho', label: 'ρ', min: 0.001, max: 10, def: 0.5, scale: 'log', step: 0.001 };
const delta: NumberField = { kind: 'number', key: 'delta', label: 'Δ', min: 0, max: 10, def: 0, scale: 'log', step: 0.0001, allowZero: true };
const alpha: NumberField = { kind: 'number', key: 'alpha', label: 'α', min: 0, max: 10, def: 0.3, scale: 'linear', step: 0.001 };
const T: NumberField = { kind: 'number', key: 'T', label: 'T', min: 2, max: 10, def: 2, scale: 'linear', step: 1, integer: true };

/** Presses a key n times from v. */
function press(f: NumberField, v: number, key: string, n: number, shift = false, max?: number): number[] {
  const out: number[] = [];
  let cur = v;
  for (let i = 0; i < n; i++) {
    cur = keyStep(f, cur, key, shift, max) ?? cur;
    out.push(cur);
  }
  return out;
}

describe('slider steps', () => {
  it('a log slider steps by the second digit on a 1-2-5 grid, both ways, across decades', () => {
    expect(press(rho, 0.5, 'ArrowRight', 12)).toEqual([0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, 1.1, 1.2]);
    expect(press(rho, 1.2, 'ArrowLeft', 5)).toEqual([1.1, 1, 0.95, 0.9, 0.85]);
    expect(press(rho, 1.8, 'ArrowRight', 3)).toEqual([1.9, 2, 2.2]);
    expect(press(rho, 2.2, 'ArrowLeft', 3)).toEqual([2, 1.9, 1.8]);
  });

  it('a value off the grid (typed, or 0.4159 from an old link) goes to the next round value', () => {
    expect(keyStep(rho, 0.4159, 'ArrowRight', false)).toBe(0.42);
    expect(keyStep(rho, 0.4159, 'ArrowLeft', false)).toBe(0.4);
    expect(keyStep(rho, 0.4159, 'ArrowRight', true)).toBe(0.416);
  });

  it('Shift steps by the third digit, the Page keys through 1, 2, 5', () => {
    expect(press(rho, 0.5, 'ArrowRight', 3, true)).toEqual([0.505, 0.51, 0.515]);
    expect(press(rho, 0.3, 'PageUp', 4)).toEqual([0.5, 1, 2, 5]);
    expect(press(rho, 0.3, 'PageDown', 3)).toEqual([0.2, 0.1, 0.05]);
  });

  it('Δ steps from 0 to its floor in round values and back to 0', () => {
    expect(press(delta, 0, 'ArrowRight', 4)).toEqual([0.0001, 0.00011, 0.00012, 0.00013]);
    expect(press(delta, 0.00011, 'ArrowLeft', 3)).toEqual([0.0001, 0, 0]);
    expect(press(delta, 0, 'PageUp', 4)).toEqual([0.0001, 0.0002, 0.0005, 0.001]);
  });

  it('stops at the ends of the range', () => {
    expect(press(rho, 9, 'ArrowRight', 3)).toEqual([9.5, 10, 10]);
    expect(press(rho, 0.0012, 'ArrowLeft', 3)).toEqual([0.0011, 0.001, 0.001]);
    expect(keyStep(rho, 0.7, 'Home', false)).toBe(0.001);
    expect(keyStep(delta, 0.7, 'Home', false)).toBe(0);
    expect(keyStep(rho, 0.7, 'End', false, 2)).toBe(2);
  });

  it('a linear slider steps by a 1-2-5 step near a hundredth of its range, snapped to its multiples', () => {
    expect(linearStep(alpha, 1.2)).toBe(0.01);
    expect(press(alpha, 0.3, 'ArrowRight', 3, false, 1.2)).toEqual([0.31, 0.32, 0.33]);
    expect(keyStep(alpha, 0.3047, 'ArrowRight', false, 1.2)).toBe(0.31);
    expect(keyStep(alpha, 0.3047, 'ArrowLeft', false, 1.2)).toBe(0.3);
    expect(press(alpha, 0.3, 'ArrowRight', 2, true, 1.2)).toEqual([0.301, 0.302]);
    expect(press(alpha, 1.15, 'ArrowRight', 2, false, 1.2)).toEqual([1.16, 1.17]);
    expect(press(alpha, 1.19, 'ArrowRight', 2, false, 1.2)).toEqual([1.2, 1.2]);
  });

  it('whole-number sliders step by whole numbers', () => {
    expect(press(T, 2, 'ArrowRight', 3)).toEqual([3, 4, 5]);
    expect(press(T, 3, 'ArrowRight', 1, true)).toEqual([4]);
  });

  it('niceBelow and drag rounding', () => {
    expect([0.012, 0.03, 0.07, 1, 4.99].map(niceBelow)).toEqual([0.01, 0.02, 0.05, 1, 2]);
    expect(roundDragged(rho, 0.41593)).toBe(0.416);
    expect(roundDragged(delta, 0.00011224)).toBe(0.000112);
    expect(roundDragged(alpha, 0.30471, 1.2)).toBe(0.305);
    expect(roundDragged(T, 3.4)).toBe(3);
  });
});
