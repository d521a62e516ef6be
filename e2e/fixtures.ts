import { test as base, expect, type Page } from '@playwright/test';

/** Every page collects console errors and uncaught exceptions; a test fails if any appear. */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Number of points in an SVG path's d attribute. */
export async function pathPoints(page: Page, testId: string): Promise<number> {
  const d = (await page.getByTestId(testId).getAttribute('d')) ?? '';
  return (d.match(/[ML]/g) ?? []).length;
}

export async function waitReady(page: Page) {
  await expect(page.getByTestId('status')).toHaveText(/^ready/);
}

export function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

/** Axis titles, ticks and rule labels that reach beyond their plot (which clips them), by text. */
export async function cutPlotText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg text.axis-label, svg text.tick, svg text.marker-label')].flatMap((t) => {
      const svg = t.closest('svg')!.getBoundingClientRect();
      const r = t.getBoundingClientRect();
      if (!r.width) return [];
      return r.top < svg.top - 1 || r.bottom > svg.bottom + 1 || r.left < svg.left - 1 || r.right > svg.right + 1 ? [t.textContent ?? ''] : [];
    }),
  );
}
