/**
 * The lecture being written in the Lecture menu: steps added from the explorer's views, edited, reordered. Kept in
 * the browser's storage so it survives a reload (nothing is lost if storage is refused; it lives for the visit).
 */
import { createStore } from 'zustand/vanilla';
import { type Lecture, type LectureStep, MAX_STEPS, normaliseView, validateLecture } from './lecture';

const KEY = 'tokenphase.lectureDraft';

export interface DraftStore {
  title: string;
  steps: LectureStep[];
  setTitle(title: string): void;
  /** Adds a view as the last step (up to MAX_STEPS). */
  add(step: LectureStep): void;
  update(i: number, patch: Partial<LectureStep>): void;
  /** Moves step i one place up (-1) or down (+1). */
  move(i: number, by: -1 | 1): void;
  remove(i: number): void;
  replace(l: Lecture): void;
}

function load(): Pick<DraftStore, 'title' | 'steps'> {
  const empty = { title: 'My lecture', steps: [] };
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    if (!raw) return empty;
    const r = validateLecture(JSON.parse(raw));
    return r.lecture ?? empty;
  } catch {
    return empty;
  }
}

export function createDraftStore(initial: Pick<DraftStore, 'title' | 'steps'> = load()) {
  return createStore<DraftStore>()((set, get) => ({
    ...initial,
    setTitle: (title) => set({ title }),
    add: (step) => {
      if (get().steps.length < MAX_STEPS) set({ steps: [...get().steps, { ...step, view: normaliseView(step.view) }] });
    },
    update: (i, patch) => set({ steps: get().steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }),
    move: (i, by) => {
      const steps = [...get().steps];
      const j = i + by;
      if (j < 0 || j >= steps.length) return;
      [steps[i], steps[j]] = [steps[j], steps[i]];
      set({ steps });
    },
    remove: (i) => set({ steps: get().steps.filter((_, j) => j !== i) }),
    replace: (l) => set({ title: l.title, steps: l.steps }),
  }));
}

/** The draft as a lecture that plays and travels: blank titles become "Step n", a blank lecture title "Untitled lecture". */
export function finishDraft(d: Pick<DraftStore, 'title' | 'steps'>): Lecture {
  return {
    title: d.title.trim() || 'Untitled lecture',
    steps: d.steps.map((s, i) => ({ title: s.title.trim() || `Step ${i + 1}`, note: s.note.trim(), view: s.view })),
  };
}

export const draftStore = createDraftStore();

draftStore.subscribe((s) => {
  try {
    // An empty draft has no steps, which a lecture file may not have: it is stored as nothing.
    if (s.steps.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(finishDraft(s)));
  } catch {
    // Storage refused (private window, quota): the draft lives for this visit.
  }
});
