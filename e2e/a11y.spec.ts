import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitReady } from './fixtures';

/** The views a reader meets: each model with each side panel, the attention channels, both depths, projector mode (each model, light and dark). */
const VIEWS: Array<[string, string]> = [
  ['BSR, phase diagram', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=phase'],
  ['BSR, spectrum', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05&panel=spectrum'],
  ['BSR, landscape', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05&panel=landscape'],
  ['BSR, strong recovery', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=strong'],
  ['BSR, simulation', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=sim'],
  ['BSR, family of curves', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&family=beta&familyValues=1,2,5'],
  ['AIM softmax', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=spectrum'],
  ['AIM softmax, phase diagram', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=phase'],
  ['AIM hardmax, test error', '#v=1&model=aim&channel=hardmax&alpha=0.1&rho=0.5&aimPanel=test'],
  ['AIM simulation', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=sim'],
  ['SMI two layers', '#v=1&model=smi&alpha=0.5&skip=1'],
  ['SMI three layers, generalisation', '#v=1&model=smi&alpha=0.5&skip=1&layers=3&smiPanel=gen'],
  ['SMI GAMP', '#v=1&model=smi&alpha=0.5&skip=1&smiPanel=amp'],
  ['SMI GD', '#v=1&model=smi&alpha=0.5&skip=1&smiPanel=gd'],
  ['BSR projector mode', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1'],
  ['BSR projector mode, dark, phase diagram', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1&theme=dark&pane=side'],
  ['AIM projector mode', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&present=1'],
  ['AIM projector mode, dark, spectrum', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=spectrum&present=1&theme=dark&pane=side'],
  ['SMI projector mode', '#v=1&model=smi&alpha=0.5&skip=1&present=1'],
  ['SMI projector mode, dark, thresholds', '#v=1&model=smi&alpha=0.5&skip=1&present=1&theme=dark&pane=side'],
  ['BSR embedded panel', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&embed=main'],
];

async function violations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  );
}

for (const [name, hash] of VIEWS) {
  test(`no axe-core violations: ${name}`, async ({ page }) => {
    await page.goto(`/${hash}`);
    // A projected side panel is on screen alone: its own status says when it is drawn.
    if (hash.includes('pane=side')) await expect(page.getByTestId('side-status')).toHaveText(/^ready/, { timeout: 30_000 });
    else await waitReady(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('a skip link leads from the first Tab to the controls', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
  await waitReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to the controls/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slider-alpha')).toBeFocused();
  // The arrow keys now move α.
  const before = await page.getByTestId('input-alpha').inputValue();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('input-alpha')).not.toHaveValue(before);
});

test('each plot carries a text description a screen reader reads: what the curve does and where the thresholds are', async ({ page }) => {
  await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
  await waitReady(page);
  const plot = page.getByTestId('main-plot');
  await expect(plot).toHaveAttribute('aria-describedby', 'main-plot-desc');
  const desc = page.getByTestId('main-plot-desc');
  await expect(desc).toContainText('Bayes-optimal error E_BO: from 1 at α = 0');
  await expect(desc).toContainText('reaching 0 at α ≈ 0.75');
  await expect(desc).toContainText('α_PR at α = 0.75');
  await expect(desc).toContainText('cursor at α = 0.3');
});
