import { useEffect, useRef } from 'react';
import type { RunState } from '../../../bridge/hooks';
import { explorerStore, useExplorer } from '../../../state/useExplorer';
import type { SmiPanel } from '../fields';

let handledLoad = 0;

/**
 * Starts the panel's run once for each link the page loads that asks for it (`smiRun=1`, as the run presets do)
 * while this panel is shown: the link opens with its trace on the way, as the other models' simulation links do.
 */
export function useRunOnLinkOpen(panel: SmiPanel, start: () => void): void {
  const loads = useExplorer((s) => s.linkLoads);
  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    const st = explorerStore.getState();
    if (loads === handledLoad || st.model !== 'smi' || !st.smiRun || st.smiPanel !== panel) return;
    handledLoad = loads;
    startRef.current();
  }, [loads, panel]);
}

/** Run and cancel buttons of a streamed run, with its state in words. */
export function RunActions(props: {
  run: () => void;
  cancel: () => void;
  state: RunState;
  canRun: boolean;
  label: string;
  text: string;
  testIds: { run: string; cancel: string; status: string };
}) {
  const { run, cancel, state, canRun, label, text, testIds } = props;
  return (
    <div className="sim-actions">
      <button disabled={state === 'running' || !canRun} onClick={run} data-testid={testIds.run}>
        {label}
      </button>
      <button disabled={state !== 'running'} onClick={cancel} data-testid={testIds.cancel}>
        Cancel
      </button>
      <span
        className={`status status-${state === 'running' ? 'computing' : state === 'failed' ? 'failed' : 'ready'}`}
        data-testid={testIds.status}
        role="status"
      >
        {text}
      </span>
    </div>
  );
}
