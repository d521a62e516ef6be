import { expect, hashParams, test, waitReady } from './fixtures';

test('pinning keeps the current curve as a labelled grey ghost, in the link, up to four, each removable', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=spectrum');
  await waitReady(page);
  await page.getByTestId('pin-add').click();
  await expect.poll(() => hashParams(page).get('pins')).toBe('beta1_rho0.5_delta0');
  // The same curve cannot be pinned twice.
  await expect(page.getByTestId('pin-add')).toBeDisabled();
  // Move ρ: the live curve changes, the ghost of ρ = 0.5 stays.
  await page.getByTestId('input-rho').fill('0.2');
  await page.getByTestId('input-rho').press('Enter');
  await waitReady(page);
  const ghost = page.getByTestId('main-plot').locator('[data-testid="pin-1"] path');
  await expect(ghost).toHaveAttribute('stroke', '#6b7280');
  await expect(page.getByTestId('pin-item')).toHaveText([/pin 1: β = 1, ρ = 0\.5, Δ = 0/]);
  expect(await ghost.getAttribute('d')).not.toBe(await page.getByTestId('curve-bo').getAttribute('d'));
  await page.getByTestId('pin-add').click();
  await expect(page.getByTestId('pin-item')).toHaveCount(2);
  await expect.poll(() => hashParams(page).get('pins')).toBe('beta1_rho0.5_delta0~beta1_rho0.2_delta0');
  // Reopened from its link, both pins are drawn.
  await page.reload();
  await waitReady(page);
  await expect(page.getByTestId('main-plot').locator('[data-testid^="pin-"] path')).toHaveCount(2);
  await page.getByTestId('pin-remove-1').click();
  await expect.poll(() => hashParams(page).get('pins')).toBe('beta1_rho0.2_delta0');
});

test('the attention model pins either channel, and a switch of model clears the pins with a notice', async ({ page }) => {
  await page.goto('/#v=1&model=aim&T=2&alpha=0.1&rho=0.5');
  await waitReady(page);
  await page.getByTestId('pin-add').click();
  await expect(page.getByTestId('pin-item')).toHaveText([/pin 1: softmax, T = 2, ρ = 0\.5/]);
  await page.getByTestId('aim-hardmax').check();
  await waitReady(page);
  await page.getByTestId('pin-add').click();
  await expect(page.getByTestId('pin-item')).toHaveCount(2);
  await expect(page.getByTestId('main-plot').locator('[data-testid^="pin-"] path')).toHaveCount(2);
  await page.getByTestId('model-select').selectOption('bsr');
  await expect(page.getByTestId('link-notice')).toContainText('pinned curves');
  await expect(page.getByTestId('pin-item')).toHaveCount(0);
});
