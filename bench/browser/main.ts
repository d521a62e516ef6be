/**
 * Runs the simulation benchmark rows in a Web Worker, as the page runs simulations, and publishes the results
 * as window.__bench ({rows, done}) for scripts/bench-browser.mjs. `?only=a,b` selects rows by name prefix
 * (rows that need gigabytes only by full name); bsr.gamp.first.dN rows each use a fresh worker.
 */
import type { BenchMessage } from './worker';

const out = document.getElementById('out')!;
const only = (new URLSearchParams(location.search).get('only') ?? '').split(',').filter(Boolean);
const state: { rows: Array<Record<string, unknown>>; done: boolean } = { rows: [], done: false };
(window as unknown as { __bench: typeof state }).__bench = state;

function inWorker(msg: BenchMessage): Promise<void> {
  return new Promise((resolve) => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent) => {
      if (e.data === 'done') {
        w.terminate();
        resolve();
        return;
      }
      state.rows.push(e.data);
      out.textContent = JSON.stringify(state.rows, null, 1);
    };
    w.onerror = (e) => {
      state.rows.push({ name: 'worker', error: e.message || 'worker error' });
      w.terminate();
      resolve();
    };
    w.postMessage(msg);
  });
}

const wants = (name: string) => !only.length || only.some((p) => name.startsWith(p));
for (const d of [60, 100]) if (wants(`bsr.gamp.first.d${d}`)) await inWorker({ cold: d });
await inWorker({ only });
state.done = true;
out.textContent = JSON.stringify(state.rows, null, 1);
