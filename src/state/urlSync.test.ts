import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A page's address bar, history and window, enough for startUrlSync: hashchange is dispatched by the test. */
function fakePage(initial: string) {
  const page = { hash: initial, listeners: [] as (() => void)[], writes: [] as string[] };
  vi.stubGlobal('location', {
    get hash() {
      return page.hash;
    },
  });
  vi.stubGlobal('history', {
    replaceState: (_s: unknown, _t: string, h: string) => {
      page.writes.push(h);
      page.hash = h;
    },
  });
  vi.stubGlobal('window', {
    addEventListener: (type: string, f: () => void) => type === 'hashchange' && page.listeners.push(f),
    removeEventListener: () => {},
  });
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16) as unknown as number);
  vi.stubGlobal('cancelAnimationFrame', (t: number) => clearTimeout(t));
  return page;
}

describe('address bar sync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a link that arrives while a write is pending wins over the state: it is loaded once, not overwritten', async () => {
    const page = fakePage('#v=1&model=aim&alpha=0.2');
    const { explorerStore, setState, startUrlSync } = await import('./useExplorer');
    const stop = startUrlSync();
    expect(explorerStore.getState().alpha).toBe(0.2);
    const loads = explorerStore.getState().linkLoads;
    // A slider moves; its write waits for a frame and then the write interval.
    setState({ alpha: 0.25 });
    // Meanwhile a link is pasted: the address changes now, its hashchange comes later.
    page.hash = '#v=1&model=aim&alpha=0.15&present=1&theme=dark';
    await vi.advanceTimersByTimeAsync(500);
    for (const f of page.listeners) f();
    await vi.advanceTimersByTimeAsync(500);
    const s = explorerStore.getState();
    expect(s.alpha).toBe(0.15);
    expect(s.theme).toBe('dark');
    expect(s.present).toBe(true);
    expect(s.linkLoads).toBe(loads + 1);
    // The address holds the link's state (written back in its canonical form), never the slider's 0.25.
    expect(page.writes.some((h) => /alpha=0\.25/.test(h))).toBe(false);
    expect(page.hash).toMatch(/alpha=0\.15/);
    expect(page.hash).toMatch(/theme=dark/);
    stop();
  });

  it('a state change is written to the address after a frame, once per interval', async () => {
    const page = fakePage('#v=1&model=aim&alpha=0.2');
    const { setState, startUrlSync, URL_WRITE_MS } = await import('./useExplorer');
    const stop = startUrlSync();
    const before = page.writes.length;
    setState({ alpha: 0.3 });
    setState({ alpha: 0.35 });
    await vi.advanceTimersByTimeAsync(16 + URL_WRITE_MS + 10);
    expect(page.writes.length).toBe(before + 1);
    expect(page.hash).toMatch(/alpha=0\.35/);
    stop();
  });
});
