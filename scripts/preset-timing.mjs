// Time each simulation preset in headless Chromium against a served build: from opening its link to
// "ready · N simulated points". Usage: node --import tsx scripts/preset-timing.mjs URL GROUP [id …]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url, group, ...ids] = process.argv.slice(2);
if (!url || !group) {
  console.error('usage: node --import tsx scripts/preset-timing.mjs URL GROUP [id …]');
  process.exit(2);
}
const { PRESETS } = await import('../src/models/presets.ts');
const chosen = PRESETS.filter((p) => p.group === group && (ids.length === 0 || ids.includes(p.id)));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const p of chosen) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  await page.goto(url + p.hash);
  await page.waitForFunction(() => /ready · \d+ simulated point/.test(document.querySelector('[data-testid=side-status]')?.textContent ?? ''), null, {
    timeout: 600_000,
  });
  const rows = await page.locator('[data-testid=sim-results] tbody tr').allTextContents();
  console.log(`${p.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n  ${rows.join('\n  ')}`);
  await page.close();
}
await browser.close();
