import { boCurve } from '../src/models/bsr/theory/curve';
import { alphaPR } from '../src/models/bsr/theory/thresholds';
import { expect, hashParams, pathPoints, test, waitReady } from './fixtures';

test('keyboard on the β slider changes the curve and the link', async ({ page }) => {
  await page.goto('./');
  await waitReady(page);
  const before = await page.getByTestId('curve-bo').getAttribute('d');
  const slider = page.getByTestId('slider-beta');
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
  await expect.poll(() => Number(hashParams(page).get('beta'))).toBeGreaterThan(1);
  // Round values: 1.1, 1.2, …, 1.5.
  await expect.poll(() => hashParams(page).get('beta')).toBe('1.5');
  await waitReady(page);
  await expect.poll(() => page.getByTestId('curve-bo').getAttribute('d')).not.toBe(before);
  // Shift gives finer steps than plain arrows.
  const b1 = Number(hashParams(page).get('beta'));
  await slider.press('Shift+ArrowRight');
  await expect.poll(() => Number(hashParams(page).get('beta'))).toBeGreaterThan(b1);
  const fine = Number(hashParams(page).get('beta')) - b1;
  await slider.press('ArrowRight');
  await expect.poll(() => Number(hashParams(page).get('beta')) - b1).toBeGreaterThan(3 * fine);
  await expect(slider).toHaveAttribute('aria-valuetext', /β = .*sequence length/);
});

test('dragging the α slider moves the cursor readout and the link', async ({ page }) => {
  await page.goto('./');
  await waitReady(page);
  const slider = page.getByTestId('slider-alpha');
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.25 + i * 0.03), box.y + box.height / 2);
  await page.mouse.up();
  // The link follows a drag after a paint and within URL_WRITE_MS: wait for it to hold the value the box shows.
  const shown = await page.getByTestId('input-alpha').inputValue();
  await expect.poll(() => hashParams(page).get('alpha')).toBe(shown);
  const a = Number(shown);
  expect(a).toBeGreaterThan(0.5);
  const want = boCurve({ beta: 1, rho: 0.5, delta: 0 }, [a]).bo[0];
  await expect.poll(async () => Math.abs(Number(await page.getByTestId('readout-bo').textContent()) - want)).toBeLessThan(3e-3);
});

test('a shared link reproduces the view exactly', async ({ page }) => {
  await page.goto('./#v=1&model=bsr&alpha=0.25&beta=2&rho=0.2&delta=0.1&axis=alphaTilde&alphaMax=2');
  await waitReady(page);
  await expect(page.getByTestId('input-beta')).toHaveValue('2');
  await expect(page.getByTestId('input-rho')).toHaveValue('0.2');
  await expect(page.getByTestId('input-delta')).toHaveValue('0.1');
  await expect(page.getByTestId('axis-alphaTilde')).toBeChecked();
  await expect(page.getByTestId('marker-wr')).toBeVisible();
  const want = boCurve({ beta: 2, rho: 0.2, delta: 0.1 }, [0.25]).bo[0];
  expect(Math.abs(Number(await page.getByTestId('readout-bo').textContent()) - want)).toBeLessThan(3e-3);
  expect(Number(await page.getByTestId('readout-pr').textContent())).toBeCloseTo(alphaPR(2, 0.2), 3);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  // The address bar keeps the same state.
  expect(hashParams(page).get('beta')).toBe('2');
});

test('a malformed link shows a specific notice and still draws', async ({ page }) => {
  await page.goto('./#v=1&beta=banana&rho=50&zzz=1&delta=%E0%A4%A');
  await waitReady(page);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('β: “banana” is not a number');
  await expect(notice).toContainText('ρ = 50 is outside [0.001, 10]; set to 10');
  await expect(notice).toContainText('zzz');
  await expect(notice).toContainText('malformed');
  expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('typed values are validated and undo restores the previous state', async ({ page }) => {
  await page.goto('./');
  await waitReady(page);
  const input = page.getByTestId('input-rho');
  await input.fill('abc');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('ρ must be a number');
  await input.fill('-3');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('ρ must lie in');
  await input.fill('0.2');
  await input.press('Enter');
  await expect.poll(() => hashParams(page).get('rho')).toBe('0.2');
  await waitReady(page);
  await expect(page.getByTestId('readout-pr')).toHaveText('0.3600');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => hashParams(page).get('rho')).toBe('0.5');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => hashParams(page).get('rho')).toBe('0.5');
});

test('screenshots of the main states at 1280×800 and 1024×768', async ({ page }) => {
  for (const [w, h] of [
    [1280, 800],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
    await waitReady(page);
    await page.screenshot({ path: `test-results/screens/default-${w}x${h}.png` });
    await page.goto('./#v=1&alpha=0.5&beta=2&rho=0.3&delta=0.1&axis=alphaTilde&alphaMax=2&present=1');
    await waitReady(page);
    await page.screenshot({ path: `test-results/screens/present-${w}x${h}.png` });
  }
});

test('switching model sets what the new view cannot show to its defaults, says so, and opens a panel with content', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
  await waitReady(page);
  await page.getByTestId('model-select').selectOption('aim');
  await expect(page.getByTestId('link-notice')).toContainText('Switched to the AIM view');
  await expect(page.getByTestId('link-notice')).toContainText('α = 0.3');
  await expect.poll(() => hashParams(page).get('alpha')).toBe('0.1');
  await waitReady(page);
  // Below perfect recovery the spectrum panel has a density to draw.
  await expect(page.getByTestId('side-status')).toHaveText(/^ready/);
  await expect(page.getByTestId('side-status')).not.toContainText('perfect recovery');
});

test('a family with no values typed draws its defaults at once, each named in the legend in its colour', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&family=rho');
  await waitReady(page);
  const legend = page.getByTestId('family-legend');
  await expect(legend.locator('li')).toHaveText(['ρ = 0.1', 'ρ = 0.2', 'ρ = 0.5', 'ρ = 1', 'ρ = 2']);
  await expect(page.getByTestId('main-plot').locator('path[stroke="#332288"]')).toHaveCount(1);
  // A new kind starts from its own defaults.
  await page.getByTestId('family-kind').selectOption('beta');
  await expect(legend.locator('li')).toHaveText(['β = 1', 'β = 2', 'β = 5', 'β = 10', 'β = 100']);
});

test('a preset says what to look at while its view is unchanged, for every model', async ({ page }) => {
  const { PRESETS } = await import('../src/models/presets');
  for (const id of ['aim-collapse', 'smi-staircase']) {
    const p = PRESETS.find((x) => x.id === id)!;
    await page.goto(`/${p.hash}`);
    await expect(page.getByTestId('preset-caption')).toContainText(p.caption);
  }
  // Moving a slider makes it another view: the caption goes.
  await page.getByTestId('input-alpha').fill('0.9');
  await page.getByTestId('input-alpha').press('Enter');
  await expect(page.getByTestId('preset-caption')).toHaveCount(0);
});
