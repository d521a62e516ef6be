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

// The prerendered view, when the page showed it (showFirstView.ts), and the answers the build computed for it. Read
// only then: at another link they would rarely serve, and reading them takes main-thread time the page needs.
const rootElement = document.getElementById('root')!;
const firstView = rootElement.querySelector(':scope > [data-first-view]');
const seedText = firstView && document.getElementById('first-seeds')?.textContent;
if (seedText) for (const seed of decodeSeeds(seedText) as Seed[]) addSeed(seed);

setSpawn(withDebugHook(spawnWorker));
warmStart();

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
else root.render(app);

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
