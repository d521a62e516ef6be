import type { PanelStatus } from '../../bridge/hooks';
import type { SimState } from '../simStore';
import { progressText } from './runText';

/** A simulation panel's badge: progress and (once measured) time left while running, the failure, or the points shown. */
export function simStatus(
  sim: Pick<SimState, 'running' | 'progress' | 'etaMs' | 'error'> & { stopReason?: string | null },
  shown: number,
): { status: PanelStatus; detail: string } {
  if (sim.running) return { status: 'computing', detail: progressText(sim.progress, sim.etaMs) };
  if (sim.error && sim.error !== 'cancelled') return { status: 'failed', detail: sim.error };
  return { status: 'ready', detail: sim.error === 'cancelled' ? (sim.stopReason ?? 'cancelled') : `${shown} simulated point${shown === 1 ? '' : 's'}` };
}
