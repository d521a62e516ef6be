import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { lane } from '../bridge/bridge';
import { BridgeError, isCancelled } from '../bridge/lane';
import { parseList } from '../state/schema';
import { explorerStore } from '../state/useExplorer';
import type { SimPoint } from '../models/contract';
import type { SimProgress } from '../models/simHarness';

/** What every model's simulated-point request has: the α it runs at and how many seeds. */
export interface SimPointRequest {
  alpha: number;
  seeds: number;
}

/** A simulated point with the model it belongs to. */
export type ModelSimPoint = SimPoint<SimPointRequest> & { model: string };

/** Lane of the simulation runs: a run never waits behind a curve, and cancelling it stops only it. */
const SIM_LANE = 'simulation';

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
  /** Every model's points; a view reads its own model's with `useSimPoints`. */
  results: ModelSimPoint[];
  error: string | null;
  /** Runs the points one after another with the model API's `simulatePoint`, replacing earlier results of the same request. */
  run(model: string, requests: SimPointRequest[]): Promise<void>;
  cancel(): void;
  clear(): void;
}

let runId = 0;

/** Before the first progress report the data is drawn, which takes seconds at the largest sizes allowed. */
export const FIRST_REPORT_MS = 60_000;
/** Never take a worker as dead sooner than this after its last report. */
export const MIN_STALL_MS = 15_000;

/**
 * The deadline of a simulated point, asked again at every progress report: a worker that was closed or
 * killed sends no error event, only silence, so silence longer than ten times the longest gap between
 * reports so far (at least 15 s; 60 s before the first) is taken as a dead worker.
 */
export function stallClock(now: () => number = () => performance.now()): () => number {
  let last: number | null = null;
  let longest = 0;
  return () => {
    const t = now();
    if (last !== null) longest = Math.max(longest, t - last);
    const first = last === null;
    last = t;
    return first ? FIRST_REPORT_MS : Math.max(MIN_STALL_MS, 10 * longest);
  };
}

/** A run that stopped because its worker died or hung, in words; the points already computed stay. */
function stoppedMessage(e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  if (!(e instanceof BridgeError)) return why;
  return `Stopped: ${why}. The points computed before are kept; Run again starts a fresh worker.`;
}

/** Same simulated quantity (everything but the seeds' results): used to replace a point when re-run. */
export function sameRequest(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return Object.keys(ra).length === Object.keys(rb).length && Object.keys(ra).every((k) => ra[k] === rb[k]);
}

/** Simulation runs of any model and their results; a run is cancelled at once by restarting its lane. */
export const simStore = createStore<SimState>()((set, get) => ({
  running: false,
  progress: 0,
  etaMs: null,
  current: null,
  results: [],
  error: null,
  async run(model, requests) {
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
          if (pending === null) pending = setTimeout(paint, 33);
          return;
        }
        paint();
      };
      try {
        const current = () => ({ alpha: req.alpha, seedIndex: req.seeds - 1, trace: [...trace] });
        const res = await lane(SIM_LANE).call<SimPoint<SimPointRequest>>(model, 'simulatePoint', req, { onProgress: (p) => onProgress(p as SimProgress), stallMs: stallClock() });
        if (id !== runId) return;
        set((s) => ({ results: [...s.results.filter((r) => !(r.model === model && sameRequest(r.request, req))), { ...res, model }], current: current() }));
      } catch (e) {
        if (id !== runId) return;
        set({ running: false, etaMs: null, error: isCancelled(e) ? 'cancelled' : stoppedMessage(e) });
        return;
      }
    }
    if (id === runId) set({ running: false, progress: 1, etaMs: 0 });
  },
  cancel() {
    if (!get().running) return;
    runId++;
    lane(SIM_LANE).restart();
    set({ running: false, etaMs: null, error: 'cancelled' });
  },
  clear() {
    get().cancel();
    set({ results: [], current: null, error: null, progress: 0 });
  },
}));

export function useSim<T>(select: (s: SimState) => T): T {
  return useStore(simStore, select);
}

/** The simulated points of one model, with that model's request type. */
export function useSimPoints<P extends SimPoint<SimPointRequest>>(model: string): P[] {
  const all = useSim((s) => s.results);
  return all.filter((r) => r.model === model) as unknown as P[];
}

/**
 * Simulations belong to the parameters they ran at: when `theoryKey` (the model's parameters) changes by
 * the user's hand, the link stops listing the simulated α values. A change that came with a link that
 * lists simulations is not the user's edit, so it keeps them.
 */
export function useForgetSimsOn(theoryKey: string): void {
  const firstKey = useRef(theoryKey);
  useEffect(() => {
    const st = explorerStore.getState();
    const linked = simStore.getState().running && parseList(st.simAlphas, 16).values.length > 0;
    if (theoryKey !== firstKey.current && (st.simAlphas || st.simEtas) && !linked) st.set({ simAlphas: '', simEtas: '' });
    firstKey.current = theoryKey;
  }, [theoryKey]);
}
