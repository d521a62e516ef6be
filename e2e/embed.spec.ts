import { expect, test, waitReady } from './fixtures';

test('an embed link shows one panel alone, live, with a link to the full view', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&embed=main');
  await waitReady(page);
  await expect(page.getByTestId('main-plot')).toBeVisible();
  await expect(page.getByTestId('model-select')).toHaveCount(0);
  await expect(page.getByTestId('slider-alpha')).toHaveCount(0);
  await expect(page.getByTestId('side-status')).toHaveCount(0);
  await expect(page.locator('.export-bar:visible')).toHaveCount(0);
  const open = page.getByTestId('embed-open');
  await expect(open).toHaveAttribute('target', '_blank');
  expect(await open.getAttribute('href')).toMatch(/beta=1/);
  expect(await open.getAttribute('href')).not.toContain('embed');
  // The other panel alone, for the attention model.
  await page.goto('/#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=phase&embed=side');
  await expect(page.getByTestId('side-status')).toHaveText(/^ready/, { timeout: 30_000 });
  await expect(page.getByTestId('main-plot')).toHaveCount(0);
});

test('"Embed" copies an iframe of the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#v=1&alpha=0.4&beta=2&rho=0.5&delta=0');
  await waitReady(page);
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-embed')).toHaveText('Copied ✓');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#v=1&amp;.*beta=2.*embed=main" title="Tokenphase: Bilinear sequence regression"/);
  // The iframe's address opens the panel alone.
  const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
  await page.goto(src);
  await waitReady(page);
  await expect(page.getByTestId('model-select')).toHaveCount(0);
});
