import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { useSim } from '../../../ui/simStore';
import type { SimPointResult } from '../simPoint';
import { shownPoints, type SimView } from './simSelection';

/** This model's simulated points, the same array until a run adds one. */
export function useBsrPoints(): SimPointResult[] {
  const all = useSim((s) => s.results);
  return useMemo(() => all.filter((r) => r.model === 'bsr') as unknown as SimPointResult[], [all]);
}

/** The simulated points of the current view (see `shownPoints`). */
export function useShownSims(): SimPointResult[] {
  const points = useBsrPoints();
  const v = useExplorer(
    useShallow((s): SimView => ({ beta: s.beta, rho: s.rho, delta: s.delta, simAlgo: s.simAlgo, simLr: s.simLr, simInit: s.simInit, simAlphas: s.simAlphas })),
  );
  return useMemo(() => shownPoints(points, v), [points, v]);
}
