// Two versions of the page side by side at a cold load: builds each (a git revision, or `.` for the working tree),
// serves both, and alternates fresh-context loads of the same links between them, so that both see the machine in
// the same state. On this 2-core machine one version's medians move by up to 100 ms between runs of `bench:live`,
// more than most changes to the start-up path; alternated, a change of 15–35 ms showed with the same sign run after
// run. Asserts nothing.
//   npm run bench:cold-ab -- REV_A REV_B [--runs N] [--links bsr,aim,smi,home]
// Prints, per link and version, the median and largest time from navigation to the first curve painted, and the
// median of the paired differences (B − A, load by load).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { COLD_LINKS, coldLoad } from './coldLoad.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : def;
};
const runs = Number(option('--runs', '9'));
const links = option('--links', 'bsr,aim,smi').split(',');
if (args.length !== 2 || !(runs >= 1)) {
  console.error('usage: npm run bench:cold-ab -- REV_A REV_B [--runs N] [--links bsr,aim,smi,home]   (REV: a git revision, or . for the working tree)');
  process.exit(2);
}
for (const rev of args) {
  if (rev === '.') continue;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    console.error(`not a revision of this repository: ${rev}`);
    process.exit(2);
  }
}
const exe = findChromium();
if (!exe) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

for (const l of links) if (!COLD_LINKS[l]) throw new Error(`unknown link ${l} (one of ${Object.keys(COLD_LINKS).join(', ')})`);

const scratch = mkdtempSync(join(tmpdir(), 'tokenphase-ab-'));
const worktrees = [];
/** Builds a revision (in a worktree that shares this checkout's node_modules) or the working tree; returns its output. */
async function buildVersion(rev, i) {
  let root = ROOT;
  if (rev !== '.') {
    root = join(scratch, `src-${i}`);
    execFileSync('git', ['worktree', 'add', '--detach', root, rev], { cwd: ROOT, stdio: 'ignore' });
    worktrees.push(root);
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  }
  const outDir = join(scratch, `dist-${i}`);
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 4410 + i, strictPort: false } });
}

const servers = [];
try {
  for (const [i, rev] of args.entries()) servers.push(await buildVersion(rev, i));
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
  const times = links.map(() => [[], []]);
  for (let r = 0; r < runs; r++)
    // A and B in turn, the first of the pair alternating from run to run.
    for (const [li, link] of links.entries())
      for (const v of r % 2 ? [1, 0] : [0, 1]) times[li][v].push(await coldLoad(browser, servers[v].resolvedUrls.local[0], COLD_LINKS[link]));
  await browser.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`cold load to the first curve, ${runs} alternated loads per version (ms): A = ${args[0]}, B = ${args[1]}`);
  for (const [li, link] of links.entries()) {
    const [a, b] = times[li];
    const diff = median(b.map((t, k) => t - a[k]));
    const row = (xs) =>
      `median ${median(xs).toFixed(0).padStart(4)}  max ${Math.max(...xs)
        .toFixed(0)
        .padStart(4)}`;
    console.log(`${link.padEnd(5)} A ${row(a)}   B ${row(b)}   B − A, median of pairs ${diff >= 0 ? '+' : ''}${diff.toFixed(0)}`);
  }
} finally {
  for (const s of servers) await s.close();
  for (const w of worktrees) execFileSync('git', ['worktree', 'remove', '--force', w], { cwd: ROOT, stdio: 'ignore' });
  rmSync(scratch, { recursive: true, force: true });
}
