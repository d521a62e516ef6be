import type { ModelApi } from '../models/contract';
import { type CallOptions, Lane, type Spawn } from './lane';
import { callKey, seededAnswer } from './seeds';

// biome-ignore lint/suspicious/noExplicitAny: conditional types need `any` to match every method signature
type Method = (req: any, progress?: (p: any) => void) => unknown;
export type RequestOf<F> = F extends (req: infer R, ...rest: never[]) => unknown ? R : never;
export type ResultOf<F> = F extends Method ? Awaited<ReturnType<F>> : never;
export type ProgressOf<F> = F extends (req: never, progress: (p: infer P) => void) => unknown ? P : never;

let spawn: Spawn | null = null;
const lanes = new Map<string, Lane>();

/** Where workers come from: the page installs Web Workers at start-up, tests an in-process endpoint. */
export function setSpawn(s: Spawn): void {
  spawn = s;
  for (const l of lanes.values()) l.restart();
  lanes.clear();
}

/** The lane of that name (one worker), started on first use. */
export function lane(name: string): Lane {
  let l = lanes.get(name);
  if (!l) {
    if (!spawn) throw new Error('no worker factory installed (setSpawn)');
    l = new Lane(name, spawn);
    lanes.set(name, l);
  }
  return l;
}

export interface ModelCallOptions<P> extends Omit<CallOptions, 'onProgress'> {
  /** Lane to run on (default: the model's own); jobs on different lanes never wait for each other. */
  lane?: string;
  onProgress?: (p: P) => void;
  /**
   * Keep a copy of the answer among the last RECENT_ANSWERS kept, for `seeded` to hand back: for a view that looks
   * its request up there before asking (a depth switched back, a slider returned). Other calls (a phase map's rows,
   * runs) are not kept, so they neither cost a copy nor push out the answers a view comes back to.
   */
  keep?: boolean;
}

/** Typed calls to one model's worker API. */
export interface ModelClient<Api extends ModelApi> {
  call<K extends keyof Api & string>(method: K, req: RequestOf<Api[K]>, opts?: ModelCallOptions<ProgressOf<Api[K]>>): Promise<ResultOf<Api[K]>>;
  /** Abandons the jobs in flight on a lane of this model (default: its own lane). */
  cancel(laneName?: string): void;
  /**
   * The answer to this call at once if the page has it: given by the build (seeds.ts), computed at start-up and
   * arrived (prime), or one of the recent answers of its worker; else undefined.
   */
  seeded<K extends keyof Api & string>(method: K, req: RequestOf<Api[K]>): ResultOf<Api[K]> | undefined;
  /** Whether an answer to this call is kept (`keep`), without taking or refreshing it: so as not to ask again. */
  kept<K extends keyof Api & string>(method: K, req: RequestOf<Api[K]>): boolean;
  /**
   * One request as a view's `useQuery` takes it: `run` asks for it and keeps the answer, `seeded` looks the same
   * request up first (so a view that comes back to inputs it has shown draws them at once).
   */
  recall<K extends keyof Api & string>(method: K, req: RequestOf<Api[K]>, opts?: Omit<ModelCallOptions<ProgressOf<Api[K]>>, 'keep'>): Recall<ResultOf<Api[K]>>;
}

/** A kept call and its look-up, for `useQuery`'s `run` and `seeded`. */
export interface Recall<Res> {
  run: () => Promise<Res>;
  seeded: () => Res | undefined;
}

/** For a query with nothing to ask at these inputs (a panel not shown, a curve that waits). */
export const NOTHING: Recall<null> = { run: () => Promise.resolve(null), seeded: () => null };

/**
 * Answers already on their way when the page starts (warmStart): the first call with the same model, method
 * and request takes one instead of queueing on its lane. At a cold load a worker takes hundreds of ms to
 * start, so the first curve is computed in the page as well and whichever answer comes first is used.
 */
const primed = new Map<string, Promise<unknown>>();
/** Primed answers that have arrived: a view's first render can show one at once (`ready`) instead of asking. */
const arrived = new Map<string, unknown>();

/** Hands `answer` to the first later call of `method` on `model` with this request (compared as JSON). */
export function prime(model: string, method: string, req: unknown, answer: Promise<unknown>): void {
  const key = callKey(model, method, req);
  primed.set(key, answer);
  answer.then(
    (a) => {
      if (primed.get(key) === answer) arrived.set(key, a);
    },
    () => {},
  );
}

/** The primed answer for this call if it has arrived, taken (it serves one call), or undefined. */
function takeArrived(model: string, method: string, req: unknown): unknown {
  if (!arrived.size) return undefined;
  const a = arrived.get(callKey(model, method, req));
  if (a !== undefined) takePrimed(model, method, req);
  return a;
}

/** The primed answer for this call, taken (so it serves one call), or undefined. */
function takePrimed(model: string, method: string, req: unknown): Promise<unknown> | undefined {
  if (!primed.size) return undefined;
  const key = callKey(model, method, req);
  const answer = primed.get(key);
  primed.delete(key);
  arrived.delete(key);
  return answer;
}

/**
 * The answers to the last RECENT_ANSWERS calls made with `keep` (curves, thresholds: functions of their request),
 * least recently used first. A view that comes back to inputs it has shown (a depth switched back, a slider
 * returned) takes their answer at once through `seeded` instead of asking its worker and rendering twice.
 */
export const RECENT_ANSWERS = 64;
const recent = new Map<string, unknown>();

function remember(key: string, answer: unknown): void {
  recent.delete(key);
  recent.set(key, answer);
  if (recent.size > RECENT_ANSWERS) recent.delete(recent.keys().next().value as string);
}

/** Keeps a copy (the caller may change the object it receives). */
function keepCopy(key: string, answer: unknown): void {
  try {
    remember(key, structuredClone(answer));
  } catch {
    // Not cloneable (an in-process endpoint in tests may answer with anything): not kept.
  }
}

/** The copies handed out from memory, so a view can say its answer was computed earlier, not just now. */
const fromMemory = new WeakSet<object>();

/** A copy of the remembered answer to this call (callers may change what they receive), or undefined. */
function recalled(model: string, method: string, req: unknown): unknown {
  if (!recent.size) return undefined;
  const key = callKey(model, method, req);
  const a = recent.get(key);
  if (a === undefined) return undefined;
  remember(key, a);
  const copy = structuredClone(a);
  if (typeof copy === 'object' && copy !== null) fromMemory.add(copy);
  return copy;
}

/** Whether this answer was kept from an earlier call (its time is that call's, not this redraw's). */
export function keptFromEarlier(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && fromMemory.has(answer);
}

/** `to`, a copy of `from` with fields added, marked as kept from earlier where `from` was. */
export function keptLike<T extends object>(from: unknown, to: T): T {
  if (keptFromEarlier(from)) fromMemory.add(to);
  return to;
}

/** Forgets the remembered answers (tests). */
export function forgetAnswers(): void {
  recent.clear();
}

export function modelClient<Api extends ModelApi>(model: string): ModelClient<Api> {
  const client: ModelClient<Api> = {
    call(method, req, opts = {}) {
      const seeded = seededAnswer(model, method, req);
      if (seeded !== undefined) return Promise.resolve(seeded as never);
      const { lane: laneName = model, onProgress, keep, ...rest } = opts;
      const answer =
        takePrimed(model, method, req) ?? lane(laneName).call(model, method, req, { ...rest, onProgress: onProgress as ((p: unknown) => void) | undefined });
      if (!keep) return answer as Promise<never>;
      return answer.then((a) => {
        keepCopy(callKey(model, method, req), a);
        return a;
      }) as Promise<never>;
    },
    cancel(laneName = model) {
      lanes.get(laneName)?.restart();
    },
    seeded(method, req) {
      const built = seededAnswer(model, method, req);
      if (built !== undefined) return built as never;
      // A primed answer serves one call: kept, it serves the view's later returns to this request as well.
      const arrivedAnswer = takeArrived(model, method, req);
      if (arrivedAnswer !== undefined) keepCopy(callKey(model, method, req), arrivedAnswer);
      return (arrivedAnswer ?? recalled(model, method, req)) as never;
    },
    kept: (method, req) => recent.has(callKey(model, method, req)),
    recall: (method, req, opts = {}) => ({ run: () => client.call(method, req, { ...opts, keep: true }), seeded: () => client.seeded(method, req) }),
  };
  return client;
}

/** Workers for parallel maps: every core but one, which stays free for the curve that follows a slider. */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores - 1));
}

/**
 * Runs tasks on a pool of lanes (`<name>-0` …), in order, delivering each result as it arrives. A newer
 * `map` on the same pool cancels the older: its queued tasks are dropped and its late results ignored.
 */
export class Pool {
  private generation = 0;
  /**
   * @param depth tasks in flight per lane. With 2 the next task is already queued in the worker when it answers,
   *   so it never waits for the page (busy drawing the last answer) to send more; only for short tasks, as a
   *   queued task cannot report progress and is computed even if the map is cancelled meanwhile.
   */
  constructor(
    private readonly name: string,
    readonly size = poolSize(),
    private readonly depth: 1 | 2 = 1,
  ) {}

  async map<T, R>(tasks: T[], run: (laneName: string, task: T) => Promise<R>, onResult: (index: number, result: R) => void): Promise<'done' | 'cancelled'> {
    const gen = ++this.generation;
    let next = 0;
    const worker = async (k: number) => {
      while (next < tasks.length && gen === this.generation) {
        const i = next++;
        const r = await run(`${this.name}-${k}`, tasks[i]);
        if (gen !== this.generation) return;
        onResult(i, r);
      }
    };
    await Promise.all(Array.from({ length: this.depth * this.size }, (_, k) => worker(k % this.size)));
    return gen === this.generation ? 'done' : 'cancelled';
  }

  cancel(): void {
    this.generation++;
  }
}
