// node scripts/screenshot.mjs URL OUT.png [waitMs] [clickTestId] [testId:regex]
// Opens URL in headless Chromium, optionally clicks a button and waits until an element's text matches,
// then saves a full-page screenshot and prints the page's console errors.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const [url, out, wait, click, until] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(Number(wait ?? 3000));
if (click) await page.getByTestId(click).click();
if (until) {
  const [id, re] = [until.slice(0, until.indexOf(':')), until.slice(until.indexOf(':') + 1)];
  await page
    .getByTestId(id)
    .filter({ hasText: new RegExp(re) })
    .waitFor({ timeout: 180_000 });
  await page.waitForTimeout(500);
}
await page.screenshot({ path: out, fullPage: true });
console.log(
  await page
    .locator('[data-testid=side-status]')
    .textContent()
    .catch(() => 'no status'),
);
console.log(logs.join('\n'));
await browser.close();
