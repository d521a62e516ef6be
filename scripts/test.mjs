// `npm test`: the type check (tsc) and the lint (Biome), each counted as one test; the unit tests (Vitest,
// fast and slow tiers); a production build; then browser tests (Playwright, system Chromium) against it.
// Ends with one line `N passed, N failed` summing every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_HELP, findChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

// Suites that are one test each: pass or fail as a whole, on their exit codes (the same commands as
// `npm run typecheck` and `npm run lint`: Biome's lint rules and its formatting, checked, not applied).
for (const [name, commands] of [
  [
    'typecheck',
    [
      [bin('tsc'), ['--noEmit', '-p', '.']],
      [bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']],
    ],
  ],
  [
    'lint',
    [
      [bin('biome'), ['lint', '--error-on-warnings', '.']],
      [bin('biome'), ['format', '.']],
    ],
  ],
]) {
  console.log(`\n> ${name}`);
  const ok = commands.map(([cmd, args]) => run(cmd, args)).every((code) => code === 0);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

const before = { passed, failed };
const unitCode = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (unitCode !== 0 && (!unit || unit.numFailedTests === 0)) failed += 1; // the runner itself failed
summary.push(`unit: ${passed - before.passed} passed, ${failed - before.failed} failed`);
before.passed = passed;
before.failed = failed;

const buildCode = run(bin('vite'), ['build', '--logLevel', 'warn']);
if (buildCode !== 0) {
  console.error('The production build failed; browser tests were not run.');
  failed += 1;
  summary.push('build: FAILED');
} else {
  const e2eCode = run(bin('playwright'), ['test'], { CHROMIUM_PATH: chromium });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
  }
  if (e2eCode !== 0 && (!e2e || e2e.stats.unexpected === 0)) failed += 1;
  summary.push(`browser: ${passed - before.passed} passed, ${failed - before.failed} failed`);
}

console.log(`\n${summary.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
