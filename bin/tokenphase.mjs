#!/usr/bin/env node
// Starts the command line from its prebuilt bundle (dist-cli/, written by `npm run build:cli`, which
// `npm ci` and `npm run build` run), so no TypeScript is compiled at start-up.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/tokenphase.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('tokenphase: the command line is not built yet; run `npm run build:cli` in the project folder.\n');
  process.exit(1);
}
const { runCli } = await import(bundle.href);
const code = await runCli(
  process.argv.slice(2),
  (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  (s) => process.stderr.write(s + '\n'),
);
process.exitCode = code;
