import * as Comlink from 'comlink';
import type { TheoryApi } from '../models/theoryApi';

/**
 * A pool of theory workers for embarrassingly parallel maps (phase-diagram columns), sized to the
 * machine. A newer `map` cancels an older one: its queued tasks are dropped and late results ignored.
 */
export class TheoryPool {
  private readonly workers: Array<Comlink.Remote<TheoryApi>>;
  private generation = 0;

  // One core stays free for the theory worker that redraws the main curve while sliders move.
  constructor(size = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1))) {
    this.workers = Array.from({ length: size }, () =>
      Comlink.wrap<TheoryApi>(new Worker(new URL('../../workers/theory.worker.ts', import.meta.url), { type: 'module' })),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs every task (in order of priority), calling onResult as each finishes. Resolves when all are done or cancelled. */
  async map<T, R>(tasks: T[], run: (api: Comlink.Remote<TheoryApi>, task: T) => Promise<R>, onResult: (index: number, result: R) => void): Promise<'done' | 'cancelled'> {
    const gen = ++this.generation;
    let next = 0;
    const lane = async (api: Comlink.Remote<TheoryApi>) => {
      while (next < tasks.length) {
        if (gen !== this.generation) return;
        const i = next++;
        const r = await run(api, tasks[i]);
        if (gen !== this.generation) return;
        onResult(i, r);
      }
    };
    await Promise.all(this.workers.map(lane));
    return gen === this.generation ? 'done' : 'cancelled';
  }

  cancel(): void {
    this.generation++;
  }
}

let pool: TheoryPool | null = null;
export function theoryPool(): TheoryPool {
  if (!pool) pool = new TheoryPool();
  return pool;
}
