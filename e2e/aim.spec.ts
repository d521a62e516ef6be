import { softmaxCurve } from '../src/models/aim/theory/softmax';
import { expect, hashParams, pathPoints, test, waitReady } from './fixtures';

test('the attention-indexed model opens from a link with its curve, α_PR and spectrum', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=3&alpha=0.04&rho=0.5&axis=alpha&alphaMax=1.2');
  await waitReady(page);
  expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
  const want = softmaxCurve(3, 0.5, [0.04]).mmse[0];
  expect(Math.abs(Number(await page.getByTestId('readout-bo').textContent()) - want)).toBeLessThan(2e-3);
  // ᾱ = 0.4 for T = 3: the notes' table gives 0.3922 at ρ = 0.5.
  expect(Number(await page.getByTestId('readout-bo').textContent())).toBeCloseTo(0.3922, 2);
  expect(Number(await page.getByTestId('readout-pr').textContent())).toBeCloseTo(0.075, 4);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · Δ = 1\/q̂ = /);
  await expect(page.getByTestId('aim-spectrum-plot-density')).toHaveAttribute('d', /L/);
});

test('the model switch moves between BSR and AIM and keeps the link in step', async ({ page }) => {
  await page.goto('./');
  await waitReady(page);
  await page.getByTestId('model-select').selectOption('aim');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Attention-indexed model');
  await waitReady(page);
  await expect.poll(() => hashParams(page).get('model')).toBe('aim');
  await page.getByTestId('aim-axis-bar').check();
  await expect.poll(() => hashParams(page).get('axis')).toBe('alphaTilde');
  await page.getByTestId('model-select').selectOption('bsr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bilinear sequence regression');
});

test('the hardmax channel shows the corrected Bayes-optimal curve with no thresholds', async ({ page }) => {
  await page.goto('./#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=2');
  await waitReady(page);
  // Corrected state evolution: 0.3742 at ρ = 0.5, α = 0.3 (the published curve says 0.629).
  expect(Math.abs(Number(await page.getByTestId('readout-bo').textContent()) - 0.3742)).toBeLessThan(4e-3);
  await expect(page.getByTestId('readout-pr')).toHaveText('none');
  await expect(page.getByTestId('side-status')).toHaveText(/ready · Δ = 1\/q̂ = /);
});

test('hardmax on the ᾱ = α/ρ axis shows the ρ → 0 limit and its weak-recovery threshold', async ({ page }) => {
  await page.goto('./#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.1&axis=alphaTilde&alphaMax=0.5');
  await waitReady(page);
  await expect(page.getByTestId('curve-lowrank')).toHaveAttribute('d', /L/);
  await expect(page.getByTestId('marker-wr')).toBeVisible();
});

test('attention-model presets open from their links', async ({ page }) => {
  const { AIM_PRESETS: PRESETS } = await import('../src/models/aim/presets');
  await page.goto('./#v=1&model=aim');
  await waitReady(page);
  for (const p of PRESETS.filter((x) => x.group === 'aim')) {
    await page.getByTestId(`preset-${p.id}`).click();
    const want = new URLSearchParams(p.hash.slice(1));
    await expect.poll(() => hashParams(page).get('channel')).toBe(want.get('channel'));
    await expect.poll(() => hashParams(page).get('rho')).toBe(want.get('rho'));
    // Channel and ρ may equal the previous view's, so wait for the cursor too (the default α = 0.3 reads 0).
    await expect.poll(() => hashParams(page).get('alpha')).toBe(want.get('alpha'));
    await waitReady(page);
    expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(20);
    if (p.check) {
      const published = p.check.published;
      await expect.poll(async () => Math.abs(Number(await page.getByTestId('readout-bo').textContent()) - published)).toBeLessThan(2e-3);
    }
  }
});

test('hardmax draws the published curve for comparison, above the correct one, and can hide it', async ({ page }) => {
  await page.goto('./#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=2');
  await waitReady(page);
  await expect(page.getByTestId('curve-published')).toHaveAttribute('d', /L/);
  expect(await pathPoints(page, 'curve-published')).toBeGreaterThan(20);
  await page.getByTestId('aim-published').uncheck();
  await expect(page.getByTestId('curve-published')).toHaveCount(0);
  await expect.poll(() => hashParams(page).get('aimPublished')).toBe('0');
});

test('the attention-model phase diagram over (ᾱ, ρ) fills in and carries the perfect-recovery line', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=2&alpha=0.1&rho=0.5&alphaMax=1.2&aimPanel=phase');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/^ready · 64×64/, { timeout: 30_000 });
  expect(await pathPoints(page, 'phase-pr')).toBeGreaterThan(40);
  // Clicking the map moves α and ρ (α from ᾱ = 4α for T = 2).
  const box = (await page.getByTestId('phase-plot').boundingBox())!;
  await page.getByTestId('phase-plot').click({ position: { x: box.width * 0.4, y: box.height * 0.5 } });
  await expect.poll(() => Number(hashParams(page).get('alpha'))).not.toBe(0.1);
  expect(Number(hashParams(page).get('alpha'))).toBeLessThan(0.3);
});

test('the test-error tab shows the Bayes-optimal test error along the curve (T = 2)', async ({ page }) => {
  const { testErrorT2 } = await import('../src/models/aim/theory/testError');
  await page.goto('./#v=1&model=aim&T=2&alpha=0.1&rho=0.5&alphaMax=1.2&aimPanel=test');
  await waitReady(page);
  await expect(page.getByTestId('aim-test-plot-test')).toHaveAttribute('d', /L/);
  const m = softmaxCurve(2, 0.5, [0.1]).mmse[0];
  const want = testErrorT2('softmax', 1.5 - m, m);
  const got = Number((await page.getByTestId('side-status').textContent())!.match(/cursor ([\d.]+)/)![1]);
  expect(Math.abs(got - want)).toBeLessThan(2e-3);
  await page.getByTestId('aim-tab-spectrum').click();
  await expect.poll(() => hashParams(page).get('aimPanel')).toBe('spectrum');
});

test('families of attention-model curves: one per T collapse on ᾱ, one per ρ for hardmax', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=4&alpha=0.03&rho=1&axis=alphaTilde&alphaMax=1.1&family=T&familyValues=2,3,6');
  await waitReady(page);
  for (const v of [2, 3, 6]) await expect(page.getByTestId(`family-${v}`).locator('path')).toHaveAttribute('d', /L/);
  await page.goto('./#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=2&family=rho&familyValues=0.2,1');
  await waitReady(page);
  await expect(page.getByTestId('family-0.2').locator('path')).toHaveAttribute('d', /L/, { timeout: 20_000 });
  await expect(page.getByTestId('family-1').locator('path')).toHaveAttribute('d', /L/);
});
