import { useEffect, useRef } from 'react';
import { MODELS, modelById } from '../models/registry';
import { setState, useExplorer } from '../state/useExplorer';
import { addSweep, importedStore, parseSweepFile, removeSweep, useImported } from '../ui/imported';

const MODEL_IDS = MODELS.map((m) => m.id);

async function open(files: FileList | File[]): Promise<void> {
  for (const f of files) {
    try {
      addSweep(parseSweepFile(await f.text(), f.name, MODEL_IDS));
    } catch (e) {
      importedStore.setState({ error: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** "Open results": a collected sweep file (tokenphase sweep collect) from disk; files dropped on the page work too. */
export function OpenSweepButton() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      void open(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <>
      <button onClick={() => input.current?.click()} title="Open a collected sweep (tokenphase sweep collect --out FILE.json); or drop it on the page">
        Open results
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-sweep"
        onChange={(e) => {
          if (e.target.files) void open(e.target.files);
          e.target.value = '';
        }}
      />
    </>
  );
}

/** The opened sweep files, each with its model and a way to close it; points of another model than the one shown say where they are. */
export function SweepFilesBar() {
  const sweeps = useImported((s) => s.sweeps);
  const error = useImported((s) => s.error);
  const model = useExplorer((s) => s.model);
  if (sweeps.length === 0 && !error) return null;
  return (
    <div className="notice sweep-files" role="status" data-testid="sweep-files">
      {sweeps.map((s) => (
        <p key={s.name}>
          <strong>{s.name}</strong>: {s.points.length} point{s.points.length === 1 ? '' : 's'} of {modelById(s.model).title}
          {s.model !== model ? (
            <>
              {' '}
              (drawn in that model's view:{' '}
              <button type="button" onClick={() => setState({ model: s.model })}>
                show it
              </button>
              )
            </>
          ) : (
            ' on the error curve'
          )}
          . Opened files are not part of the link.{' '}
          <button type="button" onClick={() => removeSweep(s.name)} aria-label={`Close ${s.name}`}>
            Close
          </button>
        </p>
      ))}
      {error && (
        <p className="param-error">
          {error}{' '}
          <button type="button" onClick={() => importedStore.setState({ error: null })}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
