import { workerHasLink } from '../boot';
import { lane, modelClient, prime } from '../bridge/bridge';
import { hasSeed } from '../bridge/seeds';
import type { ModelApi } from '../models/contract';
import { modelById } from '../models/registry';
import { preloadView } from '../models/views';
import { explorerStore } from '../state/useExplorer';

/**
 * At start-up, before React renders: fetch the shown model's view and start its first job, so the waits (page
 * code, view code, model code plus the computation) overlap instead of following one another.
 *
 * The job runs in a worker and, unless that worker was started on this link by the page's first script (boot.ts:
 * it is then well ahead), in the page too; the first answer is handed to the view's identical request (`prime`). A
 * worker's thread starts late when the CPU is busy (measured: the first curve 12–23% sooner with the page's run while
 * other work loads the machine, about the same on an idle one), and the page's run still draws the first curve when
 * no worker can start at all; the worker's run warms its caches for the requests that follow. The page does not
 * compute once the worker has answered. A request that
 * differs from the view's (another state by then) finds no primed answer and goes to the worker as usual.
 * Returns the first answer (undefined when the page was given it or the model has no first request), for which
 * the page's first render waits (main.tsx); once arrived, the view's first render shows it (the client's `seeded`).
 */
export function warmStart(): Promise<unknown> | undefined {
  const st = explorerStore.getState();
  const def = modelById(st.model);
  preloadView(def.id);
  const first = def.firstRequest?.(st as unknown as Readonly<Record<string, unknown>>);
  if (!first) return undefined;
  if (hasSeed(def.id, first.method, first.req)) {
    // The page was given this answer (the prerendered home view): nothing to compute for the first curve. The
    // worker still loads the model and builds the tables the settled request needs, for the first slider move.
    lane(first.lane)
      .call(def.id, first.method, first.settled ?? first.req)
      .catch(() => {
        // A failed worker is reported by the view's first request that needs it.
      });
    return undefined;
  }
  let answered = false;
  const inWorker = modelClient<ModelApi>(def.id).call(first.method, first.req as never, { lane: first.lane });
  inWorker.then(
    () => {
      answered = true;
    },
    () => {},
  );
  // A copy, as a worker's answer is: the view may keep or change it, and the page's API may cache the original.
  const computeInPage = (api: ModelApi) => Promise.resolve(api[first.method](first.req)).then((r) => structuredClone(r));
  // A worker started on this link (boot.ts) is well ahead of the page, whose own run would only hold its main thread
  // while the worker's answer waits: the page computes only if that worker fails.
  const inPage = workerHasLink()
    ? inWorker.catch(() => def.loadApi().then(computeInPage))
    : def.loadApi().then((api) => (answered ? inWorker : computeInPage(api)));
  // The first to answer; a failure only if both fail (then the worker's reason, the one the view would see).
  const answer = new Promise((resolve, reject) => {
    let failed = 0;
    const fail = () => {
      if (++failed === 2) inWorker.catch(reject);
    };
    inWorker.then(resolve, fail);
    inPage.then(resolve, fail);
  });
  answer.catch(() => {
    // Reported by the view's own request, which receives this answer.
  });
  prime(def.id, first.method, first.req, answer);
  return answer;
}
