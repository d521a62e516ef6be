/// <reference types="vite-plugin-pwa/client" />
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { setSpawn } from './bridge/bridge';
import { addSeed, decodeSeeds, type Seed } from './bridge/seeds';
import { loadView } from './models/views';
import { explorerStore } from './state/useExplorer';
import { withDebugHook } from './bridge/debugHook';
import { spawnWorker } from './bridge/spawn';
import { LectureBarSlot } from './lecture/lazy';
import { App } from './shell/App';
import { updateStore } from './shell/update';
import { onCurveDrawn } from './ui/firstCurve';
import { warmStart } from './shell/warmStart';
import './ui/styles.css';
import './ui/projector.css';

/**
 * At another link the first render waits for the first answer (warmStart), so that it draws the curve at once: a
 * render without it, then a second with it, cost about 150 ms more of the main thread, on the path to the first curve
 * (measured: the first curve 23–31% sooner at the BSR, AIM and SMI links). The answer arrives 300–400 ms after the
 * main code starts on 2 shared cores; the wait is capped so that a slow answer never leaves the page blank for long.
 */
const FIRST_ANSWER_WAIT_MS = 600;

// The prerendered view, when the page showed it (showFirstView.ts), and the answers the build computed for it. Read
// only then: at another link they would rarely serve, and reading them takes main-thread time the page needs.
const rootElement = document.getElementById('root')!;
const firstView = rootElement.querySelector(':scope > [data-first-view]');
const seedText = firstView && document.getElementById('first-seeds')?.textContent;
if (seedText) for (const seed of decodeSeeds(seedText) as Seed[]) addSeed(seed);

setSpawn(withDebugHook(spawnWorker));
const firstAnswer = warmStart();

const root = createRoot(rootElement);
const app = (
  <StrictMode>
    <LectureBarSlot />
    <App />
  </StrictMode>
);
// The prerendered view stays until the live one can take its place in a single step: once the view's code is here,
// the first render draws the same curve from the seeds.
if (firstView)
  loadView(explorerStore.getState().model)
    .catch(() => {
      // The shell shows why the view could not be loaded.
    })
    .then(() => {
      flushSync(() => root.render(app));
      firstView.remove();
    });
else if (firstAnswer) {
  // A failed answer is reported by the view's own request, which receives it.
  const cap = new Promise((done) => setTimeout(done, FIRST_ANSWER_WAIT_MS));
  void Promise.race([Promise.all([loadView(explorerStore.getState().model), firstAnswer]), cap])
    .catch(() => {})
    .then(() => root.render(app));
} else root.render(app);

// Offline use (production builds): the service worker stores every file of the build on the first visit; a
// newer version waits until the reader accepts the top bar's "Update available — reload". It is registered once the
// first curve is shown: its download of the whole build would otherwise compete with the page's own first files.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) onCurveDrawn(() => void registerOffline());

async function registerOffline(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => updateStore.setState({ needRefresh: true, reload: () => void updateSW(true) }),
    onRegisterError: (e: unknown) => console.warn('offline support unavailable:', e),
  });
  // The hand-written worker of 0.1.0 kept every file it saw in one cache that no version cleared.
  void caches.delete('tokenphase-v1');
}
