import type { RunState } from '../../../bridge/hooks';

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
