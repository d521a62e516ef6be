import { MODELS, findModel } from '../models/registry';
import { VERSION } from '../version';
import { commandsHelp, runCommand, UsageError } from './args';

const EXIT_CODES = 'Exit codes: 0 success, 2 bad input (one line on stderr), 1 numerical failure.';

/** The top-level help, written from every model's command table. */
async function topHelp(): Promise<string> {
  const rows: Array<[string, string]> = [];
  for (const m of MODELS) for (const [name, c] of Object.entries(await m.loadCommands())) rows.push([`${m.id} ${name}`, c.summary]);
  const w = Math.max(...rows.map(([n]) => n.length)) + 2;
  return [
    `tokenphase ${VERSION} — theory curves and simulations of learning from sequences of high-dimensional tokens`,
    '',
    'Usage: tokenphase <model> <command> [flags]      (tokenphase <model> <command> --help for one command)',
    '',
    'Models and commands:',
    ...MODELS.map((m) => `  ${m.id.padEnd(w)} ${m.title}`),
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
      for (const m of MODELS) text += `\n${commandsHelp(await m.loadCommands())}`;
      out(text);
      return 0;
    }
    if (model === '--version') {
      out(VERSION);
      return 0;
    }
    const def = findModel(model);
    if (!def) throw new UsageError(`unknown model '${model}'; available: ${MODELS.map((m) => m.id).join(', ')}`);
    const commands = await def.loadCommands();
    if (rest.length === 0) {
      err(`tokenphase: missing ${model} command; commands: ${Object.keys(commands).join(', ')} (tokenphase ${model} --help for their flags)`);
      return 2;
    }
    if (rest[0] === '--help' || rest[0] === '-h') {
      out(commandsHelp(commands));
      return 0;
    }
    out(await runCommand(model, commands, rest));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError) {
      err(`tokenphase: ${e.message}`);
      return 2;
    }
    err(`tokenphase: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
