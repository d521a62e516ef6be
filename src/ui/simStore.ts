import * as Comlink from 'comlink';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AimSimPointResult, AimSimRequest, SimApi, SimPointResult, SimProgress, SimRequest } from '../models/simApi';

/** Attention-model requests carry a channel; BSR requests do not. */
export const isAimRequest = (r: SimRequest | AimSimRequest): r is AimSimRequest => 'channel' in r;

export interface SimTracePoint {
  t: number;
  mse: number;
  aux: number;
}

export interface SimState {
  running: boolean;
  /** Overall fraction done and estimated time left. */
  progress: number;
  etaMs: number | null;
  current: { alpha: number; seedIndex: number; trace: SimTracePoint[] } | null;
  results: SimPointResult[];
  /** Attention-indexed model points, kept apart so each view reads only its own model's results. */
  aimResults: AimSimPointResult[];
  error: string | null;
  run(requests: Array<SimRequest | AimSimRequest>): Promise<void>;
  cancel(): void;
  clear(): void;
}

let worker: Worker | null = null;
let api: Comlink.Remote<SimApi> | null = null;
let runId = 0;

function simWorker(): Comlink.Remote<SimApi> {
  if (!api) {
    worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
    api = Comlink.wrap<SimApi>(worker);
  }
  return api;
}

/** Same simulated quantity (everything but the seeds' results): used to replace a point when re-run. */
export function sameRequest<R extends SimRequest | AimSimRequest>(a: R, b: R): boolean {
  return (Object.keys(a) as Array<keyof R>).every((k) => a[k] === b[k]);
}

/** Simulation runs and their results; a run is cancelled at once by terminating its worker. */
export const simStore = createStore<SimState>()((set, get) => ({
  running: false,
  progress: 0,
  etaMs: null,
  current: null,
  results: [],
  aimResults: [],
  error: null,
  async run(requests) {
    get().cancel();
    const id = ++runId;
    const t0 = performance.now();
    set({ running: true, progress: 0, etaMs: null, error: null, current: null });
    let lastPaint = 0;
    let trace: SimTracePoint[] = [];
    for (let i = 0; i < requests.length; i++) {
      const req = requests[i];
      trace = [];
      let latest: SimProgress | null = null;
      let pending: ReturnType<typeof setTimeout> | null = null;
      const paint = () => {
        pending = null;
        if (id !== runId || !latest) return;
        const now = performance.now();
        lastPaint = now;
        const progress = (i + latest.done) / requests.length;
        const elapsed = now - t0;
        set({ progress, etaMs: progress > 0.02 ? (elapsed / progress) * (1 - progress) : null, current: { alpha: req.alpha, seedIndex: latest.seedIndex, trace: [...trace] } });
      };
      const onProgress = (p: SimProgress) => {
        if (id !== runId) return;
        if (p.t <= 1) trace = [];
        trace.push({ t: p.t, mse: p.mse, aux: p.aux });
        latest = p;
        // At most ~30 store updates a second, so the page keeps its frame rate during a run. Progress comes on
        // its own message channel and may arrive after the result, so a skipped update is painted a little
        // later instead of being dropped: the last trace on screen is the whole run.
        if (performance.now() - lastPaint < 33) {
          pending ??= setTimeout(paint, 33);
          return;
        }
        paint();
      };
      try {
        const current = () => ({ alpha: req.alpha, seedIndex: req.seeds - 1, trace: [...trace] });
        if (isAimRequest(req)) {
          const res = await simWorker().simulateAimPoint(req, Comlink.proxy(onProgress));
          if (id !== runId) return;
          set((s) => ({ aimResults: [...s.aimResults.filter((r) => !sameRequest(r.request, req)), res], current: current() }));
        } else {
          const res = await simWorker().simulatePoint(req, Comlink.proxy(onProgress));
          if (id !== runId) return;
          set((s) => ({ results: [...s.results.filter((r) => !sameRequest(r.request, req)), res], current: current() }));
        }
      } catch (e) {
        if (id !== runId) return;
        set({ running: false, error: e instanceof Error ? e.message : String(e) });
        return;
      }
    }
    if (id === runId) set({ running: false, progress: 1, etaMs: 0 });
  },
  cancel() {
    if (!get().running) return;
    runId++;
    worker?.terminate();
    worker = null;
    api = null;
    set({ running: false, etaMs: null, error: 'cancelled' });
  },
  clear() {
    get().cancel();
    set({ results: [], aimResults: [], current: null, error: null, progress: 0 });
  },
}));

export function useSim<T>(select: (s: SimState) => T): T {
  return useStore(simStore, select);
}
