// How live the explorer is, measured in headless Chromium against a production build: for every slider of every
// model the time from an input event to the repainted curve (median and p95 over a simulated drag, one event
// every 16 ms) and the longest main-thread task during the drag; the 64×64 phase diagrams from start to the last
// row; the cold load from navigation to the first curve on screen. Asserts nothing.
//   npm run bench:live [-- --json] [-- --only PREFIX …]     (CHROMIUM_PATH overrides /usr/bin/chromium)
// With --json it prints {"rows":[{"name","median_ms","p95_ms",…}]} as `npm run bench -- --json` does.
// BENCH_TIMES=1 adds each slider event's time to its row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { COLD_LINKS, coldLoad } from './coldLoad.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--only' && args[i + 1]) only.push(args[++i]);
const wanted = (name) => !only.length || only.some((p) => name.startsWith(p));
const exe = findChromium();
if (!exe) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'tokenphase-live-'));
await build({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: out }, preview: { port: 4398, strictPort: false } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });

const rows = [];
const quantile = (xs, f) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(f * s.length))];
};
function report(row) {
  rows.push(row);
  if (!json) {
    const { name, what, median_ms, p95_ms, ...extra } = row;
    const ex = Object.entries(extra)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    console.log(`${name.padEnd(30)} ${median_ms.toFixed(1).padStart(8)} ms  p95 ${p95_ms.toFixed(1).padStart(8)} ms  ${ex}  ${what}`);
  }
}

/** A fresh page (no service worker, no cache) at the explorer with this link. */
async function open(hash, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url + hash);
  return page;
}

/**
 * Drags one slider through `positions` (slider units, one input event every 16 ms) and times each event to the
 * frame after `target` (a CSS selector) changes its `attr` (`text`: its text, to a value other than "updating").
 * Long tasks are those the browser reports over 50 ms.
 */
async function drag(page, slider, positions, target, attr) {
  return page.evaluate(
    async ({ slider, positions, target, attr }) => {
      const long = [];
      const obs = new PerformanceObserver((l) => {
        for (const e of l.getEntries()) long.push(e.duration);
      });
      obs.observe({ type: 'longtask', buffered: false });
      const input = document.querySelector(`[data-testid=slider-${slider}]`);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      for (const p of positions) {
        const read = () => {
          const e = document.querySelector(target);
          return (attr === 'text' ? e?.textContent : e?.getAttribute(attr)) ?? null;
        };
        const before = read();
        const t0 = performance.now();
        const changed = new Promise((done) => {
          const check = () => {
            const now = read();
            if (now !== null && now !== before && now !== 'updating') {
              mo.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => done(performance.now() - t0));
            }
          };
          const mo = new MutationObserver(check);
          mo.observe(document.body, { attributes: true, subtree: true, childList: true });
          const timer = setTimeout(() => {
            mo.disconnect();
            done(Number.NaN);
          }, 5000);
        });
        setter.call(input, String(p));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(await changed);
        // Three events in a row with no redraw within 5 s: the view does not follow this slider live.
        if (times.length >= 3 && times.slice(-3).every((t) => Number.isNaN(t))) break;
        await new Promise((r) => setTimeout(r, 16));
      }
      await new Promise((r) => setTimeout(r, 100));
      obs.disconnect();
      return { times, long };
    },
    { slider, positions, target, attr },
  );
}

const sweep = (from, to, n) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
const BSR = '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05&panel=spectrum';
const AIM = '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&alphaMax=1';
const SMI = '#v=1&model=smi&alpha=0.5&skip=1';
const CURVE = '[data-testid=main-plot] [data-testid=curve-bo]';
const CURSOR = '[data-testid=main-plot-cursor]';
const SMI_CURVE = '[data-testid=smi-plot-q2]';
const SLIDERS = [
  ['bsr.slider.alpha', BSR, 'alpha', sweep(200, 700, 40), CURSOR, 'x1'],
  ['bsr.slider.alphaTilde', `${BSR}&axis=alphaTilde`, 'alpha', sweep(200, 700, 40), CURSOR, 'x1'],
  ['bsr.slider.beta', BSR, 'beta', sweep(520, 700, 40), CURVE, 'd'],
  ['bsr.slider.rho', BSR, 'rho', sweep(600, 800, 40), CURVE, 'd'],
  ['bsr.slider.delta', BSR, 'delta', sweep(300, 600, 40), CURVE, 'd'],
  ['aim.slider.alpha', AIM, 'alpha', sweep(200, 700, 40), CURSOR, 'x1'],
  ['aim.slider.rho', AIM, 'rho', sweep(600, 800, 40), CURVE, 'd'],
  // E depends on α and T only through α̃ = (T²+T−2)α and the plot's α range is set in α̃, so a new T redraws the curve
  // on the same pixels: what changes is the axis and the readouts, α_PR (in α) among them, taken from the new curve.
  ['aim.slider.T', AIM, 'T', [1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((k) => k * 125), '[data-testid=readout-pr]', 'text'],
  ['aim.slider.hardmax.rho', `${AIM}&channel=hardmax`, 'rho', sweep(600, 800, 40), CURVE, 'd'],
  ['aim.slider.hardmax.alpha', `${AIM}&channel=hardmax`, 'alpha', sweep(200, 700, 40), CURSOR, 'x1'],
  ['smi.slider.alpha', SMI, 'alpha', sweep(200, 700, 40), CURSOR.replace('main-plot', 'smi-plot'), 'x1'],
  ['smi.slider.skip', SMI, 'skip', sweep(200, 400, 40), SMI_CURVE, 'd'],
  // With three layers Q₂₂ stays 0 on the plot (α ≤ 1.2) for c near 1, so its path never changes: the last layer's does.
  ['smi3.slider.skip', `${SMI}&layers=3`, 'skip', sweep(200, 400, 40), '[data-testid=smi-plot-q3]', 'd'],
  // Depth has two positions (0 is two layers, 1000 three): each event switches it, and layer 2's curve with it.
  ['smi.slider.layers', SMI, 'layers', Array.from({ length: 16 }, (_, i) => (i % 2 ? 0 : 1000)), SMI_CURVE, 'd'],
];

for (const [name, hash, slider, positions, target, attr] of SLIDERS) {
  if (!wanted(name)) continue;
  const page = await open(hash);
  await page
    .getByTestId('status')
    .filter({ hasText: /^ready/ })
    .first()
    .waitFor({ timeout: 120_000 });
  // The slider's own scale: positions are in its units (0–1000 for continuous sliders).
  const { times, long } = await drag(page, slider, positions, target, attr);
  const ok = times.filter(Number.isFinite);
  report({
    name,
    what: `input event to repainted ${attr === 'text' ? 'readout' : 'curve'} while ${slider} is dragged (${positions.length} events, 16 ms apart)`,
    median_ms: ok.length ? quantile(ok, 0.5) : Number.NaN,
    p95_ms: ok.length ? quantile(ok, 0.95) : Number.NaN,
    updates: `${ok.length}/${times.length}${times.length < positions.length ? ' (stopped: no redraw within 5 s)' : ''}`,
    longest_task_ms: long.length ? Math.round(Math.max(...long)) : 0,
    ...(process.env.BENCH_TIMES ? { times: times.map((t) => Math.round(t)).join(',') } : {}),
  });
  await page.context().close();
}

const MAPS = [
  ['bsr.phase.alpha-rho', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=phase&plane=alpha-rho', 'side-status'],
  ['bsr.phase.alpha-beta', '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&panel=phase&plane=alpha-beta', 'side-status'],
  ['aim.phase.softmax', '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&aimPanel=phase', 'side-status'],
  ['aim.phase.hardmax', '#v=1&model=aim&alpha=0.1&rho=0.5&channel=hardmax&aimPanel=phase', 'side-status'],
];
for (const [name, hash, status] of MAPS) {
  if (!wanted(name)) continue;
  const times = [];
  for (let r = 0; r < 2; r++) {
    const page = await open(hash);
    const badge = page.getByTestId(status).filter({ hasText: /64×64 in \d+ ms/ });
    await badge.waitFor({ timeout: 180_000 });
    const text = await badge.textContent();
    times.push(Number(/in (\d+) ms/.exec(text)[1]));
    await page.context().close();
  }
  report({
    name,
    what: '64×64 phase diagram from its start to the last row (the page waits 250 ms for still sliders first)',
    median_ms: quantile(times, 0.5),
    p95_ms: Math.max(...times),
  });
}

const COLD = [
  ['bsr.cold.home', COLD_LINKS.home],
  ['bsr.cold', COLD_LINKS.bsr],
  ['aim.cold', COLD_LINKS.aim],
  ['smi.cold', COLD_LINKS.smi],
];
for (const [name, link] of COLD) {
  if (!wanted(name)) continue;
  const times = [];
  for (let r = 0; r < 5; r++) times.push(await coldLoad(browser, url, link));
  report({
    name,
    what: 'navigation start to the first curve painted, fresh context (no cache, no service worker)',
    median_ms: quantile(times, 0.5),
    p95_ms: Math.max(...times),
  });
}

await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });
if (json) console.log(JSON.stringify({ browser: browser.version(), rows }));
