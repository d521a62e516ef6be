import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { lane, Pool, poolSize } from '../bridge/bridge';
import { BridgeError, isCancelled } from '../bridge/lane';
import { explorerStore } from '../state/useExplorer';
import type { SimPoint } from '../models/contract';
import type { SimProgress } from '../models/simHarness';
import { estimateEtaMs, weightedProgress } from './sim/runText';
import { mergeSeeds, splitSeeds } from './simSplit';

/** What every model's simulated-point request has: the α it runs at, how many seeds, and the first seed. */
export interface SimPointRequest {
  alpha: number;
  seeds: number;
  seed?: number;
}

/** A simulated point with the model it belongs to. */
export type ModelSimPoint = SimPoint<SimPointRequest> & { model: string };

/**
 * Lanes of the simulation runs (`simulation-0` …, one per core but one): a run never waits behind a curve,
 * its points and seeds run side by side, and cancelling it stops only it.
 */
const SIM_POOL = 'simulation';
let pool: Pool | null = null;
let maxLanes = 0;

/**
 * How many jobs of this run go side by side: every lane of the pool, unless their data would not fit in half
 * the device's memory together (each job holds one instance; the worker says how much with `simMemory`).
 */
async function lanesFor(model: string, requests: SimPointRequest[]): Promise<number> {
  const full = maxLanes || poolSize();
  if (full <= 1) return 1;
  try {
    const sizes = await Promise.all(requests.map((r) => lane(`${SIM_POOL}-0`).call<{ bytes?: number }>(model, 'simMemory', r)));
    const bytes = Math.max(...sizes.map((m) => m.bytes ?? 0));
    const device = (globalThis as { navigator?: { deviceMemory?: number } }).navigator?.deviceMemory ?? 8;
    return bytes > 0 ? Math.max(1, Math.min(full, Math.floor((device * 2 ** 30) / 2 / bytes))) : full;
  } catch {
    return full;
  }
}
/** Lanes the pool has run on: restarting them abandons every job in flight. */
const used = new Set<string>();
const restartPool = () => {
  pool?.cancel();
  for (const name of used) lane(name).restart();
};

/** At most `size` lanes for the runs from now on (tests; the page sizes the pool by its cores). */
export function setSimPoolSize(size: number): void {
  restartPool();
  maxLanes = size;
}

export interface SimTracePoint {
  t: number;
  mse: number;
  aux: number;
}

export interface SimState {
  running: boolean;
  /**
   * Overall fraction done (each job weighted by its α, as its work grows with its samples) and the time
   * left, estimated from the measured durations of the jobs finished so far (null until one has).
   */
  progress: number;
  etaMs: number | null;
  /** The job whose trace is on screen: its α, seed index and the seed it ran with (null where not numbered). */
  current: { alpha: number; seedIndex: number; seed: number | null; trace: SimTracePoint[] } | null;
  /** Every model's points; a view reads its own model's with `useSimPoints`. */
  results: ModelSimPoint[];
  error: string | null;
  /** Why the last run was stopped before its end, when not by the reader's Cancel (e.g. the parameters changed). */
  stopReason: string | null;
  /**
   * Runs the points with the model API's `simulatePoint`, each seed as a job of its own on the pool of
   * simulation lanes, replacing earlier results of the same request.
   */
  run(model: string, requests: SimPointRequest[]): Promise<void>;
  /** Stops the run in flight; the points done stay. `reason` says why, where it was not the reader's Cancel. */
  cancel(reason?: string): void;
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
  // The lanes of the pool are numbered; the reader needs only to know it was a simulation worker.
  const why = (e instanceof Error ? e.message : String(e)).replace(/^the simulation-\d+ worker/, 'the simulation worker');
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
  stopReason: null,
  async run(model, requests) {
    get().cancel();
    const id = ++runId;
    set({ running: true, progress: 0, etaMs: null, error: null, stopReason: null, current: null });
    // One job per seed of every point, run on the pool; a point is merged back once all its seeds are in.
    const jobs = splitSeeds(requests);
    const done = jobs.map(() => 0);
    const traces: SimTracePoint[][] = jobs.map(() => []);
    const finished = jobs.map(() => false);
    const startedAt: Array<number | null> = jobs.map(() => null);
    const finishedAt: Array<number | null> = jobs.map(() => null);
    let lanes = 1;
    const parts: SimPoint<SimPointRequest>[][] = requests.map(() => []);
    const left = requests.map((_, i) => jobs.filter((j) => j.point === i).length);
    // The trace on screen is that of the earliest job not finished (the last one once all are).
    let shown = 0;
    let lastPaint = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const currentOf = (k: number) => {
      const seed = jobs[k].request.seed;
      return { alpha: jobs[k].request.alpha, seedIndex: jobs[k].seedIndex, seed: Number.isInteger(seed) ? (seed as number) : null, trace: [...traces[k]] };
    };
    const measured = (now: number) => {
      const state = jobs.map((j, k) => ({ alpha: j.request.alpha, startedAt: startedAt[k], finishedAt: finishedAt[k], done: done[k] }));
      return { progress: weightedProgress(state), etaMs: estimateEtaMs(state, now, lanes) };
    };
    const paint = () => {
      pending = null;
      if (id !== runId) return;
      const now = performance.now();
      lastPaint = now;
      set({ ...measured(now), current: currentOf(shown) });
    };
    const onProgress = (k: number, p: SimProgress) => {
      if (id !== runId) return;
      if (p.t <= 1) traces[k] = [];
      traces[k].push({ t: p.t, mse: p.mse, aux: p.aux });
      // A report the answer overtook adds to the trace but does not take a finished job's progress back.
      if (!finished[k]) done[k] = p.done;
      // At most ~30 store updates a second, so the page keeps its frame rate during a run. Progress comes on
      // its own message channel and may arrive after the result, so a skipped update is painted a little
      // later instead of being dropped: the last trace on screen is the whole run.
      if (performance.now() - lastPaint < 33) {
        if (pending === null) pending = setTimeout(paint, 33);
        return;
      }
      paint();
    };
    let failure: unknown = null;
    lanes = await lanesFor(model, requests);
    if (id !== runId) return;
    pool = new Pool(SIM_POOL, lanes);
    await pool.map(
      jobs.map((_, k) => k),
      async (laneName, k) => {
        try {
          used.add(laneName);
          startedAt[k] = performance.now();
          return await lane(laneName).call<SimPoint<SimPointRequest>>(model, 'simulatePoint', jobs[k].request, {
            onProgress: (p) => onProgress(k, p as SimProgress),
            // The trace is the whole run: reports the answer overtook are kept (onProgress paints them).
            lateProgress: true,
            stallMs: stallClock(),
          });
        } catch (e) {
          // The first failure stops the run: the other jobs are abandoned (their lanes restart).
          if (id === runId && failure === null) {
            failure = e;
            restartPool();
          }
          return null;
        }
      },
      (k, res) => {
        if (id !== runId || res === null) return;
        const { point, seedIndex } = jobs[k];
        finished[k] = true;
        done[k] = 1;
        finishedAt[k] = performance.now();
        parts[point][seedIndex] = res;
        if (--left[point] === 0) {
          const req = requests[point];
          const merged = mergeSeeds(req, parts[point].filter(Boolean));
          set((s) => ({ results: [...s.results.filter((r) => !(r.model === model && sameRequest(r.request, req))), { ...merged, model }] }));
        }
        while (shown < jobs.length - 1 && finished[shown]) shown++;
        set({ ...measured(performance.now()), current: currentOf(finished[shown] ? shown : k) });
      },
    );
    if (id !== runId) return;
    if (failure !== null) {
      set({ running: false, etaMs: null, error: isCancelled(failure) ? 'cancelled' : stoppedMessage(failure) });
      return;
    }
    set({ running: false, progress: 1, etaMs: 0 });
  },
  cancel(reason) {
    if (!get().running) return;
    runId++;
    restartPool();
    set({ running: false, etaMs: null, error: 'cancelled', stopReason: reason ?? null });
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
 * the reader's hand, a run in flight stops (its finished points stay, with their parameters) and the link
 * stops listing the simulated α values. A change that came with a link (a new link load) is not the reader's
 * edit: it keeps them, and the run the link starts goes on.
 */
export function useForgetSimsOn(theoryKey: string): void {
  const first = useRef({ key: theoryKey, loads: explorerStore.getState().linkLoads });
  useEffect(() => {
    const st = explorerStore.getState();
    const byHand = theoryKey !== first.current.key && st.linkLoads === first.current.loads;
    first.current = { key: theoryKey, loads: st.linkLoads };
    if (!byHand) return;
    // A run in flight computes points of the old parameters: it stops, and the points done stay with theirs.
    if (simStore.getState().running) simStore.getState().cancel('stopped: the parameters changed during the run; the points done keep their own');
    if (st.simAlphas || st.simEtas) st.set({ simAlphas: '', simEtas: '' });
  }, [theoryKey]);
}
