import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { type Pin, readPins } from '../../../state/pins';
import { useExplorer } from '../../../state/useExplorer';
import type { SmiCurveResult } from '../api';
import { smiClient } from './client';
import { curveAlphas } from '../curveRequest';

/** The keys a staircase pin saves: the skip and the depth (α is only the cursor). */
export const SMI_PIN_SYMBOLS = { skip: 'c', layers: (v: number) => `${v} layers` };

export const isSmiPin = (p: Pin) => (p.layers === 2 || p.layers === 3) && p.skip >= 0.05 && p.skip <= 4;

/**
 * The pinned staircases over the current α range. Two layers are read off the grid in c at once; a three-layer
 * pin at a skip without shipped data is not drawn (it would take 20–30 minutes), and says so.
 */
export function useSmiPins(): { pins: Array<{ index: number; pin: Pin; curve: SmiCurveResult }>; failed: string[] } {
  const p = useExplorer(useShallow((s) => ({ pins: s.pins, alphaMax: s.alphaMax })));
  const q = useQuery(
    () =>
      Promise.all(
        readPins(p.pins)
          .pins.map((pin, index) => ({ pin, index }))
          .filter(({ pin }) => isSmiPin(pin))
          .map(async ({ pin, index }) => {
            try {
              return { index, pin, curve: await smiClient.call('curve', { layers: pin.layers, skip: pin.skip, alphas: curveAlphas(p.alphaMax) }) };
            } catch (e) {
              return { index, pin, error: e instanceof Error ? e.message : String(e) };
            }
          }),
      ),
    `${p.pins}|${p.alphaMax}`,
  );
  if (!p.pins || !q.data) return { pins: [], failed: [] };
  const pins = q.data.flatMap((r) => ('curve' in r && r.curve ? [{ index: r.index, pin: r.pin, curve: r.curve }] : []));
  const failed = q.data.flatMap((r) => ('error' in r && r.error ? [`pin ${r.index + 1}: ${r.error}`] : []));
  return { pins, failed };
}
