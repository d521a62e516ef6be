/**
 * The built site as a reader meets it over time: offline after one visit (the server gone, not only the
 * network emulated), and a new deployment announced with "Update available — reload". Each test serves a
 * build from its own small static server, so it can stop the server or swap the files behind one origin.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, pathPoints, test, waitReady } from './fixtures';

/** The build under test: the suite's (dist/ unless E2E_DIST says otherwise). */
const DIST = resolve(process.env.E2E_DIST ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** A static server whose folder can be swapped (a deployment) and which can be stopped (offline). */
async function serve(root: string) {
  const state = { root };
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(state.root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(state.root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // As a static host would: the service worker script is checked for updates on every visit.
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    swap: (dir: string) => {
      state.root = dir;
    },
    stop: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Waits until the service worker of this build is active, i.e. every file is precached. */
async function offlineReady(page: import('@playwright/test').Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
}

test.describe('offline and updates of the built site', () => {
  test.use({ serviceWorkers: 'allow' });
  test.skip(!existsSync(join(DIST, 'sw.js')), 'needs a production build with its service worker');
  test.setTimeout(180_000);

  test('after one visit the page works offline: a reload draws its curve, and the other views and a simulation work too', async ({ page, context }) => {
    const site = await serve(DIST);
    await page.goto(`${site.url}#v=1&model=bsr&alpha=0.4&beta=1&rho=0.5&delta=0`);
    await waitReady(page);
    await offlineReady(page);
    // Offline for real: the server is gone as well as the network.
    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(20);
    // Views and the model worker that the first visit never loaded come from the precache.
    for (const model of ['aim', 'smi']) {
      await page.getByTestId('model-select').selectOption(model);
      await waitReady(page);
    }
    await page.goto(`${site.url}#v=1&model=bsr&alpha=0.4&beta=1&rho=0.5&delta=0&panel=sim&simD=16&simSeeds=1&simIter=10&simAlphas=0.4`);
    await expect(page.getByTestId('side-status')).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  });

  test('a new deployment is announced with "Update available — reload", and reloading shows the new version', async ({ page }) => {
    // The second version: the same sources built again with another build stamp.
    const next = mkdtempSync(join(tmpdir(), 'tokenphase-next-'));
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', next, '--emptyOutDir'], {
      env: { ...process.env, VITE_BUILD_STAMP: 'next' },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const first = mkdtempSync(join(tmpdir(), 'tokenphase-first-'));
    cpSync(DIST, first, { recursive: true });
    const site = await serve(first);
    try {
      await page.goto(`${site.url}#v=1&model=bsr`);
      await waitReady(page);
      await offlineReady(page);
      await expect(page.getByTestId('update-prompt')).toHaveCount(0);
      const before = await page.locator('h1').getAttribute('data-build');
      expect(before).not.toBe('next');
      site.swap(next);
      // A visit after the deployment finds the new service worker; the page stays on its version until asked.
      await page.reload();
      await waitReady(page);
      await expect(page.getByTestId('update-prompt')).toContainText('Update available', { timeout: 60_000 });
      await page.screenshot({ path: 'test-results/update-prompt.png' });
      expect(await page.locator('h1').getAttribute('data-build')).toBe(before);
      await page.getByTestId('update-reload').click();
      await expect(page.locator('h1')).toHaveAttribute('data-build', 'next', { timeout: 30_000 });
      await waitReady(page);
      await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    } finally {
      await site.stop();
      rmSync(next, { recursive: true, force: true });
      rmSync(first, { recursive: true, force: true });
    }
  });
});
