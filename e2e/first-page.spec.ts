import type { Request } from '@playwright/test';
import { boCurve } from '../src/models/bsr/theory/curve';
import { FALLBACK_MS } from '../src/ui/firstCurve';
import { expect, pathPoints, test, waitReady } from './fixtures';

test('the first page draws the Bayes-optimal curve, with no console errors', async ({ page, errors }) => {
  await page.goto('./');
  await waitReady(page);
  expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
  expect(await pathPoints(page, 'curve-ridge')).toBeGreaterThan(200);
  await expect(page.getByTestId('marker-pr')).toBeVisible();
  // The readout at the default cursor equals the core's value.
  const want = boCurve({ beta: 1, rho: 0.5, delta: 0 }, [0.3]).bo[0];
  const shown = Number(await page.getByTestId('readout-bo').textContent());
  expect(Math.abs(shown - want)).toBeLessThan(2e-3);
  expect(errors).toEqual([]);
});

test('at a cold load the page computes the first curve itself as well: it is drawn even when no worker can start', async ({ page }) => {
  // With the worker's script unavailable, only the page's own run of the first request can answer.
  await page.route(/model\.worker[^/]*\.js/, (route) => route.abort());
  // Not the home state, whose answers the page carries (shell/firstView).
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05');
  // The first curve (from the draft table) is drawn; the full table that follows needs the worker, so the
  // badge then says the worker stopped.
  await expect.poll(() => pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
  await expect(page.getByTestId('status')).toContainText('worker stopped');
});

test("the simulations' code (ml-matrix among it) is not fetched until a simulation runs", async ({ page }) => {
  for (const hash of ['./', './#v=1&model=aim&T=2&alpha=0.1', './#v=1&model=smi&alpha=0.5']) {
    await page.goto('about:blank');
    await page.goto(hash);
    await waitReady(page);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(
      scripts.some((s) => /\/matrix-[^/]*\.js$/.test(s)),
      `${hash}: ${scripts.filter((s) => s.endsWith('.js')).join(' ')}`,
    ).toBe(false);
  }
});

test("the model worker is started by the page's first, tiny script: it runs even when the main script never arrives", async ({ page, errors }) => {
  // A worker starts only when the page's main thread is free, so it is started before the main code arrives.
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  const worker = page.waitForEvent('worker', { timeout: 10_000 });
  await page.goto('./');
  expect((await worker).url()).toMatch(/model\.worker[^/]*\.js$/);
  // The aborted main script is the only error.
  for (const e of errors) expect(e).toMatch(/ERR_FAILED/);
  errors.length = 0;
});

test("the link's view and its model's code are asked for by the first script, before the main code has run", async ({ page, errors }) => {
  // With the main script never arriving, only boot.ts can have asked for them: from the link's model, or the home
  // link's where the link names none or one that does not exist (the page then shows the default model).
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  for (const [hash, model] of [
    ['#v=1&model=smi&alpha=0.5', 'smi'],
    ['#v=1&model=aim&model=bsr&alpha=0.3', 'bsr'],
    ['#v=1&alpha=0.3', 'bsr'],
    ['#v=1&model=nope', 'bsr'],
  ] as const) {
    const asked: string[] = [];
    const listen = (r: Request) => asked.push(new URL(r.url()).pathname);
    page.on('request', listen);
    // From a blank page, so that each link is a load and not a change of the fragment.
    await page.goto('about:blank');
    await page.goto(`./${hash}`);
    const listed: Record<string, string[]> = await page.evaluate(() => JSON.parse(document.getElementById('view-chunks')?.textContent ?? '{}'));
    const files = listed[model].map((f) => f.replace(/^\./, ''));
    expect(files.some((f) => /View-[^/]*\.js$/.test(f))).toBe(true);
    await expect.poll(() => files.filter((f) => !asked.includes(f)), `${hash}: asked for ${asked.join(' ')}`).toEqual([]);
    // The other models' views are not asked for.
    expect(
      asked.filter((u) => /View-[^/]*\.js$/.test(u)),
      hash,
    ).toHaveLength(1);
    page.off('request', listen);
  }
  for (const e of errors) expect(e).toMatch(/ERR_FAILED/);
  errors.length = 0;
});

test('the lectures and the offline store load once the first curve is shown, the equations once scrolled near', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, mo) => {
      if (document.querySelector('[data-testid=main-plot] [data-testid=curve-bo]')?.getAttribute('d')) {
        mo.disconnect();
        (window as unknown as { curveAt: number }).curveAt = performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // The home state under another link: no prerendered view (shown only at the home link itself), so the curve is
  // the live page's first.
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
  await waitReady(page);
  await expect(page.getByRole('button', { name: 'Lecture', exact: true })).toBeEnabled();
  // Below the fold at 1280 × 800: neither their code nor their layout is in the frames of a first slider move.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/Equations-[^/]*\.js$/.test(e.name)))).toBe(false);
  await expect(page.locator('.katex')).toHaveCount(0);
  await page.locator('.equations-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('.katex').first()).toBeVisible();
  const { curveAt, late } = await page.evaluate(() => ({
    curveAt: (window as unknown as { curveAt: number }).curveAt,
    late: performance
      .getEntriesByType('resource')
      .filter((e) => /\/(Equations|LectureMenu|workbox-window[^/]*)-[^/]*\.js$|\/sw\.js$/.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
  }));
  expect(curveAt).toBeGreaterThan(0);
  expect(late.map((e) => e.name?.split('-')[0]).sort()).toEqual(expect.arrayContaining(['Equations', 'LectureMenu']));
  // Or, on a machine too busy to draw it within FALLBACK_MS, once that wait is over.
  for (const e of late) expect(e.start, e.name).toBeGreaterThan(Math.min(curveAt, FALLBACK_MS));
});

test("the home link shows its curve before any of the page's code has run, inert and saying it is starting", async ({ page }) => {
  // Every script of the build answered with an empty one: no code of the page runs.
  await page.route(/\/assets\/[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  const home = './#v=1&model=bsr&alpha=0.3&rho=0.5&axis=alpha&alphaMax=1.2&family=none&beta=1&delta=0&panel=phase&plane=alpha-rho';
  // Each link in a new document (a link that differs only in its hash would not load the page again).
  for (const link of ['./', home, './#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05']) {
    await page.goto('about:blank');
    await page.goto(link);
    if (link.includes('delta=0.05')) {
      // Any other link shows no curve until the page has computed its own.
      await expect(page.locator('#root')).toHaveText('');
      expect(await page.getByTestId('curve-bo').count()).toBe(0);
      continue;
    }
    await expect(page.locator('#root > [data-first-view]')).toHaveAttribute('inert', '');
    expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
    await expect(page.getByTestId('status')).toHaveText('starting');
  }
  // Nor in a phone's width, where its plot, drawn for a desktop's, would be shrunk to less than half its size.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('about:blank');
  await page.goto('./');
  await expect(page.locator('#root')).toHaveText('');
});

test("the live view takes the prerendered one's place in one step, drawing the same curve from the same answers", async ({ page }) => {
  await page.addInitScript(() => {
    // Every moment the root holds anything other than exactly one view with its curve.
    const gaps: string[] = [];
    (window as unknown as { gaps: string[] }).gaps = gaps;
    new MutationObserver(() => {
      const root = document.getElementById('root');
      if (!root?.querySelector('[data-first-view]') && !root?.querySelector('[data-testid=main-plot]')) return;
      const plots = root.querySelectorAll('[data-testid=main-plot]').length;
      const curve = root.querySelector('[data-testid=curve-bo]')?.getAttribute('d');
      if (plots !== 1 || !curve) gaps.push(`${plots} plots, curve ${curve ? 'drawn' : 'missing'}`);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto('./');
  const early = await page.getByTestId('curve-bo').getAttribute('d');
  await waitReady(page);
  await expect(page.locator('[data-first-view]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { gaps: string[] }).gaps)).toEqual([]);
  // The same curve, now live: the full table's, within the draft's 10⁻⁵ of the prerendered one.
  const ys = (d: string | null) =>
    (d ?? '')
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => Number(p.split(',')[1]));
  const live = ys(await page.getByTestId('curve-bo').getAttribute('d'));
  const first = ys(early);
  expect(live.length).toBe(first.length);
  expect(Math.max(...live.map((y, i) => Math.abs(y - first[i])))).toBeLessThan(0.05);
  // The page computed none of it, so its badge gives no computation time (the seeded answer's is the build's).
  await expect(page.getByTestId('status')).toHaveText(/ready · precomputed/);
  // And it responds: a new β redraws it.
  await page.getByLabel('β value').fill('2');
  await page.getByLabel('β value').press('Enter');
  await expect.poll(async () => await page.getByTestId('curve-bo').getAttribute('d')).not.toBe(early);
  await expect(page.getByTestId('status')).toHaveText(/ready · \d+ ms/);
});
