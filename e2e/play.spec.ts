import { expect, hashParams, test, waitReady } from './fixtures';

test('a played slider sweeps its range and the curve follows; the link keeps the play; taking the slider stops it', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=spectrum&play=rho&playSeconds=4');
  // While it plays the curve is a draft (stale badge), never 'ready'.
  await expect(page.getByTestId('curve-bo')).toHaveAttribute('d', /M/);
  await expect(page.getByTestId('play-rho')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('play-controls')).toBeVisible();
  const seen = new Set<string>();
  const paths = new Set<string>();
  for (let i = 0; i < 10; i++) {
    seen.add(hashParams(page).get('rho') ?? '');
    paths.add((await page.getByTestId('curve-bo').getAttribute('d')) ?? '');
    await page.waitForTimeout(150);
  }
  expect(seen.size).toBeGreaterThan(5);
  expect(paths.size).toBeGreaterThan(3);
  expect(hashParams(page).get('play')).toBe('rho');
  // The pause button stops it, and the link forgets it.
  await page.getByTestId('play-rho').click();
  await expect.poll(() => hashParams(page).get('play')).toBe(null);
  const stopped = hashParams(page).get('rho');
  await page.waitForTimeout(400);
  expect(hashParams(page).get('rho')).toBe(stopped);
  await waitReady(page);
  // Play again from where it is, then press an arrow key on it: it stops.
  await page.getByTestId('play-rho').click();
  await expect.poll(() => hashParams(page).get('play')).toBe('rho');
  await page.getByTestId('slider-rho').press('ArrowRight');
  await expect.poll(() => hashParams(page).get('play')).toBe(null);
});
