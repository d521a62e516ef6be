import type { ReactNode } from 'react';
import { simStore, useSim } from '../simStore';
import { setState, useExplorer } from '../../state/useExplorer';

/** Run at the cursor, sweep, cancel and clear, with the progress bar; `children` adds model-specific actions. */
export function SimActions(props: { allowed: boolean; done: boolean; onRun: () => void; onSweep: () => void; children?: ReactNode }) {
  const { allowed, done, onRun, onSweep, children } = props;
  const alpha = useExplorer((st) => st.alpha);
  const running = useSim((x) => x.running);
  const progress = useSim((x) => x.progress);
  // A run that stopped on a failure keeps its bar where it stopped, not full.
  const stopped = useSim((x) => x.error !== null && x.error !== 'cancelled');
  return (
    <div className="sim-actions">
      <button disabled={!allowed || running} onClick={onRun} data-testid="sim-run">
        Run at α = {alpha}
      </button>
      <button disabled={!allowed || running} onClick={onSweep} data-testid="sim-sweep">
        Sweep α (8 points)
      </button>
      <button disabled={!running} onClick={() => simStore.getState().cancel()} data-testid="sim-cancel">
        Cancel
      </button>
      <button
        disabled={running}
        onClick={() => {
          simStore.getState().clear();
          setState({ simAlphas: '' });
        }}
      >
        Clear
      </button>
      {children}
      <progress max={1} value={running || stopped ? progress : done ? 1 : 0} data-testid="sim-progress" />
    </div>
  );
}
