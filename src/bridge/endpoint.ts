import type { ModelApi } from '../models/contract';
import { findModel, modelById } from '../models/registry';
import { decodeState } from '../state/urlCodec';
import { callKey } from './seeds';

/** What a worker exposes: one entry point for every model's API, and a ping to tell a live worker from a hung one. */
export interface ModelEndpoint {
  call(model: string, method: string, req: unknown, progress?: (p: unknown) => void): Promise<unknown>;
  ping(): 'pong';
}

/** The worker's side: the endpoint, and the link its first job comes from. */
export interface WorkerEndpoint extends ModelEndpoint {
  /**
   * Starts the first job of the view at this link (the model's `firstRequest` for the state the link decodes to), before
   * the page asks for it: the page's identical call then receives this job's answer. Sent by the page's first script
   * (boot.ts), which runs while the main code is still downloading. Returns the job (undefined: the link's model has
   * no first job, or names no model).
   */
  primeLink(hash: string): Promise<unknown> | undefined;
}

/** The model APIs behind one entry point, each loaded on its first call (in a worker, or in-process in tests). */
export function exposeModels(): WorkerEndpoint {
  const apis = new Map<string, Promise<ModelApi>>();
  // Jobs started by primeLink, each handed to the first call with the same request.
  const primed = new Map<string, Promise<unknown>>();
  const endpoint: WorkerEndpoint = {
    async call(model, method, req, progress) {
      const key = callKey(model, method, req);
      const started = primed.get(key);
      if (started) {
        primed.delete(key);
        return started;
      }
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
    primeLink(hash) {
      const state = decodeState(hash).state as unknown as Readonly<Record<string, unknown>>;
      const def = findModel(String(state.model));
      const first = def?.firstRequest?.(state);
      if (!def || !first) return undefined;
      const job = endpoint.call(def.id, first.method, first.req);
      // A failure reaches the page's call, which takes this job; unclaimed, it is dropped.
      job.catch(() => {});
      primed.set(callKey(def.id, first.method, first.req), job);
      return job;
    },
  };
  return endpoint;
}
