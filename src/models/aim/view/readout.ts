import { interpolate } from '../../../numeric/interpolate';
import { type AimCurve, errorCurve } from './plotInput';

/** What the main curve is computed from. The α range only sets the grid the softmax curve is sampled on. */
export interface CurveInputs {
  hard: boolean;
  T: number;
  rho: number;
  top: number;
  /** Computed from the draft denoising table while ρ was dragged: drawn, but no readout reads it. */
  draft?: boolean;
}

/** A curve with the inputs it was computed for: while new inputs compute, the old curve stays on screen. */
export interface ShownCurve {
  inputs: CurveInputs;
  curve: AimCurve;
}

/**
 * A value at the cursor depends on the channel, T (softmax; hardmax has T = 2) and ρ only, so a curve
 * computed for another α range still gives it, as long as that range reaches the cursor.
 */
export function sameInputs(a: CurveInputs, b: CurveInputs): boolean {
  return a.hard === b.hard && a.rho === b.rho && (a.hard || a.T === b.T) && !a.draft === !b.draft;
}

/** The curve on screen if it belongs to the current inputs and reaches α; null while it is another state's. */
export function freshAt(shown: ShownCurve | null, now: CurveInputs, alpha: number): ShownCurve | null {
  if (!shown || !sameInputs(shown.inputs, now)) return null;
  if (!shown.inputs.hard && alpha > shown.inputs.top) return null;
  return shown;
}

/** The error of a curve at α (interpolated in α, so the axis shown does not matter). */
export function mmseOn(c: AimCurve, alpha: number): number {
  const e = errorCurve(c, Number.POSITIVE_INFINITY);
  return interpolate(e.alpha, e.mmse, alpha);
}

/** The Bayes-optimal test error along a curve (T = 2 only), up to the end of the plot. */
export function testCurve(c: AimCurve, top: number): { alpha: number[]; value: number[] } | null {
  if (c.channel === 'softmax') return c.curve.testError ? { alpha: c.curve.alpha, value: c.curve.testError } : null;
  const d = c.curve;
  const keep = d.alpha.map((_a, i) => i).filter((i) => d.alpha[i] <= top * 1.02);
  return { alpha: keep.map((i) => d.alpha[i]), value: keep.map((i) => d.testError[i]) };
}

/** The readout under the error plot: numbers of the current inputs only, null where they are being computed. */
export interface Readout {
  mmse: number | null;
  /** 'none' for hardmax, which has no perfect-recovery threshold. */
  alphaPR: number | 'none' | null;
  testError: number | null;
}

export function readoutAt(shown: ShownCurve | null, now: CurveInputs, alpha: number): Readout {
  const fresh = freshAt(shown, now, alpha);
  const test = fresh && testCurve(fresh.curve, Number.POSITIVE_INFINITY);
  return {
    mmse: fresh ? mmseOn(fresh.curve, alpha) : null,
    alphaPR: now.hard ? 'none' : fresh?.curve.channel === 'softmax' ? fresh.curve.curve.alphaPR : null,
    testError: test ? interpolate(test.alpha, test.value, alpha) : null,
  };
}

export interface SpectrumRequest {
  T: number;
  rho: number;
  alpha: number;
  points: number;
  hardmaxError?: number;
}

/**
 * The spectrum at the cursor. Softmax has it in closed form; hardmax needs the error there, taken from the
 * curve on screen with that curve's ρ, so the spectrum is always one state's (null until a curve is there).
 */
export function spectrumRequest(shown: ShownCurve | null, now: CurveInputs, alpha: number): SpectrumRequest | null {
  if (!now.hard) return { T: now.T, rho: now.rho, alpha, points: 300 };
  if (shown?.curve.channel !== 'hardmax') return null;
  const m = mmseOn(shown.curve, alpha);
  // An error outside (0, 1) has no spectrum: the worker says so.
  return { T: 2, rho: shown.inputs.rho, alpha, points: 300, hardmaxError: Number.isFinite(m) ? m : 1 };
}
