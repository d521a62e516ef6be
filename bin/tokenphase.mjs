#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so the CLI and the browser share one source.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
const code = runCli(
  process.argv.slice(2),
  (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  (s) => process.stderr.write(s + '\n'),
);
process.exitCode = code;
