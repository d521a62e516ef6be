import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitReady } from './fixtures';

// A collected sweep made by the CLI, opened in the explorer: its points land on the matching curve.
const dir = mkdtempSync(join(tmpdir(), 'tokenphase-sweep-e2e-'));
function collected(name: string, ...settings: string[]): string {
  const tp = (...a: string[]) => execFileSync('node', ['bin/tokenphase.mjs', ...a], { encoding: 'utf8' });
  tp('sweep', 'plan', '--model', 'bsr', '--alpha', '0.3,0.6', '--seeds', '1,2', '--d', '16', '--maxIter', '10', ...settings, '--out', join(dir, name));
  tp('sweep', 'run', '--plan', join(dir, name, 'plan.json'), '--task', 'all');
  const out = join(dir, `${name}.json`);
  tp('sweep', 'collect', '--plan', join(dir, name, 'plan.json'), '--out', out);
  return out;
}

test('a collected sweep opens in the page: its points on the curve, a notice where its parameters differ, a clear message for a wrong file', async ({
  page,
}) => {
  const same = collected('same');
  const other = collected('other', '--beta', '2');
  await page.goto('./#v=1&model=bsr&beta=1&rho=0.5&delta=0&alphaMax=1.2');
  await waitReady(page);
  await page.getByTestId('open-sweep').setInputFiles(same);
  await expect(page.getByTestId('sweep-point')).toHaveCount(2);
  await expect(page.getByTestId('sweep-files')).toContainText('same.json: 2 points of Bilinear sequence regression on the error curve');
  await expect(page.getByTestId('sweep-notes')).toContainText('not in the link');
  await expect(page.getByTestId('sweep-notes').locator('.warning')).toHaveCount(0);
  // The point's tooltip carries the collected mean.
  const mean = JSON.parse(readFileSync(same, 'utf8')).points[0].mean as number;
  await expect(page.getByTestId('sweep-point').first().locator('title')).toContainText(mean.toFixed(4));
  await page.getByTestId('open-sweep').setInputFiles(other);
  await expect(page.getByTestId('sweep-point')).toHaveCount(4);
  await expect(page.getByTestId('sweep-notes')).toContainText('other.json: points run at β = 2; this view has β = 1.');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"rows": []}');
  await page.getByTestId('open-sweep').setInputFiles(bad);
  await expect(page.getByTestId('sweep-files')).toContainText('bad.json is not a collected sweep');
  await page.getByRole('button', { name: 'Close same.json' }).click();
  await expect(page.getByTestId('sweep-point')).toHaveCount(2);
  // Not in the link.
  expect(page.url()).not.toContain('sweep');
});
