// Measures, in headless Chromium against a served build, the time from a slider input event to the
// updated curve being painted (next animation frame after the path changes). Prints median and p95.
// Usage: node scripts/latency.mjs [url]   (default http://127.0.0.1:4173/)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

async function measure(slider, positions, hash = '#v=1&alpha=0.3&beta=1&rho=0.5&delta=0.05') {
  await page.goto(url + hash);
  await page
    .getByTestId('status')
    .filter({ hasText: /^ready/ })
    .waitFor();
  return page.evaluate(
    async ({ slider, positions }) => {
      const input = document.querySelector(`[data-testid=slider-${slider}]`);
      const path = document.querySelector('[data-testid=curve-bo]');
      const cursorDot = document.querySelector('[data-testid=main-plot] circle');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      for (const p of positions) {
        const target = slider === 'alpha' ? cursorDot : path;
        const attr = slider === 'alpha' ? 'cx' : 'd';
        const before = target.getAttribute(attr);
        const t0 = performance.now();
        const changed = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (target.getAttribute(attr) !== before) {
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now()));
            }
          });
          obs.observe(target, { attributes: true });
          setTimeout(() => {
            obs.disconnect();
            resolve(NaN);
          }, 3000);
        });
        setter.call(input, String(p));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await changed;
        times.push(t1 - t0);
        // A drag delivers events about every 16 ms.
        await new Promise((r) => setTimeout(r, 16));
      }
      return times;
    },
    { slider, positions },
  );
}

const stats = (xs) => {
  const ok = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const q = (f) => ok[Math.min(ok.length - 1, Math.floor(f * ok.length))];
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (${ok.length}/${xs.length} updates seen)`;
};
const sweep = (from, to, n) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
console.log('drag β:', stats(await measure('beta', sweep(520, 700, 40))));
console.log('drag ρ:', stats(await measure('rho', sweep(600, 800, 40))));
console.log('drag α:', stats(await measure('alpha', sweep(200, 700, 40))));
console.log('drag Δ:', stats(await measure('delta', sweep(300, 600, 40))));
const aim = '#v=1&model=aim&T=2&alpha=0.1&rho=0.5&alphaMax=1';
console.log('attention model, softmax, drag ρ:', stats(await measure('rho', sweep(600, 800, 40), aim)));
console.log('attention model, softmax, drag α:', stats(await measure('alpha', sweep(200, 700, 40), aim)));
console.log('attention model, hardmax, drag ρ:', stats(await measure('rho', sweep(600, 700, 10), aim + '&channel=hardmax')));
await browser.close();

// Frame rate of the page while a simulation runs in its worker (GAMP-RIE sweep at d = 80).
{
  const p2 = await (await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })).newPage({ viewport: { width: 1280, height: 800 } });
  await p2.goto(url + '#v=1&alpha=0.5&beta=1&rho=0.5&delta=0&panel=sim&simD=80&simSeeds=2&simAlphas=0.3,0.5,0.7');
  await p2
    .getByTestId('side-status')
    .filter({ hasText: /computing/ })
    .waitFor();
  const fps = await p2.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        const t0 = performance.now();
        const tick = () => {
          frames++;
          if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (performance.now() - t0));
        };
        requestAnimationFrame(tick);
      }),
  );
  console.log(`frame rate during a GAMP-RIE run (d = 80): ${fps.toFixed(1)} fps`);
  await p2.context().browser().close();
}
