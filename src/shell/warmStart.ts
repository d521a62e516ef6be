import { modelClient } from '../bridge/bridge';
import type { ModelApi } from '../models/contract';
import { modelById } from '../models/registry';
import { preloadView } from '../models/views';
import { explorerStore } from '../state/useExplorer';

/**
 * At start-up, before React renders: fetch the shown model's view and send its first worker job, so the
 * three waits (page code, view code, worker and model code plus the computation) overlap instead of
 * following one another. The answer is dropped; the view's identical request then finds the worker's caches
 * warm (and waits for this job on the same lane if it is still running).
 */
export function warmStart(): void {
  const st = explorerStore.getState();
  const def = modelById(st.model);
  preloadView(def.id);
  const first = def.firstRequest?.(st as unknown as Readonly<Record<string, unknown>>);
  if (!first) return;
  modelClient<ModelApi>(def.id)
    .call(first.method, first.req as never, { lane: first.lane })
    .catch(() => {
      // A failure here is reported by the view's own request.
    });
}
