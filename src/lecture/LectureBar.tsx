import { useEffect, useMemo, useRef } from 'react';
import { explorerStore, useExplorer } from '../state/useExplorer';
import { decodeLecture } from './lecture';
import { dropLecture, leaveLecture, openLecture, stepKey } from './player';
import './lecture.css';

/**
 * The lecture player: while a lecture is open (its text in the link), the page shows its views like slides, with
 * this bar in place of the top bar: the step's title and note, "3 / 8", back and forward, full screen and leave.
 */
export function LectureBar() {
  const text = useExplorer((s) => s.lecture);
  const stepField = useExplorer((s) => s.step);
  const embedded = useExplorer((s) => s.embed !== 'none');
  const present = useExplorer((s) => s.present);
  const decoded = useMemo(() => (text && !embedded ? decodeLecture(text) : null), [text, embedded]);
  const lecture = decoded?.lecture ?? null;
  useEffect(() => {
    if (decoded?.error) dropLecture(decoded.error);
  }, [decoded]);
  const n = lecture?.steps.length ?? 0;
  const step = Math.min(Math.max(1, stepField), n);
  const barRef = useRef<HTMLElement>(null);

  // The bar's height, for what is laid out against the window (projector mode starts below the bar).
  useEffect(() => {
    const el = barRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const ro = new ResizeObserver(() => root.style.setProperty('--lecture-bar-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => {
      ro.disconnect();
      root.style.removeProperty('--lecture-bar-h');
    };
  }, [lecture]);

  useEffect(() => {
    if (!lecture) return;
    const root = document.documentElement;
    root.classList.add('lecture-playing');
    const go = (to: number) => {
      if (to >= 1 && to <= lecture.steps.length) openLecture(lecture, to, text);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const what = stepKey(e);
      if (!what) return;
      // Esc first leaves projector mode (its own key), then the lecture.
      if (what === 'leave' && explorerStore.getState().present) return;
      e.preventDefault();
      const at = Math.min(Math.max(1, explorerStore.getState().step), lecture.steps.length);
      if (what === 'next') go(at + 1);
      else if (what === 'prev') go(at - 1);
      else {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        leaveLecture();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      root.classList.remove('lecture-playing');
      window.removeEventListener('keydown', onKey);
    };
  }, [lecture, text]);

  if (!lecture) return null;
  const s = lecture.steps[step - 1];
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return (
    <section ref={barRef} className="lecture-bar" aria-label="Lecture" data-testid="lecture-bar">
      <div className="lecture-text" aria-live="polite">
        <p className="lecture-title">{lecture.title}</p>
        <h1 className="lecture-step-title" data-testid="lecture-step-title">
          {s.title}
        </h1>
        {s.note && (
          <p className="lecture-note" data-testid="lecture-note">
            {s.note}
          </p>
        )}
      </div>
      <nav className="lecture-nav" aria-label="Lecture steps">
        <button onClick={() => openLecture(lecture, step - 1, text)} disabled={step <= 1} title="Previous step (← or Page Up)">
          <span aria-hidden="true">‹ </span>Back
        </button>
        <span className="lecture-count" data-testid="lecture-count">
          {step} / {n}
        </span>
        <button onClick={() => openLecture(lecture, step + 1, text)} disabled={step >= n} title="Next step (→, Space or Page Down)">
          Next<span aria-hidden="true"> ›</span>
        </button>
        <button
          aria-pressed={present}
          onClick={() => explorerStore.getState().set({ present: !present })}
          title="Projector mode: one panel fills the screen, large type; it stays on from step to step (P)"
          data-testid="lecture-projector"
        >
          Projector
        </button>
        <button onClick={fullScreen} title="Fill the screen with the lecture (the browser's full screen)">
          Full screen
        </button>
        <button onClick={leaveLecture} title="Leave the lecture and keep exploring this view (Esc)" data-testid="lecture-leave">
          Leave
        </button>
      </nav>
    </section>
  );
}
