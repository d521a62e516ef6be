import type { ReactNode } from 'react';
import type { RunState } from '../../../bridge/hooks';
import { type ExplorerState, fieldOf, type NumberField } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { ExportBar } from '../../../ui/ExportBar';
import type { PanelData } from '../../../ui/export';
import { useWidth } from '../../../ui/useWidth';

/**
 * A panel's figure and its export bar: the box is measured so the plot is drawn at its true width, and the
 * export takes the first figure inside it with exactly the data the panel plots.
 */
export function PanelFrame({ data, children, below }: { data: PanelData | null; children: (width: number) => ReactNode; below?: ReactNode }) {
  const [box, width] = useWidth<HTMLDivElement>(820);
  return (
    <>
      <div ref={box} className="plot-box">
        {children(width)}
      </div>
      {below}
      <ExportBar svg={box} data={data} />
    </>
  );
}

type NumberKey = { [K in keyof ExplorerState]: ExplorerState[K] extends number ? K : never }[keyof ExplorerState];

/** A typed number for a run setting, read from and written to the store (and so the link). */
export function SimNumber({ k, label }: { k: NumberKey; label?: string }) {
  const value = useExplorer((s) => s[k]);
  const f = fieldOf(k) as NumberField;
  return (
    <label className="sim-field">
      {label ?? f.label}
      <input
        type="number"
        min={f.min}
        max={f.max}
        step={f.integer ? 1 : f.step}
        value={value}
        data-testid={`sim-${k}`}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) setState({ [k]: Math.min(f.max, Math.max(f.min, f.integer ? Math.round(v) : v)) });
        }}
      />
    </label>
  );
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
