import * as Comlink from 'comlink';
import type { SmiApi } from '../api';

/**
 * Workers for the sequence multi-index model: one for the current curve (a new skip strength takes
 * minutes), one for thresholds over a grid of c, one for GAMP runs and one for gradient descent, so none waits behind another. Either can be restarted, which
 * abandons its job at once and rejects the calls in flight.
 */
class Restartable {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SmiApi> | null = null;
  private readonly rejectors = new Set<(e: Error) => void>();

  call<T>(job: (api: Comlink.Remote<SmiApi>) => Promise<T>): Promise<T> {
    if (!this.api) {
      this.worker = new Worker(new URL('../../../../workers/smi.worker.ts', import.meta.url), { type: 'module' });
      this.api = Comlink.wrap<SmiApi>(this.worker);
    }
    const api = this.api;
    return new Promise<T>((resolve, reject) => {
      this.rejectors.add(reject);
      job(api)
        .then(resolve, reject)
        .finally(() => this.rejectors.delete(reject));
    });
  }

  restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    for (const r of this.rejectors) r(new Error('cancelled'));
    this.rejectors.clear();
  }
}

export const smiTheory = new Restartable();
/** Thresholds (one c, or the grid of c): never queued behind or in front of the current curve. */
export const smiGrid = new Restartable();
export const smiAmpWorker = new Restartable();
export const smiGdWorker = new Restartable();
