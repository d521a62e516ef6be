/** Opening, stepping through and leaving a lecture: each step is a link load of the explorer store (one undo step). */
import { explorerStore } from '../state/useExplorer';
import { encodeLecture, type Lecture, lectureHash } from './lecture';

/**
 * Shows step `step` (1-based, clamped) of a lecture: its view, with the lecture and the step in the address.
 * Projector mode, once on, stays on from step to step with its theme (a lecturer turns it on once, with P or the
 * bar's button); each step still picks its own panel.
 */
export function openLecture(l: Lecture, step = 1, encoded = encodeLecture(l)): void {
  const { present, theme } = explorerStore.getState();
  explorerStore.getState().loadHash(present ? withProjector(lectureHash(l, step, encoded), theme) : lectureHash(l, step, encoded));
}

/** A lecture link with projector mode on in the given theme (the view's own settings of both replaced). */
export function withProjector(hash: string, theme: string): string {
  const [view, rest] = hash.split(/(?=&lecture=)/);
  const own = view.replace(/&(present|theme)=[^&]*/g, '');
  return `${own}&present=1${theme === 'dark' ? '&theme=dark' : ''}${rest ?? ''}`;
}

/**
 * A lecture in the link that passed the link codec's check (linkField.ts) but does not decode: dropped, with the
 * reason among the link's notices, as the codec says what it drops. Not an undo step: the link never held a lecture.
 */
export function dropLecture(error: string): void {
  explorerStore.setState((s) => ({ lecture: '', notices: [...s.notices, `lecture: ${error}`], noticesFrom: 'link' }));
}

/** Closes the player; the view of the last step shown stays. */
export function leaveLecture(): void {
  explorerStore.getState().set({ lecture: '', step: 1 });
}

/** The address that opens a lecture at its first step (for "Copy lecture link"). */
export function lectureUrl(l: Lecture): string {
  return location.href.split('#')[0] + lectureHash(l, 1);
}

/** Keys that belong to what has the focus: text fields, sliders, menus and tabs keep their own keys. */
const OWN_KEYS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role=slider], [role=radio], [role=option], [role=menuitem], [role=spinbutton], [role=listbox]';

const TEXT = 'input:not([type=range]):not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * What a key does in the player: →, PageDown and Space go forward, ←, PageUp and Shift+Space back (a presenter's
 * clicker sends PageUp/PageDown), Esc leaves. Nothing where the focus has a use for the key: a text field, a slider
 * (its arrows), or a button or link (Space presses it).
 */
export function stepKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): 'next' | 'prev' | 'leave' | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const t = e.target as Element | null;
  const inside = (sel: string) => !!t && typeof t.closest === 'function' && !!t.closest(sel);
  // Esc leaves from anywhere but a text field (where it undoes the typing).
  if (e.key === 'Escape') return inside(TEXT) ? null : 'leave';
  if (inside(OWN_KEYS)) return null;
  const pressable = inside('button, a[href], summary');
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return pressable ? null : e.shiftKey ? 'prev' : 'next';
    default:
      return null;
  }
}
