import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { type Pin, readPins } from '../../../state/pins';
import { useExplorer } from '../../../state/useExplorer';
import { CURVE_POINTS } from '../../../ui/family';
import { aimClient } from './client';
import type { AimCurve } from './plotInput';

/** The keys an attention-model pin saves: the channel (hard = 1 for hardmax), T and ρ. */
export const AIM_PIN_SYMBOLS = { hard: (v: number) => (v ? 'hardmax' : 'softmax'), T: 'T', rho: 'ρ' };

export const isAimPin = (p: Pin) => (p.hard === 0 || p.hard === 1) && Number.isInteger(p.T) && p.T >= 2 && p.rho > 0;

/** The pinned curves of either channel over the current α range. */
export function useAimPins(top: number): Array<{ index: number; curve: AimCurve }> {
  const pins = useExplorer(useShallow((s) => s.pins));
  const q = useQuery(
    () =>
      Promise.all(
        readPins(pins)
          .pins.map((pin, index) => ({ pin, index }))
          .filter(({ pin }) => isAimPin(pin))
          .map(async ({ pin, index }): Promise<{ index: number; curve: AimCurve }> => {
            // The softmax curve is sampled over this plot's α range (in α: the pin's own T sets ᾱ).
            const alphas = Array.from({ length: CURVE_POINTS }, (_, i) => (top * i) / (CURVE_POINTS - 1));
            const curve: AimCurve =
              pin.hard === 1
                ? { channel: 'hardmax', curve: await aimClient.call('hardmax', { rho: pin.rho }) }
                : { channel: 'softmax', curve: await aimClient.call('curve', { T: pin.T, rho: pin.rho, alphas }) };
            return { index, curve };
          }),
      ),
    `${pins}|${top}`,
  );
  return pins ? (q.data ?? []) : [];
}
