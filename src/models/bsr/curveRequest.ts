import type { Axis } from '../../state/schema';
import { CURVE_POINTS } from '../../ui/family';
import type { BsrCurveRequest } from './api';
import { fromAlphaTilde } from './theory/thresholds';

/** What the error curve is computed from (the cursor α is not: it only reads the curve). */
export interface CurveInputs {
  beta: number;
  rho: number;
  delta: number;
  axis: Axis;
  alphaMax: number;
}

/** The worker lane of the main curve: it never waits behind a side panel's job. */
export const CURVE_LANE = 'bsr.curve';

/** Names the curve's inputs: the readout and the export compare it with the key of the data shown. */
export const curveKey = (p: CurveInputs): string => `${p.beta}|${p.rho}|${p.delta}|${p.axis}|${p.alphaMax}`;

/** Grid of α values for the plot, evenly spaced on the chosen axis. */
export function alphaGrid(axis: Axis, max: number, beta: number, rho: number): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = (max * i) / (CURVE_POINTS - 1);
    return axis === 'alpha' ? x : fromAlphaTilde(x, beta, rho);
  });
}

/** The curve request for these inputs (`draft`: from the draft table, while β or ρ is dragged). */
export function curveRequest(p: CurveInputs, draft = false): BsrCurveRequest {
  return { beta: p.beta, rho: p.rho, delta: p.delta, alphas: alphaGrid(p.axis, p.alphaMax, p.beta, p.rho), draft };
}
