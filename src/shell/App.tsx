import { useEffect } from 'react';
import { MODELS, modelById } from '../models/registry';
import { LectureMenuSlot } from '../lecture/lazy';
import { explorerStore, setState, startUrlSync, useExplorer } from '../state/useExplorer';
import { VERSION } from '../version';
import { OpenSweepButton, SweepFilesBar } from './SweepFiles';
import { BUILD } from './update';
import { CopyButton } from './CopyButton';
import { EmbedFooter, embedCode, viewUrl } from './embed';
import { PresetCaption } from './PresetCaption';
import { ModelView } from './ModelView';
import { ProjectorApp, projectorKey } from './Projector';
import { SkipLink } from './SkipLink';
import { UpdatePrompt } from './UpdatePrompt';

/** The page around the model views: top bar (model menu, link, undo, reset, projector mode), link notices and keys. */
export function App() {
  const model = useExplorer((st) => st.model);
  const present = useExplorer((st) => st.present);
  const hideControls = useExplorer((st) => st.hideControls);
  const embed = useExplorer((st) => st.embed);
  const notices = useExplorer((st) => st.notices);
  const noticesFrom = useExplorer((st) => st.noticesFrom);
  const canUndo = useExplorer((st) => st.past.length > 0);
  const set = setState;
  useEffect(() => startUrlSync(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if ((t.tagName === 'INPUT' && (t as HTMLInputElement).type === 'text') || t.tagName === 'SELECT') return;
      const st = explorerStore.getState();
      if ((e.ctrlKey || e.metaKey) && e.key === 'z') {
        e.preventDefault();
        st.undo();
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
        if (projectorKey(e.key)) e.preventDefault();
        else if (e.key === 'p' || e.key === 'P') st.set({ present: !st.present });
        else if (e.key === 'h') st.set({ hideControls: !st.hideControls });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const def = modelById(model);
  const notice = notices.length > 0 && (
    <div className="notice" role="status" data-testid="link-notice">
      <strong>
        {noticesFrom === 'switch' ? `Switched to the ${def.menuLabel.split(':')[0]} view; changed to fit it:` : 'Some of the link could not be used as is:'}
      </strong>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button onClick={() => explorerStore.getState().dismissNotices()}>Dismiss</button>
    </div>
  );
  if (embed !== 'none')
    return (
      <div className="app embed">
        <header>
          <h1 className="visually-hidden">Tokenphase: {def.title}</h1>
        </header>
        <ModelView />
        <EmbedFooter />
      </div>
    );
  if (present) return <ProjectorApp notice={notice} />;
  return (
    <div className={`app${hideControls ? ' no-controls' : ''}`}>
      <SkipLink />
      <header className="topbar">
        <h1 title={`Tokenphase ${VERSION}${BUILD ? ` (build ${BUILD})` : ''}`} data-build={BUILD}>
          Tokenphase <span className="subtitle">— {def.title}</span>
        </h1>
        <nav className="actions" aria-label="View actions">
          <select value={model} onChange={(e) => explorerStore.getState().switchModel(e.target.value)} aria-label="Model" data-testid="model-select">
            {MODELS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.menuLabel}
              </option>
            ))}
          </select>
          <LectureMenuSlot />
          <OpenSweepButton />
          <CopyButton text={() => viewUrl('none')} label="Copy link" prompt="Copy this link" testId="copy-link" />
          <CopyButton
            text={() => embedCode(def.title)}
            label="Embed"
            prompt="Copy this embed code"
            testId="copy-embed"
            title="Copy an iframe that shows this view's main panel, for slides and course pages"
          />
          <button onClick={() => explorerStore.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button onClick={() => explorerStore.getState().reset()}>Reset</button>
          <button
            aria-pressed={present}
            onClick={() => set({ present: !present })}
            title="Projector mode: one panel fills the screen, large type (P)"
            data-testid="projector-on"
          >
            Projector
          </button>
          <button aria-pressed={hideControls} onClick={() => set({ hideControls: !hideControls })} title="Hide controls (H)">
            {hideControls ? 'Show controls' : 'Hide controls'}
          </button>
        </nav>
      </header>
      <UpdatePrompt />
      {notice}
      <PresetCaption />
      <SweepFilesBar />
      <div id="view" tabIndex={-1}>
        <ModelView />
      </div>
    </div>
  );
}
