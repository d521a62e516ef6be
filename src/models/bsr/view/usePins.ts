import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { type Pin, readPins } from '../../../state/pins';
import { useExplorer } from '../../../state/useExplorer';
import type { BsrCurveResponse } from '../api';
import { bsrClient } from './client';
import { alphaGrid } from './useBsrCurve';

/** The keys a BSR pin saves: the curve's inputs (α is only the cursor). */
export const BSR_PIN_SYMBOLS = { beta: 'β', rho: 'ρ', delta: 'Δ' } as const;

export const isBsrPin = (p: Pin) => ['beta', 'rho', 'delta'].every((k) => Number.isFinite(p[k])) && p.beta > 0 && p.rho > 0 && p.delta >= 0;

/** The pinned curves, on the current axis and α range, computed like the family curves. */
export function useBsrPins(): Array<{ index: number; curve: BsrCurveResponse }> {
  const p = useExplorer(useShallow((s) => ({ pins: s.pins, axis: s.axis, alphaMax: s.alphaMax })));
  const q = useQuery(
    () =>
      Promise.all(
        readPins(p.pins)
          .pins.map((pin, index) => ({ pin, index }))
          .filter(({ pin }) => isBsrPin(pin))
          .map(async ({ pin, index }) => ({
            index,
            curve: await bsrClient.call('curve', { beta: pin.beta, rho: pin.rho, delta: pin.delta, alphas: alphaGrid(p.axis, p.alphaMax, pin.beta, pin.rho) }),
          })),
      ),
    JSON.stringify(p),
  );
  return p.pins ? (q.data ?? []) : [];
}
