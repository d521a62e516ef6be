import { niceBelow } from '../numeric/round';
import type { NumberField } from '../state/schema';

/**
 * Round values for sliders: arrow keys step through numbers a lecturer would say aloud, and a drag lands on them.
 * Log sliders step by the second significant digit on a 1-2-5 grid (1, 1.1, …, 2, 2.2, …, 5, 5.5, …, 10), Shift
 * by the third, PageUp/PageDown through 1, 2, 5, 10; linear sliders by a 1-2-5 step near a hundredth of the
 * range (Shift a tenth of it, Page keys ten). A field that allows 0 (Δ) steps from 0 to its floor and back.
 */

/** Twelve significant digits: removes the binary noise of k·step without touching a typed value's digits. */
const clean = (x: number) => Number(x.toPrecision(12));

/** Grid spacing of a log slider at v: by the mantissa, 0.1, 0.2 or 0.5 (fine: 0.01, 0.02, 0.05) × 10^exponent. */
function logGrid(v: number, fine: boolean): number {
  const e = Math.floor(Math.log10(v));
  const m = v / 10 ** e;
  return (m < 2 ? 0.1 : m < 5 ? 0.2 : 0.5) * (fine ? 0.1 : 1) * 10 ** e;
}

/** The next grid value above (dir 1) or below (dir −1) v, where grid(x) gives the spacing around x. */
function nextOnGrid(v: number, dir: 1 | -1, grid: (x: number) => number): number {
  // The spacing below a grid boundary (2, 5, 10) is the finer one: ask for it just below v when going down.
  const g = grid(dir > 0 ? v : v * (1 - 1e-9));
  const k = dir > 0 ? Math.floor(v / g + 1e-9) + 1 : Math.ceil(v / g - 1e-9) - 1;
  return clean(k * g);
}

/** The next of 1, 2, 5 × 10^k above or below v. */
function next125(v: number, dir: 1 | -1): number {
  const seq = [1, 2, 5];
  const e = Math.floor(Math.log10(v) + 1e-12);
  const all = [-1, 0, 1].flatMap((d) => seq.map((m) => clean(m * 10 ** (e + d))));
  const found = dir > 0 ? all.find((x) => x > v * (1 + 1e-9)) : [...all].reverse().find((x) => x < v * (1 - 1e-9));
  return found ?? v;
}

/** The linear slider's step: a 1-2-5 number near a hundredth of the range (at least 1 for whole numbers). */
export function linearStep(f: NumberField, max = f.max): number {
  const s = niceBelow((max - f.min) / 100);
  return f.integer ? Math.max(1, Math.round(s)) : s;
}

/** The value after a key press on the slider, or null if the key does not move it. */
export function keyStep(f: NumberField, value: number, key: string, shift: boolean, max = f.max): number | null {
  const up = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp';
  const down = key === 'ArrowLeft' || key === 'ArrowDown' || key === 'PageDown';
  if (key === 'Home') return f.allowZero ? 0 : f.min;
  if (key === 'End') return max;
  if (!up && !down) return null;
  const dir = up ? 1 : -1;
  const page = key === 'PageUp' || key === 'PageDown';
  const clamp = (v: number) => Math.min(max, Math.max(f.min, v));
  if (f.scale === 'linear') {
    const step = linearStep(f, max) * (page ? 10 : shift && !f.integer ? 0.1 : 1);
    return clamp(nextOnGrid(value, dir, () => step));
  }
  const floor = f.allowZero ? 1e-4 : f.min;
  if (value <= 0 || value < floor) return dir > 0 ? floor : f.allowZero ? 0 : floor;
  if (dir < 0 && value <= floor * (1 + 1e-9)) return f.allowZero ? 0 : floor;
  const v = page ? next125(value, dir) : nextOnGrid(value, dir, (x) => logGrid(x, shift));
  return Math.min(max, Math.max(floor, v));
}

/** A dragged slider's value rounded to what the slider resolves: three significant digits, or a tenth of a linear step. */
export function roundDragged(f: NumberField, value: number, max = f.max): number {
  if (value === 0) return 0;
  if (f.integer) return Math.round(value);
  if (f.scale === 'linear') {
    const s = linearStep(f, max) / 10;
    return clean(Math.round(value / s) * s);
  }
  return Number(value.toPrecision(3));
}
