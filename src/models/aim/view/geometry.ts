import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Axis } from '../../../state/commonFields';
import { setState, useExplorer } from '../../../state/useExplorer';
import { floorSig } from '../../../numeric/round';
import type { AimState } from '../fields';
import { aimTop } from '../plotRange';

export interface AxesInputs {
  channel: AimState['channel'];
  T: number;
  rho: number;
  alphaMax: number;
  axis: Axis;
}

/** The horizontal scale of the error plot and of the panels that share its axis. */
export interface AimAxes {
  hard: boolean;
  /** Tokens per sequence: the hardmax channel is solved for T = 2 only. */
  T: number;
  rho: number;
  axis: Axis;
  /** ᾱ per α. */
  k: number;
  /** Right end of the plot in α. */
  top: number;
  /** Right end of the plot on the chosen axis. */
  xMax: number;
  /** The error plot's axis name. */
  xLabel: string;
}

export function aimAxes({ channel, T: t, rho, alphaMax, axis }: AxesInputs): AimAxes {
  const hard = channel === 'hardmax';
  const T = hard ? 2 : t;
  // Softmax collapses on ᾱ = (T²+T−2)α; hardmax is read on ᾱ = α/ρ, the axis of its ρ → 0 limit.
  const k = hard ? 1 / rho : T * T + T - 2;
  const top = aimTop(channel, T, alphaMax);
  const xLabel = axis === 'alpha' ? 'α = n / D²' : hard ? 'ᾱ = α / ρ = n / (Dr)' : 'ᾱ = (T² + T − 2) α';
  return { hard, T, rho, axis, k, top, xMax: axis === 'alpha' ? top : k * top, xLabel };
}

/** α on the chosen axis. */
export const onAxis = (a: AimAxes, alpha: number): number => (a.axis === 'alpha' ? alpha : a.k * alpha);

export function useAimAxes(): AimAxes {
  const inputs = useExplorer(useShallow((s) => ({ channel: s.channel, T: s.T, rho: s.rho, alphaMax: s.alphaMax, axis: s.axis })));
  return useMemo(() => aimAxes(inputs), [inputs]);
}

/**
 * The cursor stays on the plotted range when the user shrinks the range (or changes the channel's unit);
 * rounded down, so it lands inside the plot. A link's α is fitted, with a notice, before it gets here.
 */
export function useCursorInRange(alpha: number, top: number): void {
  useEffect(() => {
    if (alpha > top) setState({ alpha: floorSig(top, 3) });
  }, [alpha, top]);
}
