/**
 * Projector mode's state logic, apart from React: the panels it steps through (the main panel, then the side
 * panel's tabs the model lists) and the sliders its strip shows. Each returns a patch for the store.
 */
import type { ProjectorSpec } from '../models/contract';

type State = Readonly<Record<string, unknown>>;

/** One panel projector mode can show: the main one, or the side panel at one of its tabs. */
export interface Pane {
  pane: 'main' | 'side';
  /** The side tab (a value of the model's side field); '' for the main panel. */
  tab: string;
  label: string;
}

export function panesOf(spec: ProjectorSpec): Pane[] {
  return [{ pane: 'main', tab: '', label: spec.mainLabel }, ...spec.side.tabs.map(([tab, label]): Pane => ({ pane: 'side', tab, label }))];
}

/** Index of the shown panel in panesOf(spec); a side tab the list leaves out (a simulation) counts as the first side tab. */
export function paneIndex(spec: ProjectorSpec, s: State): number {
  if (s.pane !== 'side') return 0;
  const i = spec.side.tabs.findIndex(([tab]) => tab === s[spec.side.key]);
  return i < 0 ? -1 : i + 1;
}

/** The patch that shows panel i (wrapping round). */
export function paneAt(spec: ProjectorSpec, i: number): Record<string, unknown> {
  const panes = panesOf(spec);
  const p = panes[((i % panes.length) + panes.length) % panes.length];
  return p.pane === 'main' ? { pane: 'main' } : { pane: 'side', [spec.side.key]: p.tab };
}

/** `]` (+1) and `[` (−1): the next or previous panel, round the list. From an unlisted side tab, +1 goes to the main panel. */
export function paneStep(spec: ProjectorSpec, s: State, delta: 1 | -1): Record<string, unknown> {
  const i = paneIndex(spec, s);
  return paneAt(spec, i < 0 ? (delta > 0 ? 0 : panesOf(spec).length - 1) : i + delta);
}

/** The keys of the strip's sliders, in the model's order: the link's `show`, or the model's default set. */
export function shownSliders(spec: ProjectorSpec, show: string): string[] {
  if (show === 'none') return [];
  if (show === '') return spec.sliders.map((x) => x.key).filter((k) => spec.shown.includes(k));
  const listed = show.split(',');
  const mine = spec.sliders.map((x) => x.key).filter((k) => listed.includes(k));
  // A link made for another model lists none of this one's sliders: show the defaults rather than an empty strip.
  return mine.length ? mine : spec.sliders.map((x) => x.key).filter((k) => spec.shown.includes(k));
}

/** The `show` value with one slider switched on or off ('' when that is the default set, 'none' when empty). */
export function toggleSlider(spec: ProjectorSpec, show: string, key: string): string {
  const cur = shownSliders(spec, show);
  const next = spec.sliders.map((x) => x.key).filter((k) => (k === key ? !cur.includes(k) : cur.includes(k)));
  if (next.length === 0) return 'none';
  const defaults = spec.sliders.map((x) => x.key).filter((k) => spec.shown.includes(k));
  return next.join(',') === defaults.join(',') ? '' : next.join(',');
}
