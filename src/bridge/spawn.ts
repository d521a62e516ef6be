import * as Comlink from 'comlink';
import { newModelWorker, takeEarlyWorker } from '../boot';
import type { ModelEndpoint } from './endpoint';
import type { Spawn } from './lane';

/** A module worker that serves every model; the first is the one the page started as it loaded (boot.ts). */
export const spawnWorker: Spawn = () => {
  const worker = takeEarlyWorker() ?? newModelWorker();
  return { worker, endpoint: Comlink.wrap<ModelEndpoint>(worker) };
};
