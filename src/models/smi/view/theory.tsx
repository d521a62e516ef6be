import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NOTHING, type Recall } from '../../../bridge/bridge';
import { type QueryState, useQuery } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import type { SmiCurveResult, SmiThresholdsResult } from '../api';
import { useDraft } from '../../../ui/useDraft';
import { curveAlphas, SMI_CURVE_LANE, SMI_GEN_LANE, staircaseRequest } from '../curveRequest';
import { smiClient } from './client';

/**
 * The theory of the current settings, shared by the staircase, its readout, the generalisation-error panel and
 * the description: one curve request per setting, however many panels show it.
 */
export interface SmiTheory {
  depth: 2 | 3;
  skip: number;
  /**
   * Names the inputs of the staircase; a readout shows a number only when the curve on screen belongs to them
   * (`curveIsCurrent`), a draft (without the plug-in error) or the full curve, whose overlaps are the same.
   */
  curveKey: string;
  curve: QueryState<SmiCurveResult>;
  /** The curve in the published convention (variance floor 10⁻³), where it is shown. */
  paperSe: SmiCurveResult | null;
  thresholdsKey: string;
  thresholds: QueryState<SmiThresholdsResult>;
}

const TheoryContext = createContext<SmiTheory | null>(null);

export function useSmiTheory(): SmiTheory {
  const t = useContext(TheoryContext);
  if (!t) throw new Error('useSmiTheory outside SmiTheoryProvider');
  return t;
}

export function SmiTheoryProvider({ children }: { children: ReactNode }) {
  const { skip, layers, alphaMax, smiPaperSe } = useExplorer(
    useShallow((s) => ({ skip: s.skip, layers: s.layers, alphaMax: s.alphaMax, smiPaperSe: s.smiPaperSe })),
  );
  const depth = layers === 3 ? 3 : 2;
  const alphas = useMemo(() => curveAlphas(alphaMax), [alphaMax]);
  // Every c of the slider (SMI_FIELDS) is read off the shipped grids in c, at either depth (a test checks that the
  // ranges agree), so the page never asks for a staircase computed directly (minutes; the CLI's --compute yes).
  // The staircase comes without its generalisation error (most of the cost, 0.1–0.3 s); once c has been still for
  // a moment the full curve follows on a lane of its own, so a drag that pauses never waits behind it.
  const draft = useDraft(String(skip));
  const curveKey = JSON.stringify({ skip, alphaMax, depth });
  const stairQ = smiClient.recall('curve', staircaseRequest({ layers: depth, skip, alphaMax }, true), { lane: SMI_CURVE_LANE });
  const staircase = useQuery(stairQ.run, `${curveKey}|draft`, stairQ.seeded);
  const fullQ: Recall<SmiCurveResult | null> = draft
    ? NOTHING
    : smiClient.recall('curve', staircaseRequest({ layers: depth, skip, alphaMax }, false), { lane: SMI_GEN_LANE });
  const full = useQuery(fullQ.run, `${curveKey}|${draft ? 'wait' : 'full'}`, fullQ.seeded);
  // The full curve once it belongs to these inputs, else the staircase alone.
  // (The full query's own state object, so that it keeps its identity; its data is not null here.)
  const curve = (full.data && full.dataKey === `${curveKey}|full` ? full : staircase) as QueryState<SmiCurveResult>;
  // The published curves keep a variance floor ε = 10⁻³; that convention ships at c = 1 only.
  // Only its overlaps are drawn: without the plug-in error it is read off shipped data in a few ms, so it never
  // holds up the staircase lane (with the error it took 0.6 s there, and a depth switch waited behind it).
  const showPaperSe = smiPaperSe && skip === 1;
  const paperQ: Recall<SmiCurveResult | null> = showPaperSe
    ? smiClient.recall('curve', { layers: depth, skip, alphas, convention: 'paper', genError: false }, { lane: SMI_CURVE_LANE })
    : NOTHING;
  const pq = useQuery(paperQ.run, showPaperSe ? JSON.stringify({ skip, alphaMax, depth }) : 'not shown', paperQ.seeded);
  // Thresholds run beside the curve, not behind it: a curve for a new c can take minutes.
  const thresholdsKey = `${skip}|${depth}`;
  const thresholdsQ = smiClient.recall('thresholds', { layers: depth, skip }, { lane: 'smi.thresholds' });
  const thresholds = useQuery(thresholdsQ.run, thresholdsKey, thresholdsQ.seeded);
  // Once c is still, the other depth's staircase and thresholds at this c are asked for (a few ms of worker time,
  // less where its worker has them cached) unless the client keeps them already (the depth just left): a first
  // switch of depth then draws them in the render that handles it.
  useEffect(() => {
    if (draft) return;
    const other = depth === 3 ? 2 : 3;
    const req = staircaseRequest({ layers: other, skip, alphaMax }, true);
    if (!smiClient.kept('curve', req)) smiClient.call('curve', req, { lane: SMI_CURVE_LANE, keep: true }).catch(() => {});
    const tReq = { layers: other, skip } as const;
    if (!smiClient.kept('thresholds', tReq)) smiClient.call('thresholds', tReq, { lane: 'smi.thresholds', keep: true }).catch(() => {});
  }, [draft, depth, skip, alphaMax]);
  const paperSe = showPaperSe ? pq.data : null;
  // The same object while nothing in it changes, so that the panels below do not render again for nothing.
  const value = useMemo<SmiTheory>(
    () => ({ depth, skip, curveKey, curve, paperSe, thresholdsKey, thresholds }),
    [depth, skip, curveKey, curve, paperSe, thresholdsKey, thresholds],
  );
  return <TheoryContext.Provider value={value}>{children}</TheoryContext.Provider>;
}

/**
 * Errors of `thresholdsOf(t, true)` (NaN: not estimated, as for α_c,1 and α_c,2 of a three-layer staircase
 * computed on request), or null while they compute.
 */
export function thresholdErrorsOf(t: SmiTheory): number[] | null {
  if (t.thresholds.dataKey !== t.thresholdsKey || !t.thresholds.data) return null;
  const { alphaC, alphaCErr: err } = t.thresholds.data;
  // Three layers show α_c,1 and α_c,2 of the curve's staircase: their errors only where they are the same numbers.
  const shown = t.depth === 3 && curveIsCurrent(t) ? t.curve.data?.alphaC : undefined;
  if (shown) return err.map((e, l) => (l === 2 || shown[l] === alphaC[l] ? e : NaN));
  return err;
}

/** The curve on screen belongs to the current inputs (as a draft or in full). */
export const curveIsCurrent = (t: Pick<SmiTheory, 'curve' | 'curveKey'>): boolean =>
  t.curve.dataKey === `${t.curveKey}|draft` || t.curve.dataKey === `${t.curveKey}|full`;

/**
 * Thresholds to draw: a computed three-layer staircase carries its own, otherwise the shipped or linearised
 * ones. With `fresh`, only those computed for the current inputs (for readouts); without, also the last ones
 * shown while new ones compute (for the plot, whose badge says it is stale).
 */
export function thresholdsOf(t: SmiTheory, fresh: boolean): number[] | null {
  const curveOk = !fresh || curveIsCurrent(t);
  const thOk = !fresh || t.thresholds.dataKey === t.thresholdsKey;
  if (t.depth === 3 && curveOk && t.curve.data?.alphaC) return t.curve.data.alphaC;
  return thOk && t.thresholds.data ? t.thresholds.data.alphaC : null;
}
