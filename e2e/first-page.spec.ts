import { boCurve } from '../src/models/bsr/theory/curve';
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
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
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

test('the equations, the lectures and the offline store load only once the first curve is shown', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, mo) => {
      if (document.querySelector('[data-testid=main-plot] [data-testid=curve-bo]')?.getAttribute('d')) {
        mo.disconnect();
        (window as unknown as { curveAt: number }).curveAt = performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto('./');
  await waitReady(page);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lecture', exact: true })).toBeEnabled();
  const { curveAt, late } = await page.evaluate(() => ({
    curveAt: (window as unknown as { curveAt: number }).curveAt,
    late: performance
      .getEntriesByType('resource')
      .filter((e) => /\/(Equations|LectureMenu|workbox-window[^/]*)-[^/]*\.js$|\/sw\.js$/.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
  }));
  expect(curveAt).toBeGreaterThan(0);
  expect(late.map((e) => e.name?.split('-')[0]).sort()).toEqual(expect.arrayContaining(['Equations', 'LectureMenu']));
  for (const e of late) expect(e.start, e.name).toBeGreaterThan(curveAt);
});
