import { useEffect, useMemo, useRef, useState } from 'react';
import type { BsrCurveRequest, BsrCurveResponse } from '../api';
import { fromAlphaTilde } from '../theory/thresholds';
import type { Axis } from '../../../state/schema';
import { latestOnly } from '../../../ui/latestOnly';
import { CURVE_POINTS } from '../../../ui/family';
import { bsrClient } from './client';
import type { PanelStatus } from '../../../bridge/hooks';

export interface CurveState {
  data: BsrCurveResponse | null;
  /** Parameters the shown data belong to (may lag behind the sliders while computing). */
  shownFor: BsrCurveRequest | null;
  status: PanelStatus;
  error: string | null;
}

/** Grid of α values for the plot, evenly spaced on the chosen axis. */
export function alphaGrid(axis: Axis, max: number, beta: number, rho: number): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = (max * i) / (CURVE_POINTS - 1);
    return axis === 'alpha' ? x : fromAlphaTilde(x, beta, rho);
  });
}

/** E_BO and baselines for the current parameters, computed in the worker; the latest request wins. */
export function useBsrCurve(beta: number, rho: number, delta: number, axis: Axis, alphaMax: number): CurveState {
  const [state, setState] = useState<CurveState>({ data: null, shownFor: null, status: 'computing', error: null });
  const submit = useRef<((r: BsrCurveRequest) => void) | null>(null);
  if (!submit.current) {
    submit.current = latestOnly<BsrCurveRequest, BsrCurveResponse>(
      (req) => bsrClient.call('curve', req, { lane: 'bsr.curve' }),
      (data, req, superseded) => setState({ data, shownFor: req, status: superseded ? 'stale' : 'ready', error: null }),
      (e, req, superseded) =>
        setState((s) => ({ ...s, shownFor: req, status: superseded ? 'stale' : 'failed', error: e instanceof Error ? e.message : String(e) })),
    );
  }
  const req = useMemo(() => ({ beta, rho, delta, alphas: alphaGrid(axis, alphaMax, beta, rho) }), [beta, rho, delta, axis, alphaMax]);
  useEffect(() => {
    setState((s) => ({ ...s, status: s.data ? 'stale' : 'computing' }));
    submit.current!(req);
  }, [req]);
  return state;
}
