import type { Page } from '@playwright/test';
import { contrast, hexOf } from '../src/ui/contrast';
import { cutPlotText, expect, hashParams, test, waitReady } from './fixtures';

/** Projector mode of each model: its link, its main plot, the sliders its strip shows by default, and a side tab `]` reaches. */
const MODELS = [
  {
    name: 'BSR',
    hash: '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1',
    plot: 'main-plot',
    sliders: ['alpha', 'beta', 'rho', 'delta'],
    side: ['panel', 'phase'],
  },
  { name: 'AIM', hash: '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&present=1', plot: 'main-plot', sliders: ['alpha', 'rho', 'T'], side: ['aimPanel', 'spectrum'] },
  { name: 'SMI', hash: '#v=1&model=smi&alpha=0.5&skip=1&present=1', plot: 'smi-plot', sliders: ['alpha', 'skip', 'layers'], side: ['smiPanel', 'thresholds'] },
] as const;

/** Computed font sizes (px) of the legend, the readout and the first tick label. */
async function fontSizes(page: Page) {
  const size = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  return { legend: await size('.projector .legend-html'), readout: await size('.projector .readout'), tick: await size('.projector svg.plot .tick') };
}

/** Every visible box of the page (HTML elements, the plots and their text) inside the viewport, and no scrolling. */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    if (document.documentElement.scrollWidth > W) out.push(`horizontal scroll: ${document.documentElement.scrollWidth} > ${W}`);
    if (document.documentElement.scrollHeight > H) out.push(`vertical scroll: ${document.documentElement.scrollHeight} > ${H}`);
    for (const el of document.querySelectorAll<Element>('.projector *')) {
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement) && el.tagName !== 'text') continue;
      if (el.closest('.visually-hidden, desc, title, clipPath') || !el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
        out.push(
          `${el.tagName}.${el.getAttribute('class') ?? ''} “${(el.textContent ?? '').slice(0, 30)}” at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
    }
    return out;
  });
}

/** Strokes of the drawn lines and markers, and fills of the plot's text, each with its contrast on the page's background below 3:1. */
async function lowContrast(page: Page): Promise<{ checked: number; low: string[] }> {
  const { bg, inks } = await page.evaluate(() => {
    const bg = getComputedStyle(document.querySelector('.projector')!).backgroundColor;
    const inks: Array<[string, string]> = [];
    const painted = (st: CSSStyleDeclaration) =>
      st.stroke !== 'none' && !st.stroke.startsWith('url') && Number(st.strokeOpacity) > 0 && parseFloat(st.strokeWidth) > 0;
    for (const el of document.querySelectorAll<SVGElement>('.projector svg.plot path, .projector svg.plot line, .projector svg.plot rect')) {
      if (el.closest('defs, clipPath') || el.classList.contains('grid')) continue;
      const st = getComputedStyle(el);
      if (painted(st)) inks.push([`${el.tagName} ${el.getAttribute('data-testid') ?? ''} stroke`, st.stroke]);
    }
    // A marker is a coloured ring on the background, a cursor dot a coloured disc with a halo: its colour is the one not the background's.
    for (const el of document.querySelectorAll<SVGElement>('.projector svg.plot circle')) {
      const st = getComputedStyle(el);
      const ink = [st.stroke, st.fill].find((c) => c !== 'none' && c !== bg);
      if (ink) inks.push([`circle ${el.getAttribute('data-testid') ?? ''}`, ink]);
    }
    for (const el of document.querySelectorAll<SVGElement>('.projector svg.plot text')) inks.push([`text “${el.textContent}”`, getComputedStyle(el).fill]);
    for (const el of document.querySelectorAll<HTMLElement>('.projector .legend-html li, .projector .readout dd, .projector .readout dt'))
      inks.push([`legend “${el.textContent?.slice(0, 20)}”`, getComputedStyle(el).color]);
    return { bg, inks };
  });
  const back = hexOf(bg);
  const low = inks.filter(([, c]) => !c.includes('rgba(0, 0, 0, 0)') && contrast(hexOf(c), back) < 3).map(([what, c]) => `${what}: ${c} on ${bg}`);
  return { checked: inks.length, low };
}

for (const m of MODELS) {
  test(`projector mode, ${m.name}: one panel fills the screen at 1920×1080 and 1024×768, large type, nothing off screen, 3:1 contrast, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./${m.hash}`);
    await waitReady(page);
    await expect(page.getByTestId('projector')).toBeVisible();
    for (const [w, h, minFont] of [
      [1920, 1080, 20],
      [1024, 768, 14],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      // The plot follows the window: it is redrawn for the new box.
      await expect.poll(async () => Math.round((await page.getByTestId(m.plot).boundingBox())!.width / 10)).toBeGreaterThan((0.85 * w) / 10);
      await expect(page.locator('.projector .panel')).toHaveCount(1);
      const plot = (await page.getByTestId(m.plot).boundingBox())!;
      expect(plot.width * plot.height, 'plot area').toBeGreaterThan(0.5 * w * h);
      const f = await fontSizes(page);
      expect(f.legend, 'legend font').toBeGreaterThanOrEqual(minFont);
      expect(f.readout, 'readout font').toBeGreaterThanOrEqual(minFont);
      expect(f.tick, 'tick font').toBeGreaterThanOrEqual(minFont);
      expect(await offScreen(page)).toEqual([]);
      expect(await cutPlotText(page)).toEqual([]);
      // Nothing but the plot, its legend and readout, and the strip.
      await expect(page.locator('.topbar')).toHaveCount(0);
      await expect(page.locator('.equations, .presets, .preset-caption')).toHaveCount(0);
      for (const sel of ['.export-bar', '.status']) for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
      const light = await lowContrast(page);
      expect(light.checked).toBeGreaterThan(10);
      expect(light.low).toEqual([]);
    }
    await page.getByTestId('projector-theme').click();
    await expect(page.getByTestId('projector')).toHaveClass(/theme-dark/);
    await expect.poll(() => hashParams(page).get('theme')).toBe('dark');
    expect(hexOf(await page.getByTestId('projector').evaluate((el) => getComputedStyle(el).backgroundColor))).toBe('#15181d');
    const dark = await lowContrast(page);
    expect(dark.low).toEqual([]);
    await page.screenshot({ path: `test-results/screens/projector-${m.name}-1024x768-dark.png` });
  });

  test(`projector mode, ${m.name}: ] and [ and digits cycle the panels; the link restores the panel, the sliders and the theme`, async ({ page }) => {
    await page.goto(`./${m.hash}`);
    await waitReady(page);
    const [sideKey, firstTab] = m.side;
    await expect(page.getByTestId(m.plot)).toBeVisible();
    await page.keyboard.press(']');
    await expect.poll(() => hashParams(page).get('pane')).toBe('side');
    expect(hashParams(page).get(sideKey) ?? firstTab).toBe(firstTab);
    await expect(page.getByTestId(m.plot)).toHaveCount(0);
    await expect(page.locator('.projector .panel')).toHaveCount(1);
    expect(await offScreen(page)).toEqual([]);
    await page.keyboard.press(']');
    await expect.poll(() => hashParams(page).get(sideKey)).not.toBe(firstTab);
    await expect(page.locator('.projector svg.plot').first()).toBeVisible();
    expect(await offScreen(page)).toEqual([]);
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    await expect.poll(() => hashParams(page).get('pane')).toBeNull();
    await expect(page.getByTestId(m.plot)).toBeVisible();
    await page.keyboard.press('2');
    await expect.poll(() => hashParams(page).get('pane')).toBe('side');
    await page.keyboard.press('1');
    await expect(page.getByTestId(m.plot)).toBeVisible();
    // The strip holds the model's default sliders; the Controls menu adds and removes them, in the link.
    for (const k of m.sliders) await expect(page.getByTestId(`slider-${k}`)).toBeVisible();
    await expect(page.locator('.projector-bar input[type=range]')).toHaveCount(m.sliders.length);
    await page.getByText('Controls', { exact: true }).click();
    await page.getByTestId(`projector-show-${m.sliders[1]}`).uncheck();
    await expect.poll(() => hashParams(page).get('show')).toBe(m.sliders.filter((k) => k !== m.sliders[1]).join(','));
    await expect(page.getByTestId(`slider-${m.sliders[1]}`)).toHaveCount(0);
    // A slider of the strip keeps its keys and its play button.
    const before = await page.getByTestId('input-alpha').inputValue();
    await page.getByTestId('slider-alpha').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('input-alpha')).not.toHaveValue(before);
    await page.getByTestId('play-alpha').click();
    await expect.poll(() => hashParams(page).get('play')).toBe('alpha');
    await page.getByTestId('play-alpha').click();
    // Opened from a link in a fresh page: the side panel, two sliders, the dark theme. (Loaded into the page just
    // used, by a same-document navigation and a reload, the link came back in the previous state's light theme in
    // 3 of about 10 runs of this file with others; not reproduced on its own.)
    await page.goto('about:blank');
    await page.goto(`./${m.hash}&pane=side&show=alpha,${m.sliders[2]}&theme=dark`);
    await expect(page.getByTestId('projector')).toHaveClass(/theme-dark/);
    await expect(page.getByTestId('projector-pane')).toHaveValue('1');
    await expect(page.getByTestId(m.plot)).toHaveCount(0);
    await expect(page.locator('.projector-bar input[type=range]')).toHaveCount(2);
    await expect(page.getByTestId(`slider-${m.sliders[2]}`)).toBeVisible();
    // Esc leaves projector mode; P comes back.
    await page.keyboard.press('Escape');
    await expect(page.locator('.topbar')).toBeVisible();
    await expect.poll(() => hashParams(page).get('present')).toBeNull();
    await page.keyboard.press('p');
    await expect(page.getByTestId('projector')).toBeVisible();
  });
}

test('an old presentation link opens in projector mode; H hides the strip and leaves an exit; bad projector keys get a notice; T leaves the hardmax strip', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1&hideControls=1&panel=phase');
  await waitReady(page);
  await expect(page.getByTestId('projector')).toBeVisible();
  await expect(page.getByTestId('projector-bar')).toHaveCount(0);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await page.keyboard.press('h');
  await expect(page.getByTestId('projector-bar')).toBeVisible();
  await page.keyboard.press('h');
  await page.getByTestId('projector-exit').click();
  await expect(page.locator('.topbar')).toBeVisible();
  await page.goto('./#v=1&present=1&show=alpha,wobble&pane=left');
  await expect(page.getByTestId('link-notice')).toContainText('ignored “wobble”');
  await expect(page.getByTestId('link-notice')).toContainText('“left” is not one of main, side');
  expect(await offScreen(page)).toEqual([]);
  // A slider that means nothing in the view is left out of the strip: T for the hardmax channel (solved at T = 2).
  await page.goto('./#v=1&model=aim&channel=hardmax&alpha=0.1&rho=0.5&present=1');
  await waitReady(page);
  await expect(page.getByTestId('slider-rho')).toBeVisible();
  await expect(page.getByTestId('slider-T')).toHaveCount(0);
});
