import { expect, hashParams, pathPoints, test, waitReady } from './fixtures';

test('the deep-attention model opens from a link with its staircase, thresholds and the published overlaps', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=gen');
  await waitReady(page);
  expect(await pathPoints(page, 'smi-plot-q2')).toBeGreaterThan(60);
  // Published state evolution (BO_2w.csv): Q₂₂ = 0.773 at α = 0.5, and Q₁₁ = 0 there.
  expect(Math.abs(Number(await page.getByTestId('readout-q22').textContent()) - 0.773)).toBeLessThan(0.03);
  expect(Number(await page.getByTestId('readout-q11').textContent())).toBe(0);
  // Linearised state evolution at c = 1: α_c,2 ≈ 0.186–0.188 (≥ 1/6), α_c,1 ≈ 0.73.
  await expect(page.getByTestId('readout-ac2')).toHaveText(/^0\.18[5-9]/, { timeout: 30_000 });
  expect(Math.abs(Number(await page.getByTestId('readout-ac1').textContent()) - 0.73)).toBeLessThan(0.03);
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

test('GAMP on the deep-attention model streams its per-layer overlaps with the state evolution', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=amp&simD=60&simIter=6');
  await waitReady(page);
  await page.getByTestId('smi-amp-run').click();
  await expect(page.getByTestId('side-status')).toHaveText(/after 6 iterations|converged/, { timeout: 60_000 });
  expect(await pathPoints(page, 'smi-amp-plot-amp2')).toBeGreaterThan(4);
  expect(await pathPoints(page, 'smi-amp-plot-se2')).toBeGreaterThan(4);
});

test('the thresholds panel draws both layers against c beside the published table, from shipped data', async ({ page }) => {
  await page.goto('./#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=thresholds');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 11 values of c \(11 shipped\)/);
  expect(await pathPoints(page, 'smi-thresholds-plot-alpha2')).toBe(11);
  await expect(page.getByTestId('smi-thresholds-plot-marker')).toHaveCount(32);
  // The published-convention overlay is drawn at c = 1 and can be switched off.
  await expect(page.getByTestId('smi-plot-q1-paper')).toHaveAttribute('d', /L/);
  await page.getByTestId('smi-paper-se').uncheck();
  await expect(page.getByTestId('smi-plot-q1-paper')).toHaveCount(0);
  await expect.poll(() => hashParams(page).get('smiPaperSe')).toBe('0');
});
