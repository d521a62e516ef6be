/**
 * The page under duress: a simulation worker killed mid-run, a locked-down page (its Content-Security-Policy,
 * no request beyond its own origin) and links that needed changing before they could be shown.
 */
import { cspAllowing } from '../scripts/csp';
import { expect, hashParams, test, waitReady } from './fixtures';

test('a simulation worker killed mid-run: the panel says so in words, earlier points stay, and the next run works', async ({ page }) => {
  test.setTimeout(150_000);
  // ?debug offers window.__tokenphase.killWorkers(lane), which ends a lane's worker with no event, as a crash would.
  await page.goto('./?debug#v=1&alpha=0.4&beta=1&rho=0.5&delta=0&panel=sim&simD=16&simSeeds=1&simIter=20&simAlphas=0.3');
  await waitReady(page);
  const status = page.getByTestId('side-status');
  await expect(status).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  // A long sweep: killed once it has made progress.
  await page.getByTestId('sim-simD').fill('90');
  await page.getByTestId('sim-simIter').fill('1000');
  await page.getByTestId('sim-sweep').click();
  await expect(status).toHaveText(/computing · [1-9]/, { timeout: 60_000 });
  // Every simulation worker (one per core but one) is ended.
  expect(
    await page.evaluate(() => (window as unknown as { __tokenphase: { killWorkers(l: string): number } }).__tokenphase.killWorkers('simulation')),
  ).toBeGreaterThanOrEqual(1);
  await expect(status).toHaveText(
    /failed · Stopped: the simulation worker did not answer for \d+ s; it was restarted\. The points computed before are kept; Run again starts a fresh worker\./,
    {
      timeout: 90_000,
    },
  );
  await page.screenshot({ path: 'test-results/worker-killed.png' });
  await expect(page.getByTestId('sim-results').locator('tbody tr')).toHaveCount(1);
  // The next request starts a fresh worker.
  await page.getByTestId('sim-simD').fill('16');
  await page.getByTestId('sim-simIter').fill('20');
  await page.getByTestId('sim-run').click();
  // The α values of the sweep are in the link by now, so they run again at these settings too.
  await expect(status).toHaveText(/^ready · \d+ simulated points/, { timeout: 90_000 });
  expect(await page.getByTestId('sim-results').locator('tbody tr').count()).toBeGreaterThan(1);
});

test('the built page carries its Content-Security-Policy and asks no other origin for anything', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) elsewhere.push(r.url());
  });
  await page.goto('./#v=1&model=bsr&panel=landscape');
  await waitReady(page);
  // One inline script (the one that shows the prerendered home view), allowed by its hash and by nothing wider.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
      // Data blocks (the prerendered view's HTML, its answers as JSON) are not run.
      .filter((e) => !e.type || e.type === 'module' || /javascript/.test(e.type))
      .map((e) => e.textContent ?? ''),
  );
  expect(inline).toHaveLength(1);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(cspAllowing(inline[0]));
  // Every view, with its KaTeX formulas and the model worker: the fixture fails the test on any CSP report in the console.
  for (const m of ['aim', 'smi', 'bsr']) {
    await page.getByTestId('model-select').selectOption(m);
    await waitReady(page);
  }
  await page.locator('.equations-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
});

test('a link whose α is past the plot gets a notice and a cursor on the plot; a repeated key is named', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=4.5&alpha=10&alphaMax=1.2&alphaMax=1.2');
  await waitReady(page);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('T = 4.5 is not a whole number; rounded to 5.');
  await expect(notice).toContainText('α = 10 is past the right end of the plot (ᾱ ≤ 1.2, so α ≤ 0.04286 at T = 5); set to 0.0428.');
  await expect(notice).toContainText('alphaMax appears 2 times in the link');
  await page.screenshot({ path: 'test-results/link-notices.png' });
  expect(hashParams(page).get('alpha')).toBe('0.0428');
  // The cursor is drawn: LinePlot draws it only inside the plotted range.
  await expect(page.getByTestId('main-plot-cursor')).toHaveCount(1);
});

test.describe('code that cannot be fetched', () => {
  // The page's own service worker would fetch (and fail to store) the same file; this is about the page alone.
  test.use({ serviceWorkers: 'block' });
  test('a view says so in words instead of a blank page, and the other models still open', async ({ page, errors }) => {
    await page.route(/\/AimView-[^/]*\.js$/, (r) => r.abort());
    await page.goto('./#v=1&model=aim');
    await expect(page.getByTestId('view-failed')).toContainText('view could not be loaded');
    await expect(page.getByTestId('view-failed')).toContainText('Reload the page');
    await page.getByTestId('model-select').selectOption('bsr');
    await waitReady(page);
    await expect(page.getByTestId('view-failed')).toHaveCount(0);
    // The aborted fetch is the only error the console saw.
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/AimView|ERR_FAILED|Failed to fetch|dynamically imported module/i);
    errors.length = 0;
  });

  test('parts loaded later (the lecture menu, the equations) that cannot be fetched are named; the curve still draws', async ({ page, errors }) => {
    await page.route(/\/(LectureMenu|Equations)-[^/]*\.js$/, (r) => r.abort());
    await page.goto('./#v=1&model=bsr');
    await waitReady(page);
    await expect(page.getByTestId('lecture-unavailable')).toBeDisabled();
    await expect(page.getByTestId('lecture-unavailable')).toHaveAttribute('title', /lectures could not be loaded/);
    await page.locator('.equations-slot').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('equations-failed')).toContainText('equations could not be loaded');
    await expect(page.getByTestId('main-plot').getByTestId('curve-bo')).toHaveAttribute('d', /M/);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/LectureMenu|Equations|ERR_FAILED|Failed to fetch|dynamically imported module/i);
    errors.length = 0;
  });

  test('until the first curve a line says the page is computing it; if the main code never arrives, the line says so', async ({ page, errors }) => {
    await page.clock.install();
    await page.route(/\/index-[^/]*\.js$/, (r) => r.abort());
    await page.goto('./#v=1&model=aim&rho=0.4');
    const note = page.getByRole('status').filter({ hasText: /first curve|has not started/ });
    await expect(note).toHaveText('Computing the first curve…');
    await page.clock.fastForward(20_000);
    await expect(note).toContainText('The explorer has not started');
    await expect(note).toContainText('Reload the page');
    for (const e of errors) expect(e).toMatch(/index-|ERR_FAILED|Failed to fetch|module script/i);
    errors.length = 0;
  });

  test('the line is gone once the page has drawn its first curve', async ({ page }) => {
    await page.goto('./#v=1&model=aim&rho=0.4');
    await waitReady(page);
    await expect(page.locator('.starting-note')).toHaveCount(0);
  });
});
