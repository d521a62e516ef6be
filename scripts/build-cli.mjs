// Builds the command line into dist-cli/tokenphase.mjs (see vite.cli.config.ts), which bin/tokenphase.mjs runs.
//   node scripts/build-cli.mjs            build now (`npm run build:cli`; `npm ci` and `npm run build` run it too)
//   node scripts/build-cli.mjs --if-stale build only if the bundle is missing or older than its sources
//   node scripts/build-cli.mjs --no-fail  report a failed build but exit 0 (`npm ci`: the tests then report it)
// The bundle is written to a scratch folder and moved into place, so a CLI started meanwhile never reads half a file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'dist-cli', 'tokenphase.mjs');
const SOURCES = ['src', 'vite.cli.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** True when dist-cli/tokenphase.mjs is missing or older than a file it is built from. */
export function cliBundleIsStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  return statSync(CLI_BUNDLE).mtimeMs < Math.max(...SOURCES.map((p) => newest(join(ROOT, p))));
}

/** Builds the bundle; returns the exit code of the build. */
export function buildCli({ quiet = false } = {}) {
  const out = join(ROOT, 'dist-cli');
  const scratch = join(ROOT, `dist-cli.tmp-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', scratch, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    rmSync(scratch, { recursive: true, force: true });
    return r.status ?? 1;
  }
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(scratch)) {
    if (statSync(join(scratch, f)).isDirectory()) rmSync(join(out, f), { recursive: true, force: true });
    renameSync(join(scratch, f), join(out, f));
  }
  rmSync(scratch, { recursive: true, force: true });
  return 0;
}

/** Builds the bundle if it is missing or stale; returns the exit code (0 when nothing had to be done). */
export function ensureCli(options) {
  return cliBundleIsStale() ? buildCli(options) : 0;
}

/** Vitest global setup: tests that start bin/tokenphase.mjs as a process see the current sources. */
export default function setup() {
  if (ensureCli({ quiet: true }) !== 0) console.warn('tokenphase: building the command line failed; tests of bin/tokenphase.mjs will fail.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !cliBundleIsStale()) process.exit(0);
  const code = buildCli();
  if (code === 0) console.log('Built the command line: dist-cli/tokenphase.mjs');
  else console.error('tokenphase: building the command line failed (see above); bin/tokenphase.mjs will not start until it builds.');
  process.exit(process.argv.includes('--no-fail') ? 0 : code);
}
