import { describe, expect, it } from 'vitest';
import { clearSeeds } from '../../bridge/seeds';
import { bsrApi } from '../../models/bsr/api';
import { createExplorerStore, hashOf, pickState } from '../../state/store';
import { renderFirstView } from './render';
import { prerendering } from './prerendering';

describe('the prerendered home view', () => {
  it("draws the home link's curve from the answers it ships, which are the API's own", async () => {
    const view = await renderFirstView();
    clearSeeds();
    expect(prerendering).toBe(false);
    // Shown with no hash and at the home state's own link.
    expect(view.links).toEqual(['', hashOf(pickState(createExplorerStore('').getState()))]);
    // The draft request the view sends first, and the full one that follows once the sliders are still.
    expect(view.seeds.map((s) => (s.req as { draft: boolean }).draft)).toEqual([true, false]);
    const [draft, full] = view.seeds.map((s) => s.answer as Awaited<ReturnType<typeof bsrApi.curve>>);
    // Equal but for the time the computation took.
    expect({ ...full, millis: 0 }).toEqual({ ...(await bsrApi.curve(view.seeds[1].req as Parameters<typeof bsrApi.curve>[0])), millis: 0 });
    // The draft table's curve: within its stated 10⁻⁵ of the full one's (measured: 4.2·10⁻⁶ at most).
    expect(draft.bo.length).toBe(full.bo.length);
    const worst = Math.max(...draft.bo.map((v, i) => Math.abs(v - full.bo[i])));
    expect(worst).toBeLessThan(1e-5);
    const d = /data-testid="curve-bo"[^>]*\sd="([^"]+)"|\sd="([^"]+)"[^>]*data-testid="curve-bo"/.exec(view.html);
    expect(d).not.toBeNull();
    expect((d![1] ?? d![2]).split(/[ML]/).length).toBeGreaterThan(200);
    // Nothing on it responds until the page's code runs, and its badges say so rather than "ready".
    expect(view.html).toContain('>starting<');
    expect(view.html).not.toMatch(/>ready/);
  });
});
