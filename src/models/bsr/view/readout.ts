import { interpolate } from '../../../numeric/interpolate';
import type { Axis } from '../../../state/commonFields';
import type { BsrCurveResponse } from '../api';
import { toAlphaTilde } from '../theory/thresholds';

export interface CurveReadout {
  bo: number;
  ridge: number;
  pr: number;
  mnne: number;
}

/** The numbers at the cursor α, read off a curve computed for the current parameters. */
export function curveReadout(curve: BsrCurveResponse, at: { alpha: number; axis: Axis; beta: number; rho: number }): CurveReadout {
  const tilde = at.axis === 'alphaTilde';
  const xs = tilde ? curve.alphaTilde : curve.alpha;
  const x = tilde ? toAlphaTilde(at.alpha, at.beta, at.rho) : at.alpha;
  return { bo: interpolate(xs, curve.bo, x), ridge: interpolate(xs, curve.ridge, x), pr: curve.alphaPR, mnne: curve.alphaMNNE };
}
