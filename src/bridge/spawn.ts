import * as Comlink from 'comlink';
import type { ModelEndpoint } from './endpoint';
import type { Spawn } from './lane';

/** A module worker that serves every model (the bundler finds it through this literal URL). */
export const spawnWorker: Spawn = () => {
  const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), { type: 'module' });
  return { worker, endpoint: Comlink.wrap<ModelEndpoint>(worker) };
};
