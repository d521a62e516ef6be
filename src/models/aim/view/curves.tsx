import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { keptLike } from '../../../bridge/bridge';
import { answerTime } from '../../../ui/answerTime';
import { type PanelStatus, useQuery } from '../../../bridge/hooks';
import type { Family } from '../../../state/commonFields';
import { parseList } from '../../../state/schema';
import { useExplorer } from '../../../state/useExplorer';
import { type FamilyCurve, familyText as familyTextOf } from '../../../ui/family';
import { softmaxAlphas } from '../curveRequest';
import { useDraft } from '../../../ui/useDraft';
import type { AimCurveResponse } from '../api';
import { aimClient } from './client';
import { type AimAxes, useAimAxes } from './geometry';
import type { AimCurve } from './plotInput';
import { type CurveInputs, type ShownCurve, sameInputs } from './readout';

/**
 * The curves of the current settings, shared by the error plot, its readout, the spectrum and the test
 * error: one request per setting, however many panels show it.
 */
export interface AimCurves {
  axes: AimAxes;
  /** The inputs now asked for. */
  inputs: CurveInputs;
  /** The main curve on screen, with the inputs it belongs to (the previous ones while new ones compute). */
  shown: ShownCurve | null;
  status: PanelStatus;
  detail: string;
  family: FamilyCurve<AimCurve>[];
  familyKind: Family;
}

const NO_FAMILY: FamilyCurve<AimCurve>[] = [];

const CurvesContext = createContext<AimCurves | null>(null);

export function useAimCurves(): AimCurves {
  const c = useContext(CurvesContext);
  if (!c) throw new Error('useAimCurves outside AimCurvesProvider');
  return c;
}

export function AimCurvesProvider({ children }: { children: ReactNode }) {
  const axes = useAimAxes();
  const { hard, T, rho, top } = axes;
  const { published, familyKind, familyText } = useExplorer(
    useShallow((s) => ({ published: s.aimPublished, familyKind: s.family, familyText: s.familyValues })),
  );
  const inputs = useMemo<CurveInputs>(() => ({ hard, T, rho, top }), [hard, T, rho, top]);
  const alphas = useMemo(() => softmaxAlphas(top), [top]);
  // While ρ moves, each new value needs a new denoising table: the curves come from the draft table (useDraft).
  const draft = useDraft(String(rho));
  const softQ = hard ? null : aimClient.recall('curve', { T, rho, alphas, draft }, { lane: 'aim.curve' });
  const softShown = (curve: AimCurveResponse): ShownCurve => ({ inputs: { ...inputs, draft }, curve: { channel: 'softmax', curve } });
  const soft = useQuery(
    (): Promise<ShownCurve | null> => (softQ ? softQ.run().then(softShown) : Promise.resolve(null)),
    hard ? 'hardmax' : JSON.stringify({ ...inputs, draft }),
    (): ShownCurve | undefined => {
      const curve = softQ?.seeded();
      return curve && softShown(curve);
    },
  );
  // A hardmax curve costs what its denoising table costs (the channel moment comes from a table), so a ρ drag
  // asks for a curve at every step; requests overtaken by a newer ρ are dropped (useQuery).
  const hardQ = hard ? aimClient.recall('hardmax', { rho, published, draft }, { lane: 'aim.curve' }) : null;
  const hq = useQuery(
    () => (hardQ ? hardQ.run().then((c) => ({ ...c, draft })) : Promise.resolve(null)),
    JSON.stringify({ rho, published, hard, draft }),
    () => {
      const c = hardQ?.seeded();
      return c && keptLike(c, { ...c, draft });
    },
  );
  // Extra curves, one per ρ (or per T for softmax), on the same α grid as the main curve.
  const values =
    familyKind === 'rho' || (familyKind === 'T' && !hard)
      ? parseList(familyTextOf(familyKind, familyText)).values.filter((v) => familyKind !== 'T' || Number.isInteger(v))
      : [];
  const freq = { kind: familyKind, values, T, rho, alphas, hard, top };
  const fq = useQuery(
    (r = freq): Promise<FamilyCurve<AimCurve>[]> =>
      Promise.all(
        r.values.map(async (v): Promise<FamilyCurve<AimCurve>> => {
          const fT = r.kind === 'T' ? v : r.T;
          const fRho = r.kind === 'rho' ? v : r.rho;
          const curve: AimCurve = r.hard
            ? { channel: 'hardmax', curve: await aimClient.call('hardmax', { rho: fRho }) }
            : { channel: 'softmax', curve: await aimClient.call('curve', { T: fT, rho: fRho, alphas: r.alphas }) };
          return { value: v, curve };
        }),
      ),
    JSON.stringify({ ...freq, alphas: alphas.length }),
  );
  const hardData = hq.data;
  const hardShown = useMemo<ShownCurve | null>(
    () => (hardData ? { inputs: { hard: true, T: 2, rho: hardData.rho, top, draft: hardData.draft }, curve: { channel: 'hardmax', curve: hardData } } : null),
    [hardData, top],
  );
  const shown = hard ? hardShown : soft.data;
  const q = hard ? hq : soft;
  // A curve of another ρ (or T, or channel) left on screen while the new one computes is another state's: stale, never ready.
  const status = q.status === 'ready' && shown && !sameInputs(shown.inputs, inputs) ? 'stale' : q.status;
  const detail = q.status === 'failed' ? (q.error ?? '') : shown ? answerTime(shown.curve.curve) : '';
  const family = values.length ? (fq.data ?? NO_FAMILY) : NO_FAMILY;
  const value = useMemo<AimCurves>(
    () => ({ axes, inputs, shown, status, detail, family, familyKind }),
    [axes, inputs, shown, status, detail, family, familyKind],
  );
  return <CurvesContext.Provider value={value}>{children}</CurvesContext.Provider>;
}
