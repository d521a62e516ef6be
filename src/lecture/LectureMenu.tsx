import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { PRESETS } from '../models/presets';
import { CopyButton } from '../shell/CopyButton';
import { hashOf, pickState } from '../state/store';
import { decodeState } from '../state/urlCodec';
import { explorerStore } from '../state/useExplorer';
import { draftStore, finishDraft } from './draft';
import { MAX_STEPS, normaliseView, parseLecture, serializeLecture } from './lecture';
import { lectureUrl, openLecture } from './player';
import { SHIPPED_LECTURES } from './shipped';
import './lecture.css';

/** A preset's title and caption by its view as the page writes it back: a step made from a preset starts with them. */
let presetByHash: Map<string, { title: string; caption: string }> | null = null;
function presetOf(hash: string) {
  if (!presetByHash) presetByHash = new Map(PRESETS.map((p) => [hashOf(decodeState(p.hash).state), p]));
  return presetByHash.get(hash);
}

/** The current view's link, without the lecture's own keys. */
const currentView = () => normaliseView(hashOf({ ...pickState(explorerStore.getState()), lecture: '', step: 1 }));

/**
 * The Lecture button of the top bar and its panel: the shipped lectures to play, and a lecture of one's own built
 * from the explorer ("Add this view"), edited, reordered, played, copied as a link, saved and opened as JSON.
 */
export function LectureMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = useStore(draftStore, (s) => s.steps.length);
  return (
    <div className="lecture-menu">
      <button
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="lecture-menu"
        title="Play a lecture, or build one from views"
      >
        Lecture{count > 0 ? ` (${count})` : ''}
      </button>
      {open && <LecturePanel id={panelId} close={() => setOpen(false)} />}
    </div>
  );
}

function LecturePanel({ id, close }: { id: string; close: () => void }) {
  const draft = useStore(draftStore);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const lecture = finishDraft(draft);

  // The panel opens under the button and is moved left as far as it must to stay inside the window.
  useLayoutEffect(() => {
    const keepInside = () => {
      const el = panelRef.current;
      if (!el) return;
      el.style.left = '0px';
      const r = el.getBoundingClientRect();
      const over = r.right - (document.documentElement.clientWidth - 8);
      if (over > 0) el.style.left = `${-Math.min(over, r.left - 8)}px`;
    };
    keepInside();
    window.addEventListener('resize', keepInside);
    return () => window.removeEventListener('resize', keepInside);
  }, []);
  const empty = draft.steps.length === 0;

  const addView = () => {
    const view = currentView();
    const p = presetOf(view);
    draftStore.getState().add({ title: p?.title ?? `Step ${draft.steps.length + 1}`, note: p?.caption ?? '', view });
    setMessage(null);
  };
  const download = () => {
    const blob = new Blob([serializeLecture(lecture)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${
      lecture.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'lecture'
    }.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const r = file.size > 1_000_000 ? { error: 'The file is larger than 1 MB; a lecture file is a few kilobytes.' } : parseLecture(await file.text());
    if (r.lecture) {
      draftStore.getState().replace(r.lecture);
      setMessage({ text: `Opened “${r.lecture.title}” (${plural(r.lecture.steps.length, 'step')}) from ${file.name}.`, error: false });
    } else setMessage({ text: `${file.name} could not be opened: ${r.error}`, error: true });
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section
      ref={panelRef}
      id={id}
      className="lecture-panel"
      aria-label="Lectures"
      data-testid="lecture-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) close();
      }}
    >
      <h2>Play a lecture</h2>
      <ul className="lecture-shipped">
        {SHIPPED_LECTURES.map(({ id: key, lecture: l }) => (
          <li key={key}>
            <button
              onClick={() => {
                close();
                openLecture(l);
              }}
              data-testid={`lecture-play-${key}`}
            >
              {l.title}
            </button>{' '}
            <span className="lecture-meta">{plural(l.steps.length, 'step')}</span>
          </li>
        ))}
      </ul>
      <h2>Your lecture</h2>
      <label className="lecture-field">
        Title{' '}
        <input
          type="text"
          value={draft.title}
          onChange={(e) => draftStore.getState().setTitle(e.target.value)}
          data-testid="lecture-draft-title"
          maxLength={200}
        />
      </label>
      {empty ? (
        <p className="lecture-meta">No steps yet: set up a view in the explorer and press “Add this view”.</p>
      ) : (
        <ol className="lecture-steps" data-testid="lecture-steps">
          {draft.steps.map((s, i) => (
            <li key={i}>
              <div className="lecture-step-row">
                <input
                  type="text"
                  value={s.title}
                  aria-label={`Step ${i + 1} title`}
                  onChange={(e) => draftStore.getState().update(i, { title: e.target.value })}
                  maxLength={200}
                />
                <button onClick={() => draftStore.getState().move(i, -1)} disabled={i === 0} aria-label={`Move step ${i + 1} up`} title="Move up">
                  ↑
                </button>
                <button
                  onClick={() => draftStore.getState().move(i, 1)}
                  disabled={i === draft.steps.length - 1}
                  aria-label={`Move step ${i + 1} down`}
                  title="Move down"
                >
                  ↓
                </button>
                <button onClick={() => draftStore.getState().remove(i)} aria-label={`Delete step ${i + 1}`} title="Delete">
                  ✕
                </button>
              </div>
              <textarea
                value={s.note}
                rows={2}
                aria-label={`Step ${i + 1} note`}
                placeholder="A sentence or two on what to look at"
                onChange={(e) => draftStore.getState().update(i, { note: e.target.value })}
                maxLength={2000}
              />
              <a className="lecture-view-link" href={s.view} title="Show this step's view">
                {describeView(s.view)}
              </a>
            </li>
          ))}
        </ol>
      )}
      <div className="lecture-actions">
        <button onClick={addView} disabled={draft.steps.length >= MAX_STEPS} data-testid="lecture-add">
          Add this view
        </button>
        <button
          onClick={() => {
            close();
            openLecture(lecture);
          }}
          disabled={empty}
          data-testid="lecture-play-draft"
        >
          Play
        </button>
        {empty ? (
          <button disabled>Copy lecture link</button>
        ) : (
          <CopyButton text={() => lectureUrl(lecture)} label="Copy lecture link" prompt="Copy this lecture link" testId="lecture-copy" />
        )}
        <button onClick={download} disabled={empty}>
          Download JSON
        </button>
        <button onClick={() => fileRef.current?.click()}>Open JSON file</button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void openFile(e.target.files?.[0])}
          data-testid="lecture-file"
          aria-label="Lecture JSON file"
        />
      </div>
      {!empty && (
        <p className="lecture-meta">
          Link:{' '}
          <a href={lectureUrl(lecture)} data-testid="lecture-link">
            this lecture at its first step
          </a>
        </p>
      )}
      {message && (
        <p className={message.error ? 'lecture-message error' : 'lecture-message'} role={message.error ? 'alert' : 'status'} data-testid="lecture-message">
          {message.text}
        </p>
      )}
      <button className="lecture-close" onClick={close}>
        Close
      </button>
    </section>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A step's view in a few words: its model and a few of its settings. */
function describeView(view: string): string {
  const p = new URLSearchParams(view.slice(1));
  const parts = [...p.entries()].filter(([k]) => k !== 'v').map(([k, v]) => `${k}=${v}`);
  const text = parts.join(' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text || 'default view';
}
