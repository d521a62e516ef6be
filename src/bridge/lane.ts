import * as Comlink from 'comlink';
import type { ModelEndpoint } from './endpoint';

/** Why a call did not return a result: cancelled by the page, or the worker died or stopped answering. */
export class BridgeError extends Error {
  constructor(
    message: string,
    readonly kind: 'cancelled' | 'crashed' | 'hung',
  ) {
    super(message);
  }
}

export const isCancelled = (e: unknown): boolean => e instanceof BridgeError && e.kind === 'cancelled';

/** What a lane needs of a worker; the page gives it real Web Workers, tests a fake. */
export interface WorkerLike {
  terminate(): void;
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void;
}

/** Starts a worker for the lane of that name. */
export type Spawn = (lane?: string) => { worker: WorkerLike; endpoint: Comlink.Remote<ModelEndpoint> | ModelEndpoint };

export interface CallOptions {
  /** Progress stream: called in the page with whatever the model's method reports. */
  onProgress?: (p: unknown) => void;
  /** Abort: the lane's worker is terminated (the computations are synchronous) and the call rejects as cancelled. */
  signal?: AbortSignal;
  /**
   * A call that has neither answered nor reported progress for this long is taken as hung: the worker is
   * restarted and the call rejects with a message. Each progress report starts the wait again; a function is
   * asked again each time, so the deadline can follow the gaps between reports seen so far.
   */
  stallMs?: number | (() => number);
  /**
   * Progress that arrives after the answer is still delivered. It comes on its own message channel, so the answer
   * can overtake it; for streams whose every report is kept, like a simulation's trace. Progress after a failure or
   * a cancellation is always dropped.
   */
  lateProgress?: boolean;
}

interface InFlight {
  reject: (e: BridgeError) => void;
}

/**
 * One worker that runs one kind of job (the current curve, thresholds, a simulation), so that jobs of
 * different kinds never queue behind each other. A worker that dies (error event) or hangs is dropped:
 * its calls reject with the reason in words, and the next call starts a fresh worker.
 */
export class Lane {
  private current: { worker: WorkerLike; endpoint: Comlink.Remote<ModelEndpoint> | ModelEndpoint } | null = null;
  private readonly inFlight = new Set<InFlight>();

  constructor(
    readonly name: string,
    private readonly spawn: Spawn,
  ) {}

  private ensure() {
    if (!this.current) {
      const c = this.spawn(this.name);
      const fail = (e: Event) => {
        if (this.current !== c) return;
        const detail = (e as ErrorEvent).message;
        this.drop(new BridgeError(`the ${this.name} worker stopped${detail ? `: ${detail}` : ''}; it restarts on the next request`, 'crashed'));
      };
      c.worker.addEventListener('error', fail);
      c.worker.addEventListener('messageerror', fail);
      this.current = c;
    }
    return this.current;
  }

  /** Terminates the worker and rejects every call in flight with `reason`. */
  private drop(reason: BridgeError): void {
    this.current?.worker.terminate();
    this.current = null;
    for (const f of [...this.inFlight]) f.reject(reason);
    this.inFlight.clear();
  }

  call<R>(model: string, method: string, req: unknown, opts: CallOptions = {}): Promise<R> {
    if (opts.signal?.aborted) return Promise.reject(new BridgeError('cancelled', 'cancelled'));
    const { endpoint } = this.ensure();
    return new Promise<R>((resolve, reject) => {
      let done = false;
      let failed = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => this.restart();
      const finish = (f: () => void) => {
        if (done) return;
        done = true;
        this.inFlight.delete(entry);
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        f();
      };
      const fail = (e: Error) => {
        if (!done) failed = true;
        finish(() => reject(e));
      };
      const entry: InFlight = { reject: fail };
      const arm = () => {
        const ms = typeof opts.stallMs === 'function' ? opts.stallMs() : opts.stallMs;
        if (!ms) return;
        clearTimeout(timer);
        timer = setTimeout(
          () => this.drop(new BridgeError(`the ${this.name} worker did not answer for ${Math.round(ms / 1000)} s; it was restarted`, 'hung')),
          ms,
        );
      };
      this.inFlight.add(entry);
      opts.signal?.addEventListener('abort', onAbort);
      arm();
      const progress = opts.onProgress
        ? Comlink.proxy((p: unknown) => {
            if (done && (failed || !opts.lateProgress)) return;
            if (!done) arm();
            opts.onProgress!(p);
          })
        : undefined;
      Promise.resolve(endpoint.call(model, method, req, progress)).then(
        (r) => finish(() => resolve(r as R)),
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
    });
  }

  /** Abandons whatever runs on this lane: the calls in flight reject as cancelled. */
  restart(): void {
    this.drop(new BridgeError('cancelled', 'cancelled'));
  }
}
