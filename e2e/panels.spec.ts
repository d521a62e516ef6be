import { readFileSync } from 'node:fs';
import { boCurve } from '../src/models/bsr/theory/curve';
import { BSR_PRESETS as PRESETS } from '../src/models/bsr/presets';
import { expect, hashParams, pathPoints, test, waitReady } from './fixtures';

test.describe('paper presets', () => {
  for (const p of PRESETS.filter((x) => !x.group || x.group === 'theory')) {
    test(`preset “${p.title}” opens from its link${p.check ? ' and shows the published number' : ''}`, async ({ page }) => {
      await page.goto('./');
      await waitReady(page);
      await page.getByTestId(`preset-${p.id}`).click();
      await expect.poll(() => new URL(page.url()).hash).not.toBe('');
      const want = new URLSearchParams(p.hash.slice(1));
      for (const k of ['alpha', 'beta', 'rho', 'delta', 'panel']) expect(hashParams(page).get(k)).toBe(want.get(k));
      await waitReady(page);
      // Its one sentence on what to look at, while the view is the preset's.
      await expect(page.getByTestId('preset-caption')).toContainText(p.caption);
      expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
      if (want.get('family') && want.get('family') !== 'none') {
        for (const v of want.get('familyValues')!.split(',')) await expect(page.getByTestId(`family-${Number(v)}`)).toBeVisible();
      }
      if (p.check) {
        const shown = Number(await page.getByTestId('readout-bo').textContent());
        // Published value (authors' theory) within 2e-3, and the shown value is the core's value.
        expect(Math.abs(shown - p.check.published), p.check.source).toBeLessThan(2e-3);
        const core = boCurve({ beta: p.check.beta, rho: p.check.rho, delta: p.check.delta }, [p.check.alpha]).bo[0];
        expect(Math.abs(shown - core)).toBeLessThan(1e-4);
      }
      await expect(page.getByTestId('side-status')).toHaveText(/^ready/, { timeout: 30_000 });
    });
  }
});

test('the phase diagram completes, reads values on hover and moves the sliders on click', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=phase');
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 64×64 in \d+ ms on \d worker/, { timeout: 30_000 });
  const map = page.getByTestId('phase-plot');
  // The E_BO isolines carry their levels; the region where ridge is within 0.01 of optimal is hatched, in two
  // parts at β = 1, Δ = 0 (small α, and α ≥ 1 where both errors vanish), outlined only inside the frame.
  await expect(page.getByTestId('phase-isoline-label')).toHaveText(['0.1', '0.25', '0.5', '0.75']);
  await expect(page.getByTestId('phase-ridge-region').locator('path[fill="url(#phase-region-hatch)"]')).toHaveCount(1);
  const outline = (await page.getByTestId('phase-ridge-region').locator('path').nth(1).getAttribute('d')) ?? '';
  expect(outline.match(/M/g)?.length).toBe(2);
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.4);
  await expect(page.getByTestId('phase-readout')).toContainText(/E_BO = \d\.\d{4}/);
  await page.mouse.down();
  await page.mouse.up();
  await expect.poll(() => hashParams(page).get('rho')).not.toBe('0.5');
  expect(Number(hashParams(page).get('alpha'))).not.toBe(0.3);
  // Keyboard: focus the map, move the cursor, Enter picks the cell.
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('phase-readout')).toContainText('E_BO');
});

test('exports: SVG parses, PNG is 2× the figure, CSV and JSON carry parameters and rows', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.1&panel=landscape');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/^ready/);
  const grab = async (testId: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return { name: dl.suggestedFilename(), data: readFileSync((await dl.path())!) };
  };
  const svg = await grab('export-curve-svg');
  expect(svg.name).toBe('tokenphase-curve.svg');
  const text = svg.data.toString('utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      paths: doc.querySelectorAll('path').length,
      classes: doc.querySelectorAll('[class]').length,
      desc: doc.querySelector('desc')?.textContent,
      // Threshold labels keep their halo (painted under the text, in the figure's white) outside the page.
      halos: [...doc.querySelectorAll('text')].filter((t) => t.getAttribute('paint-order')?.startsWith('stroke')).map((t) => t.getAttribute('stroke')),
    };
  }, text);
  expect(parsed.halos.length).toBeGreaterThan(0);
  expect(new Set(parsed.halos)).toEqual(new Set(['#ffffff']));
  expect(parsed.error).toBeNull();
  expect(parsed.paths).toBeGreaterThanOrEqual(2);
  expect(parsed.classes).toBe(0);
  expect(parsed.desc).toContain('"delta":0.1');
  const png = await grab('export-curve-png');
  expect(png.data.subarray(1, 4).toString()).toBe('PNG');
  const vb = (await page.getByTestId('main-plot').getAttribute('viewBox'))!.split(' ').map(Number);
  expect(png.data.readUInt32BE(16)).toBe(2 * vb[2]);
  expect(png.data.readUInt32BE(20)).toBe(2 * vb[3]);
  const csv = (await grab('export-curve-csv')).data.toString('utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^# Tokenphase \d+\.\d+\.\d+/);
  expect(csv).toContain('# delta: 0.1');
  const header = csv.find((l) => !l.startsWith('#'))!;
  expect(header.split(',').slice(0, 4)).toEqual(['alpha', 'alphaTilde', 'bo', 'ridge']);
  expect(csv.filter((l) => !l.startsWith('#')).length).toBe(241);
  const json = JSON.parse((await grab('export-landscape-json')).data.toString('utf8'));
  expect(json.params).toMatchObject({ beta: 1, rho: 0.5, delta: 0.1, alpha: 0.3 });
  expect(json.columns.q.length).toBe(300);
  expect(json.columns.phi.length).toBe(300);
});

test('projector mode fits a 1024×768 projector and the layout fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1&hideControls=1&panel=phase');
  await waitReady(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  const plot = (await page.getByTestId('main-plot').boundingBox())!;
  expect(plot.width).toBeGreaterThan(900);
  await expect(page.locator('.controls')).toHaveCount(0);
  const tick = await page
    .locator('[data-testid=main-plot] .tick')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(tick).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: 'test-results/screens/present-projector-1024x768.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
  await waitReady(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screens/phone-390x844.png', fullPage: true });
});

// The suite blocks service workers (playwright.config.ts); this test is about one.
test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('keeps working offline once loaded (service worker)', async ({ page, context }) => {
    await page.goto('./');
    await waitReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Load once more under the service worker so every asset, including the worker script, is cached.
    await page.reload();
    await waitReady(page);
    await context.setOffline(true);
    await page.goto('./#v=1&alpha=0.4&beta=2&rho=0.3&delta=0.05&panel=spectrum');
    await waitReady(page);
    expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
    await expect(page.getByTestId('side-status')).toHaveText(/^ready/);
    await context.setOffline(false);
  });
});

test('while β is dragged the spectrum panel waits, then follows once β rests', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05&panel=spectrum');
  await waitReady(page);
  const side = page.getByTestId('side-status');
  await expect(side).toHaveText(/^ready · ζ = /);
  const before = await side.textContent();
  // A drag: one input event every 16 ms; the panel's status is read after each.
  const during = await page.evaluate(async () => {
    const input = document.querySelector('[data-testid=slider-beta]') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const seen: string[] = [];
    for (let i = 1; i <= 24; i++) {
      setter.call(input, String(Number(input.value) + 4));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 16));
      seen.push(document.querySelector('[data-testid=side-status]')!.textContent ?? '');
    }
    return seen;
  });
  // From the first step on the panel shows its previous spectrum as stale, never one of an intermediate β (the
  // detail names the spectrum's ζ).
  const detail = (t: string | null) => t?.replace(/^\w+ · /, '');
  expect(
    during.slice(1).every((t) => t.startsWith('stale') && detail(t) === detail(before)),
    during.join(' | '),
  ).toBe(true);
  await expect(side).toHaveText(/^ready · ζ = /);
  expect(await side.textContent()).not.toBe(before);
});
