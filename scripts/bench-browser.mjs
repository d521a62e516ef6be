// The simulation benchmarks in Chromium: builds bench/browser/ (a page that runs bench/rows/sim.ts in a Web
// Worker), serves it with a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', as the app
// has), opens it in the system Chromium and prints the rows as `npm run bench -- --json` does.
//   npm run bench:browser [-- --only PREFIX …]      (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from './chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'";

const args = process.argv.slice(2);
const only = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--only' && args[i + 1]) only.push(args[++i]);
const exe = findChromium();
if (!exe) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'tokenphase-bench-'));
const common = { configFile: false, root: join(ROOT, 'bench', 'browser'), logLevel: 'warn', base: './' };
await build({ ...common, build: { outDir: out, emptyOutDir: true, target: 'es2022' }, worker: { format: 'es' } });
const server = await preview({ ...common, build: { outDir: out }, preview: { port: 4397, strictPort: false, headers: { 'Content-Security-Policy': CSP } } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}?only=${encodeURIComponent(only.join(','))}`);
  await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 30 * 60_000, polling: 1000 });
  const rows = await page.evaluate(() => window.__bench.rows);
  console.log(JSON.stringify({ browser: browser.version(), rows, problems }));
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
