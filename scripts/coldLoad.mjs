// A cold load of the explorer, timed as `bench:live` and `bench:cold-ab` time it: a fresh browser context (no cache,
// no service worker) opens a link, and the time is that of the frame after the first curve appears, from
// navigation start.

const CURVE = '[data-testid=main-plot] [data-testid=curve-bo]';

/** The cold rows' links, each with the element whose path is its first curve. */
export const COLD_LINKS = {
  // The home link: its view is prerendered into the page (src/shell/firstView), so its curve needs none of the code.
  home: ['', CURVE],
  bsr: ['#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05', CURVE],
  aim: ['#v=1&model=aim&T=2&alpha=0.1&rho=0.5&alphaMax=1', CURVE],
  smi: ['#v=1&model=smi&alpha=0.5&skip=1', '[data-testid=smi-plot-q2]'],
};

/** Opens `url` + the link's hash in a fresh context of `browser`; resolves to ms from navigation to the first curve. */
export async function coldLoad(browser, url, [hash, target]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Watches from the first script on.
    await page.addInitScript((t) => {
      new MutationObserver((_, mo) => {
        if (document.querySelector(t)?.getAttribute('d')) {
          mo.disconnect();
          requestAnimationFrame(() => {
            window.__firstCurve = performance.now();
          });
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    }, target);
    await page.goto(url + hash);
    await page.waitForFunction(() => window.__firstCurve !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => window.__firstCurve);
  } finally {
    await context.close();
  }
}
