import { lazy, Suspense } from 'react';
import { useExplorer } from '../state/useExplorer';
import { useCurveDrawn } from '../ui/firstCurve';
import { LoadBoundary } from '../ui/LoadBoundary';

// The player and the lecture panel (with the shipped lectures and every preset) load only when needed: the page's
// first chunk, and so the first curve, does not wait for them. The menu's code is fetched once the first curve is shown.
const Bar = lazy(async () => ({ default: (await import('./LectureBar')).LectureBar }));
const Menu = lazy(async () => ({ default: (await import('./LectureMenu')).LectureMenu }));

/** The lecture bar, loaded when a lecture is open. */
export function LectureBarSlot() {
  const open = useExplorer((s) => s.lecture !== '' && s.embed === 'none');
  return open ? (
    <LoadBoundary
      failed={(m) => (
        <div className="notice" role="alert" data-testid="lecture-failed">
          The lecture could not be loaded ({m}). Reload the page to try again.
        </div>
      )}
    >
      <Suspense fallback={null}>
        <Bar />
      </Suspense>
    </LoadBoundary>
  ) : null;
}

/** The Lecture button of the top bar; until its code arrives, a button that says so. */
export function LectureMenuSlot() {
  const waiting = (
    <button disabled title="Loading the lectures…">
      Lecture
    </button>
  );
  if (!useCurveDrawn()) return waiting;
  return (
    <LoadBoundary
      failed={(m) => (
        <button disabled title={`The lectures could not be loaded (${m}). Reload the page to try again.`} data-testid="lecture-unavailable">
          Lecture unavailable
        </button>
      )}
    >
      <Suspense fallback={waiting}>
        <Menu />
      </Suspense>
    </LoadBoundary>
  );
}
