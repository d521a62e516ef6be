/**
 * The page's first script: it starts the model worker before the main code has arrived.
 *
 * A worker starts only when the page's main thread is free for a moment (measured: a worker created before
 * a 300 ms or 600 ms busy stretch started 310 ms or 620 ms later), and from the time the main code arrives
 * the page is busy evaluating and drawing for a few hundred ms. Started here, while the main code is still
 * downloading, the worker is ready when the first request is posted, so it answers without waiting for the
 * page. Nothing is imported, so this file is tiny and arrives first.
 */

/**
 * Until the first render (main.tsx), which at a link without a prerendered view waits for the first curve, the page
 * would be blank for most of a second: a line says what it is doing. The first render replaces the root's content.
 */
function showStarting(): void {
  const root = document.getElementById('root');
  if (!root || root.querySelector('[data-first-view]')) return;
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
if (typeof document !== 'undefined' && typeof window !== 'undefined') showStarting();

/** A module worker that serves every model (the bundler finds it through this literal expression). */
export function newModelWorker(): Worker {
  return new Worker(new URL('../workers/model.worker.ts', import.meta.url), { type: 'module' });
}

let early: Worker | null = typeof Worker !== 'undefined' && typeof window !== 'undefined' ? startWorker() : null;
let earlyFailed = false;

function startWorker(): Worker | null {
  try {
    const w = newModelWorker();
    // An error before a lane listens (its script could not be fetched) would reach no one: the worker is not handed out.
    w.addEventListener('error', () => {
      earlyFailed = true;
    });
    return w;
  } catch {
    // Workers forbidden here: the bridge reports it when the page first asks for one.
    return null;
  }
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
