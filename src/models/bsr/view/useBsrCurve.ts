import { useShallow } from 'zustand/react/shallow';
import { type QueryState, useQuery } from '../../../bridge/hooks';
import type { Axis } from '../../../state/schema';
import { useExplorer } from '../../../state/useExplorer';
import { CURVE_POINTS } from '../../../ui/family';
import type { BsrCurveResponse } from '../api';
import { fromAlphaTilde } from '../theory/thresholds';
import { bsrClient } from './client';
import { useShapeDraft } from './useDraft';

/** What the error curve is computed from (the cursor α is not: it only reads the curve). */
export interface CurveInputs {
  beta: number;
  rho: number;
  delta: number;
  axis: Axis;
  alphaMax: number;
}

/** Names the curve's inputs: the readout and the export compare it with the key of the data shown. */
export const curveKey = (p: CurveInputs): string => `${p.beta}|${p.rho}|${p.delta}|${p.axis}|${p.alphaMax}`;

/** Grid of α values for the plot, evenly spaced on the chosen axis. */
export function alphaGrid(axis: Axis, max: number, beta: number, rho: number): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = (max * i) / (CURVE_POINTS - 1);
    return axis === 'alpha' ? x : fromAlphaTilde(x, beta, rho);
  });
}

export interface Curve {
  query: QueryState<BsrCurveResponse>;
  /** Key of the current inputs. */
  key: string;
}

/**
 * E_BO and baselines for the current parameters, computed in the worker; the latest request wins. While β or ρ
 * moves the curve comes from the draft table (useShapeDraft); moving α or Δ reuses the table and is exact.
 */
export function useBsrCurve(): Curve {
  const p = useExplorer(useShallow((s): CurveInputs => ({ beta: s.beta, rho: s.rho, delta: s.delta, axis: s.axis, alphaMax: s.alphaMax })));
  const key = curveKey(p);
  const draft = useShapeDraft(p.beta, p.rho);
  const query = useQuery(
    () =>
      bsrClient.call('curve', { beta: p.beta, rho: p.rho, delta: p.delta, alphas: alphaGrid(p.axis, p.alphaMax, p.beta, p.rho), draft }, { lane: 'bsr.curve' }),
    draft ? `${key}|draft` : key,
  );
  return { query, key };
}
