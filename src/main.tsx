/// <reference types="vite-plugin-pwa/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setSpawn } from './bridge/bridge';
import { withDebugHook } from './bridge/debugHook';
import { spawnWorker } from './bridge/spawn';
import { LectureBarSlot } from './lecture/lazy';
import { App } from './shell/App';
import { updateStore } from './shell/update';
import { onCurveDrawn } from './ui/firstCurve';
import { warmStart } from './shell/warmStart';
import './ui/styles.css';
import './ui/projector.css';

setSpawn(withDebugHook(spawnWorker));
warmStart();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LectureBarSlot />
    <App />
  </StrictMode>,
);

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
