import type { ModelApi } from '../models/contract';
import { modelById } from '../models/registry';

/** What a worker exposes: one entry point for every model's API, and a ping to tell a live worker from a hung one. */
export interface ModelEndpoint {
  call(model: string, method: string, req: unknown, progress?: (p: unknown) => void): Promise<unknown>;
  ping(): 'pong';
}

/** The model APIs behind one entry point, each loaded on its first call (in a worker, or in-process in tests). */
export function exposeModels(): ModelEndpoint {
  const apis = new Map<string, Promise<ModelApi>>();
  return {
    async call(model, method, req, progress) {
      let api = apis.get(model);
      if (!api) {
        api = modelById(model).loadApi();
        apis.set(model, api);
      }
      const fn = (await api)[method];
      if (typeof fn !== 'function') throw new Error(`model ${model} has no method ${method}`);
      return fn(req, progress);
    },
    ping: () => 'pong',
  };
}
