/**
 * The page's first script: it starts the model worker before the main code has arrived.
 *
 * A worker starts only when the page's main thread is free for a moment (measured: a worker created before
 * a 300 ms or 600 ms busy stretch started 310 ms or 620 ms later), and from the time the main code arrives
 * the page is busy evaluating and drawing for a few hundred ms. Started here, while the main code is still
 * downloading, the worker is ready when the first request is posted, so it answers without waiting for the
 * page. Only a constant is imported (the worker's name prefix), so this file is tiny and arrives first.
 */
import { LINK_NAME_PREFIX } from './bridge/linkName';

/**
 * Until the first render (main.tsx), which at a link without a prerendered view waits for the first curve, the page
 * would be blank for most of a second: a line says what it is doing. The first render replaces the root's content.
 */
function showStarting(): void {
  const root = document.getElementById('root');
  if (!root || showsPrerenderedView()) return;
  const note = document.createElement('p');
  note.className = 'starting-note';
  note.setAttribute('role', 'status');
  note.textContent = 'Computing the first curve…';
  root.append(note);
  // Still there after this long: the main code did not arrive or did not run, which a line should say too.
  setTimeout(() => {
    if (note.isConnected)
      note.textContent = 'The explorer has not started: its code did not arrive or failed to run. Reload the page; the browser’s console says why.';
  }, STARTING_TIMEOUT_MS);
}
const STARTING_TIMEOUT_MS = 20_000;

/** Whether the page shows the prerendered home view (put there by the inline script that runs before this one). */
function showsPrerenderedView(): boolean {
  return !!document.getElementById('root')?.querySelector('[data-first-view]');
}
if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  showStarting();
  preloadLinkCode();
}

/** The last `model=` of a link (the link codec reads the last of repeated keys), or undefined. */
function modelOf(hash: string): string | undefined {
  const found = [...hash.matchAll(/(?:^#|&)model=([^&]*)/g)];
  return found.length ? decodeURIComponent(found[found.length - 1][1]) : undefined;
}

/**
 * The code of the link's view and of its model's in-page computation, asked for now rather than once the main code
 * has run and asked for it: the build lists each model's chunks in #view-chunks (vite.config.ts). A link without
 * `model=`, or naming a model that does not exist, shows the default model (with a notice), which is that of the home
 * link (the prerendered view's links, whose canonical form names it).
 */
function preloadLinkCode(): void {
  let files: unknown;
  try {
    const chunks = JSON.parse(document.getElementById('view-chunks')?.textContent ?? '{}') as Record<string, unknown>;
    const home = JSON.parse(document.getElementById('first-view')?.getAttribute('data-links') ?? '[]') as unknown[];
    const fallback = home.map((l) => (typeof l === 'string' ? modelOf(l) : undefined)).find((m) => m !== undefined) ?? '';
    const model = modelOf(location.hash) ?? fallback;
    files = Object.hasOwn(chunks, model) ? chunks[model] : Object.hasOwn(chunks, fallback) ? chunks[fallback] : undefined;
  } catch {
    // A malformed link: the main code reports it and loads what it can.
    return;
  }
  if (!Array.isArray(files)) return;
  for (const f of files) {
    if (typeof f !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = f;
    document.head.append(link);
  }
}

/** A module worker that serves every model (the bundler finds it through this literal expression). */
export function newModelWorker(name = ''): Worker {
  return new Worker(new URL('../workers/model.worker.ts', import.meta.url), { type: 'module', name });
}

/**
 * The early worker starts on the link's first curve as soon as its code has run (endpoint.ts primeLink), told the link
 * by its name: a message would wait for the page's main thread, busy with the main code then (measured: handled 140 ms
 * after the worker had started). The page's identical request, sent once its code has run, receives the answer. Not at
 * the prerendered home link: the page has its answers from the build there and asks the worker for others.
 */
let linkPrimed = false;
let early: Worker | null = typeof Worker !== 'undefined' && typeof window !== 'undefined' ? startWorker() : null;
let earlyFailed = false;

function startWorker(): Worker | null {
  try {
    linkPrimed = !showsPrerenderedView();
    const w = newModelWorker(linkPrimed ? LINK_NAME_PREFIX + location.hash : '');
    // An error before a lane listens (its script could not be fetched) would reach no one: the worker is not handed out.
    w.addEventListener('error', () => {
      earlyFailed = true;
    });
    return w;
  } catch {
    // Workers forbidden here: the bridge reports it when the page first asks for one.
    linkPrimed = false;
    return null;
  }
}

/** Whether a worker was started on this link's first job (and has not failed so far). */
export function workerHasLink(): boolean {
  return linkPrimed && !earlyFailed;
}

/**
 * The worker started at load, handed out once (to the first lane that needs one); later calls start new ones. A
 * worker that already failed is not handed out, so that the lane starts its own and sees that one's error.
 */
export function takeEarlyWorker(): Worker | null {
  const w = early;
  early = null;
  if (w && earlyFailed) {
    w.terminate();
    return null;
  }
  return w;
}
