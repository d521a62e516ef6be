import { expect, hashParams, test, waitReady } from './fixtures';

test('a link with simulated α values runs them again and shows points with error bars on the curve', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.5&beta=1&rho=0.5&delta=0&panel=sim&simD=24&simSeeds=2&simIter=30&simAlphas=0.3,0.5');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 2 simulated points/, { timeout: 60_000 });
  await expect(page.getByTestId('sim-point')).toHaveCount(2);
  const rows = page.getByTestId('sim-results').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('2/2');
  await expect(page.getByTestId('sim-trace-mse')).toHaveAttribute('d', /L/);
  // The simulated errors follow the theory: at d = 24 the finals of single seeds scatter by σ ≈ 0.08 around
  // E_BO (measured over 10 seeds: 0.617 ± 0.078 at α = 0.3 against 0.640, 0.334 ± 0.074 at α = 0.5 against
  // 0.351), so a mean of two seeds lies within 3σ/√2 ≈ 0.17 of it.
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    const mean = Number(cells[1].split('±')[0]);
    const theory = Number(cells[3]);
    expect(Math.abs(mean - theory), cells.join(' | ')).toBeLessThan(0.17);
  }
  expect(Number((await rows.nth(0).locator('td').nth(3).textContent()) ?? NaN)).toBeGreaterThan(
    Number((await rows.nth(1).locator('td').nth(3).textContent()) ?? NaN),
  );
});

test('running at the cursor adds it to the link; a long run can be cancelled at once', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.4&beta=1&rho=0.5&delta=0&panel=sim&simD=20&simSeeds=1&simIter=20');
  await waitReady(page);
  await page.getByTestId('sim-run').click();
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  expect(hashParams(page).get('simAlphas')).toBe('0.4');
  // A sweep at d = 120 takes far longer than this test waits: cancel it.
  await page.getByTestId('sim-simD').fill('120');
  await page.getByTestId('sim-sweep').click();
  await expect(page.getByTestId('side-status')).toHaveText(/computing/);
  await page.getByTestId('sim-cancel').click();
  await expect(page.getByTestId('side-status')).toHaveText(/cancelled/);
  // The page stayed responsive and the theory still redraws.
  await page.getByTestId('slider-beta').focus();
  await page.keyboard.press('ArrowRight');
  await waitReady(page);
});

test('a run that would not fit in memory is refused with the estimate', async ({ page }) => {
  await page.goto('./#v=1&alpha=1.2&beta=1&rho=0.5&delta=0&panel=sim&simD=300');
  await waitReady(page);
  await expect(page.getByTestId('sim-memory')).toContainText('too large for the browser');
  await expect(page.getByTestId('sim-run')).toBeDisabled();
});

test('the spectrum panel overlays the singular values of the last GAMP-RIE run at this α', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.5&beta=1&rho=0.5&delta=0&panel=spectrum&simD=40&simSeeds=1&simIter=40&simAlphas=0.5');
  await waitReady(page);
  await expect(page.getByTestId('spectrum-plot-histogram')).toHaveAttribute('d', /L/, { timeout: 60_000 });
  await expect(page.getByTestId('spectrum-plot-density')).toHaveAttribute('d', /L/);
});

test('simulation experiment presets start their runs when clicked in the page', async ({ page }) => {
  const { BSR_PRESETS: PRESETS } = await import('../src/models/bsr/presets');
  await page.goto('./');
  await waitReady(page);
  await page.getByText('Simulation experiments').click();
  for (const p of PRESETS.filter((x) => x.group === 'simulation')) {
    const cancel = page.getByTestId('sim-cancel');
    if ((await cancel.count()) > 0 && (await cancel.isEnabled())) await cancel.click();
    await page.getByTestId(`preset-${p.id}`).click();
    const want = new URLSearchParams(p.hash.slice(1));
    await expect(page.getByTestId('sim-algo')).toHaveValue(want.get('simAlgo')!);
    await expect(page.getByTestId('sim-simD')).toHaveValue(want.get('simD')!);
    await expect(page.getByTestId('side-status')).toHaveText(/^computing/);
    expect(hashParams(page).get('simAlphas')).toBe(want.get('simAlphas'));
    // A preset is a link: its own change of the parameters keeps the learning rates it studies.
    if (want.get('simEtas')) {
      await page.waitForTimeout(500);
      expect(hashParams(page).get('simEtas')).toBe(want.get('simEtas'));
      await expect(page.getByTestId('lr-study')).toBeVisible();
    }
  }
  await page.getByTestId('sim-cancel').click();
});

test('the minimal nuclear-norm estimator runs in the browser', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.8&beta=1&rho=0.25&delta=0&panel=sim&simAlgo=mnne&simD=12&simSeeds=1&simAlphas=0.8');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  // One seed has no spread to give: its value is said to be of one seed, not ± 0.
  const cell = page.getByTestId('sim-results').locator('tbody tr td').nth(1);
  await expect(cell).toHaveText(/^0\.0000 \(1 seed\)$/);
  // The trace is ADMM's, in its own words, and the finished run is not said to be running.
  await expect(page.getByTestId('sim-trace')).toContainText('ADMM iteration');
  await expect(page.getByTestId('sim-trace')).not.toContainText('gradient step');
  const caption = page.locator('.sim .hover-readout').first();
  await expect(caption).toContainText('Last run: α = 0.8, seed 1.');
  await expect(caption).not.toContainText('Running');
});

test('the learning-rate study fills its table from the link, and averaged GD shows its error as runs are added', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.5&beta=1&rho=0.25&delta=0&panel=sim&simAlgo=gd&simD=12&simSeeds=2&simSteps=300&simEtas=0.1,0.3');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/^ready/, { timeout: 60_000 });
  const rows = page.getByTestId('lr-study').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(/\d\/2 recover · median/);
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.25&delta=0&panel=sim&simAlgo=agd&simD=12&simSeeds=1&simSteps=300&simK=3&simAlphas=0.3');
  await waitReady(page);
  await expect(page.getByTestId('agd-vs-k')).toContainText(/α = 0.3: [\d.]+ → [\d.]+ → [\d.]+ \(E_BO/, { timeout: 60_000 });
});

test('changing a parameter during a sweep stops it and says why; the link no longer lists its α', async ({ page }) => {
  await page.goto('./#v=1&alpha=0.4&beta=1&rho=0.5&delta=0&panel=sim&simD=120&simSeeds=1&simIter=20');
  await waitReady(page);
  await page.getByTestId('sim-sweep').click();
  await expect(page.getByTestId('side-status')).toHaveText(/computing/);
  await page.getByTestId('input-delta').fill('0.1');
  await page.getByTestId('input-delta').press('Enter');
  await expect(page.getByTestId('side-status')).toHaveText(/stopped: the parameters changed during the run/);
  await expect.poll(() => hashParams(page).get('simAlphas')).toBe(null);
  await waitReady(page);
});
