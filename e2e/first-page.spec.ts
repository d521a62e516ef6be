import { boCurve } from '../src/models/bsr/theory/curve';
import { expect, pathPoints, test, waitReady } from './fixtures';

test('the first page draws the Bayes-optimal curve, with no console errors', async ({ page, errors }) => {
  await page.goto('./');
  await waitReady(page);
  expect(await pathPoints(page, 'curve-bo')).toBeGreaterThan(200);
  expect(await pathPoints(page, 'curve-ridge')).toBeGreaterThan(200);
  await expect(page.getByTestId('marker-pr')).toBeVisible();
  // The readout at the default cursor equals the core's value.
  const want = boCurve({ beta: 1, rho: 0.5, delta: 0 }, [0.3]).bo[0];
  const shown = Number(await page.getByTestId('readout-bo').textContent());
  expect(Math.abs(shown - want)).toBeLessThan(2e-3);
  expect(errors).toEqual([]);
});
