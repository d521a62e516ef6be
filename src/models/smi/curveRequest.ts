import type { SmiCurveRequest } from './api';

/** Points of the staircase plot across its α range. */
export const CURVE_POINTS = 161;

/** The worker lane of the staircase. */
export const SMI_CURVE_LANE = 'smi.curve';

/** The lane of the full curve (with the plug-in error), so the staircase never waits behind it. */
export const SMI_GEN_LANE = 'smi.gen';

export function curveAlphas(alphaMax: number): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => (alphaMax * i) / (CURVE_POINTS - 1));
}

/**
 * The view's staircase request, one function for the view and the start-up request so the two are identical.
 * `draft` (while c moves, and for the first curve) leaves out the plug-in generalisation error, most of a
 * curve's cost (0.1–0.2 s against under 2 ms for the staircase read off shipped data).
 */
export function staircaseRequest(s: { layers: number; skip: number; alphaMax: number }, draft: boolean): SmiCurveRequest {
  const layers = s.layers === 3 ? 3 : 2;
  // Never a direct computation: every c of the slider is read off the shipped grids (api.test.ts).
  return { layers, skip: s.skip, alphas: curveAlphas(s.alphaMax), compute: false, genError: !draft };
}
