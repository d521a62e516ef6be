/**
 * Renders the home view to HTML at build time (in Node, through Vite's SSR loader; vite.config.ts), with the
 * answers its first requests get, computed here by the model's own API. The built page shows this HTML until its
 * code has started (showFirstView.ts) and then draws the same view from the same answers (seeds.ts).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { addSeed, type Seed } from '../../bridge/seeds';
import { LectureBarSlot } from '../../lecture/lazy';
import type { ModelApi } from '../../models/contract';
import { modelById } from '../../models/registry';
import { loadView } from '../../models/views';
import { hashOf, pickState } from '../../state/store';
import { explorerStore } from '../../state/useExplorer';
import { App } from '../App';
import { setPrerendering } from './prerendering';

export interface FirstView {
  /** The links it is shown at: no hash, and the home state's own link. */
  links: string[];
  html: string;
  seeds: Seed[];
}

export async function renderFirstView(): Promise<FirstView> {
  const st = explorerStore.getState();
  const def = modelById(st.model);
  const first = def.firstRequest?.(st as unknown as Readonly<Record<string, unknown>>);
  if (!first) throw new Error(`the ${def.id} view has no first request to prerender`);
  const api = (await def.loadApi()) as ModelApi;
  const seeds: Seed[] = [];
  for (const req of first.settled === undefined ? [first.req] : [first.req, first.settled]) {
    const answer = await api[first.method](req);
    seeds.push({ model: def.id, method: first.method, req, answer });
  }
  for (const s of seeds) addSeed(s);
  await loadView(def.id);
  setPrerendering(true);
  let html: string;
  try {
    const { prelude } = await prerender(
      <StrictMode>
        <LectureBarSlot />
        <App />
      </StrictMode>,
    );
    html = await new Response(prelude).text();
  } finally {
    setPrerendering(false);
  }
  return { links: ['', hashOf(pickState(st))], html, seeds };
}
