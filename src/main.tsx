import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setSpawn } from './bridge/bridge';
import { withDebugHook } from './bridge/debugHook';
import { spawnWorker } from './bridge/spawn';
import { App } from './shell/App';
import './ui/styles.css';

setSpawn(withDebugHook(spawnWorker));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline use once loaded: a service worker keeps every fetched asset (production builds only).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('offline support unavailable:', e));
  });
}
