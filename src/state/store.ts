import { findModel } from '../models/registry';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_STATE, FIELDS, type ExplorerState } from './schema';
import { decodeState, encodeState } from './urlCodec';

/** Undo keeps this many steps; a slider drag counts as one step (see COALESCE_MS). */
const UNDO_DEPTH = 50;
/** Changes of the same setting closer together than this form one undo step. */
const COALESCE_MS = 600;

export interface ExplorerStore extends ExplorerState {
  /** Notices about the loaded link (clamped or ignored values), shown until dismissed. */
  notices: string[];
  /** What the notices are about: the link read ('link') or a change of model ('switch'). */
  noticesFrom: 'link' | 'switch';
  /** Counts the links loaded (the one the page opened with is 1): views re-run a link's simulations when it changes. */
  linkLoads: number;
  past: ExplorerState[];
  set(patch: Partial<ExplorerState>): void;
  undo(): void;
  reset(): void;
  /** Replace everything from a link (hash); the link's notices replace the current ones. */
  loadHash(hash: string): void;
  /** Shows another model, with what its view cannot show as it is set to that model's defaults (onSwitch), said in notices. */
  switchModel(id: string): void;
  dismissNotices(): void;
}

export function pickState(s: ExplorerState): ExplorerState {
  return Object.fromEntries(FIELDS.map((f) => [f.key, (s as unknown as Record<string, unknown>)[f.key]])) as unknown as ExplorerState;
}

export function createExplorerStore(initialHash = '', now: () => number = () => Date.now()) {
  const first = decodeState(initialHash);
  let lastKey = '';
  let lastTime = -Infinity;
  return createStore<ExplorerStore>()((set, get) => ({
    ...first.state,
    notices: first.notices,
    noticesFrom: 'link',
    linkLoads: 1,
    past: [],
    set(patch) {
      const cur = get();
      const changed = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== (cur as unknown as Record<string, unknown>)[k]);
      if (changed.length === 0) return;
      const key = changed.sort().join(',');
      const t = now();
      const coalesce = key === lastKey && t - lastTime < COALESCE_MS;
      lastKey = key;
      lastTime = t;
      const past = coalesce ? cur.past : [...cur.past, pickState(cur)].slice(-UNDO_DEPTH);
      set({ ...patch, past });
    },
    undo() {
      const { past } = get();
      if (past.length === 0) return;
      lastKey = '';
      set({ ...past[past.length - 1], past: past.slice(0, -1) });
    },
    reset() {
      const cur = get();
      lastKey = '';
      set({ ...DEFAULT_STATE, past: [...cur.past, pickState(cur)].slice(-UNDO_DEPTH), notices: [] });
    },
    loadHash(hash) {
      const d = decodeState(hash);
      const cur = get();
      lastKey = '';
      set({ ...d.state, notices: d.notices, noticesFrom: 'link', linkLoads: cur.linkLoads + 1, past: [...cur.past, pickState(cur)].slice(-UNDO_DEPTH) });
    },
    switchModel(id) {
      const cur = get();
      if (cur.model === id) return;
      const def = findModel(id);
      if (!def) return;
      const next = { ...pickState(cur), model: id } as unknown as Record<string, unknown>;
      const fit = (def.onSwitch ?? def.fitLink)?.(next) ?? { patch: {}, notices: [] };
      // Pins save one model's curve inputs: another model cannot draw them.
      const pins = cur.pins ? { pins: '' } : {};
      const pinNotice = cur.pins
        ? [`The pinned curves belonged to the ${findModel(cur.model)?.title ?? cur.model} view and were cleared (Undo brings them back).`]
        : [];
      lastKey = '';
      set({
        model: id,
        ...fit.patch,
        ...pins,
        notices: [...fit.notices, ...pinNotice],
        noticesFrom: 'switch',
        past: [...cur.past, pickState(cur)].slice(-UNDO_DEPTH),
      } as Partial<ExplorerStore>);
    },
    dismissNotices() {
      set({ notices: [] });
    },
  }));
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;

/** The link for the current state. */
export function hashOf(s: ExplorerState): string {
  return '#' + encodeState(s);
}
