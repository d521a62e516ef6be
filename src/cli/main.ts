import { MODELS } from '../models/registry';
import { VERSION } from '../version';
import type { CommandTable } from '../models/contract';
import { commandsHelp, FailureError, quoted, runCommand, UsageError } from './args';
import { oneLine } from './format';

/** Commands that work across models, listed after the models' own. */
const TOOLS: Record<string, { title: string; load: () => Promise<CommandTable> }> = {
  sweep: { title: 'simulation sweeps on this machine or a cluster', load: async () => (await import('./sweep/commands')).sweepCommands },
};

/** Every command group: the registered models, then the tools. */
const GROUPS = [...MODELS.map((m) => ({ id: m.id, title: m.title, load: m.loadCommands })), ...Object.entries(TOOLS).map(([id, t]) => ({ id, ...t }))];

const EXIT_CODES =
  'Exit codes: 0 success; 2 bad input, refused before any work (one line on stderr, with the valid range);\n' +
  '1 a numerical failure (points without a value are marked in the output and named in one line on stderr) or an internal error.';

/** The top-level help, written from every model's command table. */
async function topHelp(): Promise<string> {
  const rows: Array<[string, string]> = [];
  for (const g of GROUPS) for (const [name, c] of Object.entries(await g.load())) rows.push([`${g.id} ${name}`, c.summary]);
  const w = Math.max(...rows.map(([n]) => n.length)) + 2;
  return [
    `tokenphase ${VERSION} — theory curves and simulations of learning from sequences of high-dimensional tokens`,
    '',
    'Usage: tokenphase <model> <command> [flags]      (tokenphase <model> <command> --help for one command)',
    '',
    'Models and commands:',
    ...GROUPS.map((g) => `  ${g.id.padEnd(w)} ${g.title}`),
    '',
    ...rows.map(([n, s]) => `  ${n.padEnd(w)} ${s}`),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

/** Runs the CLI; resolves to the exit code. Output and errors go through the given writers. */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const [model, ...rest] = argv;
    if (!model || model === '--help' || model === '-h' || model === 'help') {
      if (!model) {
        err('tokenphase: missing model; usage: tokenphase <model> <command> [flags] (tokenphase --help lists them)');
        return 2;
      }
      let text = await topHelp();
      for (const g of GROUPS) text += `\n${commandsHelp(await g.load())}`;
      out(text);
      return 0;
    }
    if (model === '--version') {
      out(VERSION);
      return 0;
    }
    const group = GROUPS.find((g) => g.id === model);
    if (!group) throw new UsageError(`unknown model ${quoted(model)}; available: ${GROUPS.map((g) => g.id).join(', ')}`);
    const commands = await group.load();
    if (rest.length === 0) {
      err(`tokenphase: missing ${model} command; commands: ${Object.keys(commands).join(', ')} (tokenphase ${model} --help for their flags)`);
      return 2;
    }
    if (rest[0] === '--help' || rest[0] === '-h') {
      out(commandsHelp(commands));
      return 0;
    }
    const res = await runCommand(model, commands, rest);
    if (typeof res === 'string') {
      out(res);
      return 0;
    }
    out(res.text);
    if (res.failed === null) return 0;
    err(`tokenphase: ${oneLine(res.failed)}`);
    return 1;
  } catch (e) {
    return reportError(e, err);
  }
}

/**
 * The exit code of a thrown error, with its one line on stderr. Only a UsageError is the user's (exit 2):
 * anything else, a RangeError from inside the mathematics included, is a fault of the program and said to be.
 */
export function reportError(e: unknown, err: (s: string) => void): number {
  if (e instanceof FailureError) {
    err(`tokenphase: ${oneLine(e.message)}`);
    return 1;
  }
  if (e instanceof UsageError) {
    err(`tokenphase: ${oneLine(e.message)}`);
    return 2;
  }
  err(`tokenphase: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  return 1;
}
