import type { Family } from '../../../state/commonFields';
import type { PanelData } from '../../../ui/export';
import type { FamilyCurve } from '../../../ui/family';
import { simColumns } from '../../../ui/sim/SimResults';
import type { AimSimPointResult } from '../simPoint';
import { type AimCurve, errorCurve } from './plotInput';
import { type ShownCurve, testCurve } from './readout';
import { type SimSettings, simAlgo } from './simRequest';

/** The error plot's data, with the parameters of the curve it holds (not the inputs that may be computing). */
export function curveData(shown: ShownCurve | null, family: FamilyCurve<AimCurve>[], familyKind: Family, published: boolean): PanelData | null {
  if (!shown) return null;
  const { inputs, curve: c } = shown;
  if (c.channel === 'hardmax') {
    const data = errorCurve(c, inputs.top);
    const pub = published ? c.curve.published : null;
    return {
      name: 'curve',
      params: { model: 'aim', channel: 'hardmax', T: 2, rho: inputs.rho },
      columns: {
        alpha: data.alpha,
        alphaBar: data.alphaBar,
        mmse: data.mmse,
        ...(pub ? { publishedAlpha: pub.alpha, publishedMmse: pub.mmse } : {}),
      },
    };
  }
  return {
    name: 'curve',
    params: { model: 'aim', channel: 'softmax', T: inputs.T, rho: inputs.rho, alphaPR: c.curve.alphaPR },
    columns: {
      alpha: c.curve.alpha,
      alphaBar: c.curve.alphaBar,
      mmse: c.curve.mmse,
      gaussianPrior: c.curve.gaussian,
      status: c.curve.status,
      // Family curves share the α grid of the main curve.
      ...Object.fromEntries(family.map((f) => [`mmse_${familyKind}_${f.value}`, errorCurve(f.curve, inputs.top).mmse])),
    },
  };
}

export function testData(shown: ShownCurve | null): PanelData | null {
  const test = shown && testCurve(shown.curve, shown.inputs.top);
  if (!shown || !test) return null;
  const { hard, T, rho } = shown.inputs;
  return {
    name: 'test-error',
    params: { model: 'aim', channel: hard ? 'hardmax' : 'softmax', T, rho, definition: 'E||y - E[y|x,data]||_F^2 per sample' },
    columns: { alpha: test.alpha, testError: test.value },
  };
}

export function spectrumData(
  req: { T: number; rho: number; alpha: number },
  sp: { status: string; delta: number; s: number[]; density: number[] } | null,
): PanelData | null {
  if (!sp || sp.status !== 'converged') return null;
  return { name: 'spectrum', params: { model: 'aim', T: req.T, rho: req.rho, alpha: req.alpha, delta: sp.delta }, columns: { s: sp.s, density: sp.density } };
}

export function simulationData(s: SimSettings, shown: AimSimPointResult[]): PanelData | null {
  if (!shown.length) return null;
  return {
    name: 'simulation',
    params: {
      model: 'aim',
      channel: s.channel,
      T: s.channel === 'hardmax' ? 2 : s.T,
      algo: simAlgo(s),
      D: s.simD,
      seeds: s.simSeeds,
      firstSeed: s.simSeed,
      rho: s.rho,
    },
    columns: simColumns(shown),
  };
}
