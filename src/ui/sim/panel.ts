import { useEffect } from 'react';
import type { PanelStatus } from '../../bridge/hooks';
import type { ExplorerState } from '../../state/schema';
import type { PanelData } from '../export';
import { useSim } from '../simStore';

/** Props of a model's simulation panel. */
export interface SimPanelProps {
  s: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  width: number;
  thick: boolean;
  onStatus: (st: PanelStatus, detail: string) => void;
  onData: (d: PanelData | null) => void;
}

/** The α of a plain run: the listed ones and the cursor, sorted, at most 16. */
export function runAlphas(listed: number[], cursor: number): number[] {
  return [...new Set([...listed, cursor])].sort((a, b) => a - b).slice(-16);
}

/** Time left, as `12 s` or `1 min 5 s`. */
export const fmtTime = (ms: number) => (ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.ceil((ms % 60_000) / 1000)} s`);

/** The panel's status badge follows the running simulation: progress and time left, failure, or the points shown. */
export function useSimStatus(shown: number, onStatus: SimPanelProps['onStatus']) {
  const sim = useSim((x) => x);
  useEffect(() => {
    if (sim.running) onStatus('computing', `${Math.round(sim.progress * 100)}%${sim.etaMs !== null ? `, about ${fmtTime(sim.etaMs)} left` : ''}`);
    else if (sim.error && sim.error !== 'cancelled') onStatus('failed', sim.error);
    else onStatus('ready', sim.error === 'cancelled' ? 'cancelled' : `${shown} simulated point${shown === 1 ? '' : 's'}`);
  }, [sim.running, sim.progress, sim.etaMs, sim.error, shown, onStatus]);
}
