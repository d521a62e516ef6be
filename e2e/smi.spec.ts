import { expect, hashParams, pathPoints, test, waitReady } from './fixtures';
import type { Page } from '@playwright/test';

test('the deep-attention model opens from a link with its staircase, thresholds and the published overlaps', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=gen');
  await waitReady(page);
  expect(await pathPoints(page, 'smi-plot-q2')).toBeGreaterThan(60);
  // Published state evolution (BO_2w.csv): Q₂₂ = 0.773 at α = 0.5, and Q₁₁ = 0 there.
  // Shown with the state evolution's sampling error, as Q₂₂ is between the thresholds.
  await expect(page.getByTestId('readout-q22')).toHaveText(/^0\.\d{3} ± 0\.00\d$/);
  expect(Math.abs(Number.parseFloat((await page.getByTestId('readout-q22').textContent()) ?? '') - 0.773)).toBeLessThan(0.03);
  expect(Number(await page.getByTestId('readout-q11').textContent())).toBe(0);
  // Linearised state evolution at c = 1: α_c,2 = 0.1855 (≥ 1/6), α_c,1 = 0.7185, each shown with its ± error.
  await expect(page.getByTestId('readout-ac2')).toHaveText(/^0\.185\d* ± 0\.0000\d/, { timeout: 30_000 });
  expect(Math.abs(Number.parseFloat((await page.getByTestId('readout-ac1').textContent()) ?? '') - 0.7185)).toBeLessThan(0.002);
  await expect(page.getByTestId('readout-ac1')).toContainText(' ± ');
  await expect(page.getByTestId('smi-plot-marker')).toHaveCount(2 * 48);
  await expect(page.getByTestId('smi-gen-plot-gen')).toHaveAttribute('d', /L/);
});

test('clicking the staircase moves α; bad skip values in a link are reported, not fatal', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=abc&alpha=0.5&alphaMax=1.6&smiPanel=gen');
  await expect(page.getByTestId('link-notice')).toContainText('c: “abc” is not a number; using 1');
  await waitReady(page);
  const box = (await page.getByTestId('smi-plot').boundingBox())!;
  await page.getByTestId('smi-plot').click({ position: { x: box.width * 0.3, y: box.height * 0.5 } });
  await expect.poll(() => Number(hashParams(page).get('alpha'))).not.toBe(0.5);
});

/**
 * The staircase is drawn, and the full curve with its plug-in error has replaced the draft: the badge's text
 * changes then, which can move the panels below, so a click aimed before it may land elsewhere.
 */
async function settled(page: Page): Promise<void> {
  await waitReady(page);
  await expect(page.getByTestId('readout-gen')).toHaveText(/^0\.\d+$/);
}

test('GAMP on the deep-attention model streams its per-layer overlaps with the state evolution', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=amp&simD=60&simIter=6');
  await settled(page);
  await page.getByTestId('smi-amp-run').click();
  await expect(page.getByTestId('side-status')).toHaveText(/after 6 iterations|converged/, { timeout: 60_000 });
  expect(await pathPoints(page, 'smi-amp-plot-amp2')).toBeGreaterThan(4);
  expect(await pathPoints(page, 'smi-amp-plot-se2')).toBeGreaterThan(4);
});

test('the thresholds panel draws both layers against c beside the published table, from shipped data', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=thresholds');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 14 values of c \(14 shipped\)/);
  expect(await pathPoints(page, 'smi-thresholds-plot-alpha2')).toBe(14);
  await expect(page.getByTestId('smi-thresholds-plot-marker')).toHaveCount(32);
  // The published-convention overlay is drawn at c = 1 and can be switched off.
  await expect(page.getByTestId('smi-plot-q1-paper')).toHaveAttribute('d', /L/);
  await page.getByTestId('smi-paper-se').uncheck();
  await expect(page.getByTestId('smi-plot-q1-paper')).toHaveCount(0);
  await expect.poll(() => hashParams(page).get('smiPaperSe')).toBe('0');
});

test('three layers: the staircase of three steps from a link, with α_c,3 and the published points', async ({ page }) => {
  await page.goto('./#v=1&model=smi&smiDepth=3&skip=1&alpha=0.5&alphaMax=2&smiPanel=thresholds');
  await waitReady(page);
  expect(await pathPoints(page, 'smi-plot-q3')).toBeGreaterThan(60);
  // Published three-layer SE: Q₃₃ = 0.635 at α = 0.5; layers 1 and 2 still at 0.
  expect(Math.abs(Number(await page.getByTestId('readout-q33').textContent()) - 0.635)).toBeLessThan(0.05);
  expect(Number(await page.getByTestId('readout-q11').textContent())).toBe(0);
  await expect(page.getByTestId('readout-ac3')).toHaveText(/^0\.20[6-8]\d* ± 0\.000\d/, { timeout: 30_000 });
  await expect(page.getByTestId('smi-plot-marker')).toHaveCount(5 + 2 * 4);
  // The thresholds panel switches to α_c,3 against c.
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 12 values of c \(\d+ shipped\)/);
  expect(await pathPoints(page, 'smi-thresholds-plot-alpha3')).toBe(12);
  await expect(page.getByTestId('smi-depth3-note')).toBeVisible();
});

test('three layers: every c of the slider draws its staircase at once, shipped or interpolated between shipped ones', async ({ page }) => {
  for (const [c, badge] of [
    ['0.05', 'shipped with the page'],
    ['0.07', 'interpolated in c'],
    ['3.5', 'interpolated in c'],
    ['4', 'shipped with the page'],
  ]) {
    await page.goto('about:blank');
    await page.goto(`./#v=1&model=smi&layers=3&skip=${c}&alpha=0.5&alphaMax=2`);
    await expect(page.getByTestId('status')).toContainText(badge);
    expect(await pathPoints(page, 'smi-plot-q3')).toBeGreaterThan(60);
  }
});

test('gradient descent on two-layer attention streams the per-layer cosines', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=gd&smiGdAlpha=10&simD=40&simSeed=2&simSteps=300');
  await settled(page);
  await page.getByTestId('smi-gd-run').click();
  await expect(page.getByTestId('gd-status')).toHaveText(/after 300 steps|converged/, { timeout: 60_000 });
  expect(await pathPoints(page, 'smi-gd-plot-cos2')).toBeGreaterThan(20);
  await expect(page.getByTestId('smi-gd-readout')).toContainText('cos₂ > 0.9 at step');
});

test('three-layer GAMP streams three per-layer overlaps', async ({ page }) => {
  await page.goto('./#v=1&model=smi&smiDepth=3&skip=1&alpha=1.6&alphaMax=2&smiPanel=amp&simD=40&simIter=3');
  await settled(page);
  await page.getByTestId('smi-amp-run').click();
  await expect(page.getByTestId('side-status')).toHaveText(/after 3 iterations|converged/, { timeout: 60_000 });
  expect(await pathPoints(page, 'smi-amp-plot-amp3')).toBeGreaterThan(2);
  expect(await pathPoints(page, 'smi-amp-plot-se3')).toBeGreaterThan(2);
});

test('the sequence-model presets are listed in the view and open their links, three-layer ones written with the old key smiDepth', async ({ page }) => {
  const { SMI_PRESETS } = await import('../src/models/smi/presets');
  await page.goto('./#v=1&model=smi');
  await waitReady(page);
  expect(SMI_PRESETS).toHaveLength(6);
  for (const p of SMI_PRESETS) {
    await page.getByTestId(`preset-${p.id}`).click();
    const want = new URLSearchParams(p.hash.slice(1));
    await expect.poll(() => hashParams(page).get('smiPanel')).toBe(want.get('smiPanel'));
    await expect.poll(() => hashParams(page).get('layers')).toBe(want.get('smiDepth') ?? '2');
    await expect.poll(() => hashParams(page).get('alpha')).toBe(want.get('alpha'));
    await waitReady(page);
    expect(await pathPoints(page, `smi-plot-q${want.get('smiDepth') ?? '2'}`)).toBeGreaterThan(60);
  }
});

test('a readout never shows the numbers of other inputs: beyond the end of a computed staircase it shows none', async ({ page }) => {
  await page.goto('./#v=1&model=smi&layers=3&skip=1&alpha=0.5&alphaMax=2');
  await waitReady(page);
  expect(Math.abs(Number(await page.getByTestId('readout-q33').textContent()) - 0.635)).toBeLessThan(0.05);
  await expect(page.getByTestId('readout-ac3')).toHaveText(/^0\.20[6-8]\d* ± 0\.000\d/);
  await page.evaluate(() => {
    location.hash = '#v=1&model=smi&layers=3&skip=4&alpha=1.45&alphaMax=2';
  });
  await expect(page.getByTestId('status')).toContainText('shipped with the page');
  // The c = 4 staircase ends at α = 1.29 (q₃ at the quadrature's cap): at α = 1.45 no overlap is known, and
  // none of c = 1's is shown instead; its thresholds are c = 4's.
  await expect(page.getByTestId('readout-q33')).toHaveText('—');
  await expect(page.getByTestId('readout-q11')).toHaveText('—');
  await expect(page.getByTestId('readout-ac3')).toHaveText(/^0\.17[5-6]\d* ± 0\.000\d/);
  await expect(page.getByTestId('readout-ac1')).toHaveText(/^1\.03/);
});

test('from α_c,1 on both overlaps carry the two-layer branch’s sampling error, and none once Q = I', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.85&alphaMax=1.2');
  await waitReady(page);
  await expect(page.getByTestId('status')).toContainText(/from it on of Q₁₁ up to ±0\.0\d+, Q₂₂ ±0\.0\d+/);
  await expect(page.getByTestId('readout-q11')).toHaveText(/^0\.\d+ ± 0\.0\d+$/);
  await expect(page.getByTestId('readout-q22')).toHaveText(/^0\.\d+ ± 0\.00\d+$/);
  await page.evaluate(() => {
    location.hash = '#v=1&model=smi&skip=1&alpha=1.1&alphaMax=1.2';
  });
  // Perfect recovery from α = 1 on is exact, not sampled.
  await expect(page.getByTestId('readout-q11')).toHaveText(/^1(\.0+)?$/);
});

/** Types a skip c and waits for the staircase read off the shipped grid (the badge's text from `interpolated`). */
async function typeSkip(page: Page, c: string, badge: string): Promise<void> {
  await page.getByTestId('input-skip').fill(c);
  await page.getByTestId('input-skip').press('Enter');
  await expect(page.getByTestId('status')).toContainText(badge);
}

test('the c slider moves the two-layer staircase at once: a skip off the grid is read off it, with its thresholds and their errors', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.2');
  await waitReady(page);
  const before = await page.getByTestId('smi-plot-q2').getAttribute('d');
  await typeSkip(page, '0.63', 'interpolated in c');
  expect(await page.getByTestId('smi-plot-q2').getAttribute('d')).not.toBe(before);
  // α_c,2 decreases with c: at 0.63 it lies between the shipped 0.75 and 0.5 values (0.1921, 0.2027).
  await expect(page.getByTestId('readout-ac2')).toHaveText(/^0\.19[6-7]\d* ± 0\.0000\d/);
  await expect(page.getByTestId('readout-gen')).toHaveText(/^0\.\d+$/);
  // A pinned staircase stays as a ghost when c moves on.
  await page.getByTestId('pin-add').click();
  await expect(page.getByTestId('pin-item')).toHaveText([/pin 1: c = 0\.63, 2 layers/]);
  await typeSkip(page, '2.2', 'interpolated in c');
  expect(await pathPoints(page, 'smi-plot-pin-0-q2')).toBeGreaterThan(50);
  expect(new URL(page.url()).hash).toContain('pins=skip0.63_layers2');
});

test('the c slider moves the three-layer staircase at once: a skip between shipped staircases is read off them, with all three thresholds', async ({
  page,
}) => {
  await page.goto('./#v=1&model=smi&layers=3&skip=1&alpha=1.2&alphaMax=1.6');
  await waitReady(page);
  const before = await page.getByTestId('smi-plot-q1').getAttribute('d');
  await typeSkip(page, '1.25', 'interpolated in c between shipped staircases');
  expect(await page.getByTestId('smi-plot-q1').getAttribute('d')).not.toBe(before);
  // Layer 1 starts between its shipped c = 1 and c = 1.5 thresholds (0.982, 1.077); every threshold carries its ±.
  await expect(page.getByTestId('readout-ac1')).toHaveText(/^(0\.9[89]|1\.0[0-7])\d* ± 0\.\d+$/);
  await expect(page.getByTestId('readout-ac2')).toHaveText(/^1\.\d+ ± 0\.\d+$/);
  await expect(page.getByTestId('readout-ac3')).toHaveText(/^0\.20\d* ± 0\.000\d/);
  await expect(page.getByTestId('readout-gen')).toHaveText(/^0\.\d+$/);
  for (const l of [1, 2, 3]) expect(await pathPoints(page, `smi-plot-q${l}`)).toBeGreaterThan(60);
});

test('switching the depth back shows the staircase and readouts the page already had, in the same frame', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&smiPanel=gen');
  await waitReady(page);
  const readout = page.getByTestId('readout-q22');
  await expect(readout).toHaveText(/^0\.\d{3} ± /);
  // The full curve (with the generalisation error) has arrived too, so the page holds it as well.
  await expect(page.getByTestId('smi-gen-plot-gen')).toHaveAttribute('d', /L/);
  const twoLayers = { d: await page.getByTestId('smi-plot-q2').getAttribute('d'), q22: await readout.textContent() };
  const ms = /· (\d+) ms$/.exec((await page.getByTestId('status').textContent()) ?? '')?.[1];
  expect(ms).toBeDefined();
  await page.getByTestId('slider-layers').fill('1000');
  await expect(page.getByTestId('smi-plot-q3')).toHaveAttribute('d', /L/);
  await waitReady(page);
  // The answers for two layers are held by the page (bridge.ts): the switch back draws them as it handles the input,
  // without a round trip to a worker, readout included.
  const back = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=slider-layers]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '0');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return {
      d: document.querySelector('[data-testid=smi-plot-q2]')?.getAttribute('d'),
      q22: document.querySelector('[data-testid=readout-q22]')?.textContent,
    };
  });
  expect(back).toEqual(twoLayers);
  // Nothing is computed again: the badge keeps the time the answer took then, said to be kept from earlier where it
  // is drawn from the client's memory (the view's own state may still be that answer, if it never left it).
  await expect(page.getByTestId('status')).toHaveText(new RegExp(`^ready · .* · (kept from earlier \\()?${ms} ms\\)?$`));
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('status')).toHaveText(new RegExp(`^ready · .* · (kept from earlier \\()?${ms} ms\\)?$`));
});
