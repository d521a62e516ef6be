import type { Page } from '@playwright/test';
import { EQUATION_FONTS } from '../src/models/bsr/view/equationFonts';
import { cutPlotText, expect, test, waitReady } from './fixtures';

/** One view of each model, with its second panel. */
const MODELS: Array<[string, string]> = [
  ['BSR', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0'],
  ['AIM', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5'],
  ['SMI', '#v=1&model=smi&alpha=0.5&skip=1'],
];

/** The main panel (the one with the `status` badge) and the second panel, as page boxes. */
async function panelBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    };
    const main = document.querySelector('[data-testid="status"]')!.closest('section')!;
    const side = document.querySelector('section[aria-label="Second panel"]')!;
    const plot = main.querySelector('svg')!;
    const slider = document.querySelector('.controls input[type="range"]')!;
    return { main: box(main), side: box(side), plot: box(plot), slider: box(slider) };
  });
}

/** Visible buttons, fields, selects and sliders smaller than 24 × 24 CSS pixels (WCAG 2.5.8), by name and size. */
async function smallTargets(page: Page): Promise<{ small: string[]; count: number }> {
  return page.evaluate(() => {
    const small: string[] = [];
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, [role="tab"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      count++;
      if (r.width < 24 || r.height < 24) {
        const name = el.getAttribute('aria-label') || el.dataset.testid || el.textContent?.trim() || (el as HTMLInputElement).type;
        small.push(`${el.tagName.toLowerCase()} "${name}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      }
    }
    return { small, count };
  });
}

test.describe('phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [name, hash] of MODELS) {
    test(`${name}: the sliders follow the plot within one screen, and every control is at least 24 × 24`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await waitReady(page);
      const b = await panelBoxes(page);
      // The first slider comes after the plot (not above it), less than a screen below its bottom.
      expect(b.slider.top).toBeGreaterThan(b.plot.bottom);
      expect(b.slider.top - b.plot.bottom).toBeLessThan(844);
      // Then the second panel.
      expect(b.side.top).toBeGreaterThan(b.slider.bottom);
      const { small, count } = await smallTargets(page);
      expect(count).toBeGreaterThan(20);
      expect(small).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Every axis title, tick and rule label lies within its plot (which clips it): a long y title gives way to its short form.
      expect(await cutPlotText(page)).toEqual([]);
    });
  }
});

test.describe('wide screen, 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const [name, hash] of MODELS) {
    test(`${name}: the main and the second panel side by side, no horizontal scroll`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await waitReady(page);
      const b = await panelBoxes(page);
      expect(b.main.right).toBeLessThanOrEqual(b.side.left);
      // Side by side, not stacked: they start at the same height.
      expect(Math.abs(b.main.top - b.side.top)).toBeLessThan(2);
      // The page uses the width: the second panel ends in the right quarter of the screen.
      expect(b.side.right).toBeGreaterThan(1920 * 0.75);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
      // Nothing in the parameter column reaches past it (a fieldset grows with a long select unless told not to).
      const wide = await page.evaluate(() => {
        const column = document.querySelector('.controls')!.getBoundingClientRect();
        return [...document.querySelectorAll('.controls > *')]
          .filter((el) => el.getBoundingClientRect().right > column.right + 1)
          .map((el) => el.className || el.tagName);
      });
      expect(wide).toEqual([]);
    });
  }
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test.describe(`equations at ${w} × ${h}`, () => {
    test.use({ viewport: { width: w, height: h } });
    test('every equation fits its box: no scroll bar, no glyph outside', async ({ page }) => {
      await page.goto('/#v=1&alpha=0.3&beta=1&rho=0.5&delta=0');
      await waitReady(page);
      await page.locator('.equations-slot').scrollIntoViewIfNeeded();
      await expect(page.locator('.equation-tex')).toHaveCount(4);
      const over = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.equation-tex')].flatMap((box) => {
          const r = box.getBoundingClientRect();
          // KaTeX sets each breakable stretch of an equation in a .katex-base box: none found is a failure too.
          const bases = [...box.querySelectorAll('.katex .katex-base')];
          const out = bases.filter((g) => {
            const q = g.getBoundingClientRect();
            return q.left < r.left - 1 || q.right > r.right + 1;
          });
          return box.scrollWidth > box.clientWidth + 1 || out.length || !bases.length
            ? [`${box.previousElementSibling?.textContent}: ${box.scrollWidth} in ${box.clientWidth}`]
            : [];
        }),
      );
      expect(over).toEqual([]);
      // The faces fetched before the equations are shown (EQUATION_FONTS) are all the faces they are drawn in, so
      // the text is laid out once and does not move when a late font arrives.
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status !== 'unloaded' && f.family.startsWith('KaTeX')).map((f) => `${f.family} ${f.style} ${f.weight}`);
      });
      const listed = EQUATION_FONTS.map((f) => `${f.split(' ').pop()} ${f.startsWith('italic') ? 'italic' : 'normal'} 400`);
      expect(faces.sort()).toEqual(listed.sort());
    });
  });
}
