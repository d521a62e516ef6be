import { softmaxCurve } from '../src/models/aim/theory/softmax';
import { expect, hashParams, test, waitReady } from './fixtures';

test('attention-model GAMP-RIE runs from a link and lands on the softmax curve', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=2&alpha=0.15&rho=0.5&alphaMax=1&aimPanel=sim&simD=40&simSeeds=2&simIter=30&simAlphas=0.15');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  await expect(page.getByTestId('sim-point')).toHaveCount(1);
  const row = page.getByTestId('sim-results').locator('tbody tr').first();
  await expect(row).toContainText('2/2');
  // Mean of two D = 40 runs: within 0.08 of the Bayes-optimal 0.128 (finite size biases it upwards).
  const mean = Number((await row.locator('td').nth(1).textContent())!.split('±')[0]);
  expect(Math.abs(mean - softmaxCurve(2, 0.5, [0.15]).mmse[0])).toBeLessThan(0.08);
  await expect(page.getByTestId('sim-trace-aux')).toHaveAttribute('d', /L/);
});

test('averaged gradient descent on softmax attention reports its error as runs are added; hardmax offers GAMP-RIE only', async ({ page }) => {
  await page.goto('./#v=1&model=aim&T=2&alpha=0.15&rho=0.5&alphaMax=1&aimPanel=sim&simAlgo=agd&simD=16&simSeeds=1&simSteps=60&simK=3&simAlphas=0.15');
  await waitReady(page);
  await expect(page.getByTestId('side-status')).toHaveText(/ready · 1 simulated point/, { timeout: 60_000 });
  await expect(page.getByTestId('agd-vs-k')).toContainText('→');
  await page.getByTestId('aim-hardmax').check();
  await expect.poll(() => hashParams(page).get('channel')).toBe('hardmax');
  await expect(page.getByTestId('sim-algo').locator('option')).toHaveCount(1);
  // Changing the channel drops the simulated α from the link: they belong to the softmax runs.
  await expect.poll(() => hashParams(page).get('simAlphas')).toBeNull();
});
