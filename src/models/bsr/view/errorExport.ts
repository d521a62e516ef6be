import type { Family } from '../../../state/commonFields';
import type { PanelData } from '../../../ui/export';
import type { FamilyCurve } from '../../../ui/family';
import type { BsrCurveResponse } from '../api';
import type { CurveInputs } from './useBsrCurve';

/** The error panel's export: every plotted curve on the α grid, with the parameters it was computed for. */
export function curveData(curve: BsrCurveResponse, p: CurveInputs, family: Family, familyCurves: FamilyCurve<BsrCurveResponse>[]): PanelData {
  return {
    name: 'curve',
    params: { beta: p.beta, rho: p.rho, delta: p.delta, axis: p.axis, alphaPR: curve.alphaPR, alphaMNNE: curve.alphaMNNE },
    columns: {
      alpha: curve.alpha,
      alphaTilde: curve.alphaTilde,
      bo: curve.bo,
      ridge: curve.ridge,
      lowRank: curve.lowRank,
      largeBeta: curve.largeBeta,
      status: curve.status,
      ...Object.fromEntries(familyCurves.map((f) => [`bo_${family}_${f.value}`, f.curve.bo])),
    },
  };
}
