import * as Comlink from 'comlink';
import type { TheoryApi } from '../models/theoryApi';

let api: Comlink.Remote<TheoryApi> | null = null;

/** The theory worker, started on first use. */
export function theory(): Comlink.Remote<TheoryApi> {
  if (!api) {
    const worker = new Worker(new URL('../../workers/theory.worker.ts', import.meta.url), { type: 'module' });
    api = Comlink.wrap<TheoryApi>(worker);
  }
  return api;
}
