/** Command-line parsing: flags of the form --name value (or --name=value), with clear errors. */

export class UsageError extends Error {}

/** A run that was asked for properly and did not succeed (exit 1, one line, not an internal error). */
export class FailureError extends Error {}

import type { CommandOutput, CommandTable, FlagSpecs } from '../models/contract';
import { oneLine } from './format';

export type { Command, CommandOutput, CommandTable, FlagSpec, FlagSpecs } from '../models/contract';

/** A value as typed, quoted for a message: one line, at most 40 characters. */
export function quoted(raw: string): string {
  return `'${oneLine(raw, 40)}'`;
}

export function parseFlags(argv: string[], specs: FlagSpecs): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${quoted(arg)} (flags look like --beta 1)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown flag --${oneLine(name, 40)}${suggest(name, Object.keys(specs))}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || (value.startsWith('--') && eq < 0)) throw new UsageError(`flag --${name} needs a value (${spec.kind})`);
    if (out.has(name)) throw new UsageError(`flag --${name} given twice`);
    if (spec.choices && !spec.choices.includes(value)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')} (got ${quoted(value)})`);
    out.set(name, value);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (!out.has(name) && spec.default !== undefined) out.set(name, spec.default);
    if (!out.has(name) && spec.required) throw new UsageError(`missing required flag --${name} (${spec.help})`);
  }
  return out;
}

/** Decimal numbers only: digits with an optional point and exponent (no hex, no `Infinity`, no `_`). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number written in decimal; `what` names the flag in the message. */
export function toNumber(what: string, raw: string): number {
  const s = raw.trim();
  if (!DECIMAL.test(s)) throw new UsageError(`${what} must be a number (got ${quoted(raw)})`);
  const v = Number(s);
  if (!Number.isFinite(v)) throw new UsageError(`${what} is beyond the largest double, about 1.8e308 (got ${quoted(raw)})`);
  return v;
}

export function toInteger(what: string, raw: string, min: number, max: number): number {
  const v = toNumber(what, raw);
  if (!Number.isInteger(v) || v < min || v > max) throw new UsageError(`${what} must be an integer from ${min} to ${max} (got ${quoted(raw)})`);
  return v;
}

/** Largest number of points a list may expand to, so a typo cannot ask for billions. */
export const MAX_LIST = 100_000;

/** `a,b,c` or `start:stop:step` (stop included when the step lands on it). */
export function toList(what: string, raw: string): number[] {
  const s = raw.trim();
  if (s === '') throw new UsageError(`${what} is an empty list`);
  if (s.includes(':')) {
    const parts = s.split(':');
    if (parts.length !== 3) throw new UsageError(`${what}: a range is start:stop:step (got ${quoted(raw)})`);
    const [a, b, h] = parts.map((p) => toNumber(what, p));
    if (!(h > 0)) throw new UsageError(`${what}: the step of a range must be > 0 (got ${quoted(parts[2])})`);
    if (b < a) throw new UsageError(`${what}: range stop ${b} is below start ${a}`);
    // Counted before anything is allocated; a step too small to move the start is refused as too many points.
    const n = a + h === a ? Infinity : Math.floor((b - a) / h + 1e-9) + 1;
    if (!(n <= MAX_LIST)) throw new UsageError(`${what}: the range has ${Number.isFinite(n) ? n : 'too many'} points; at most ${MAX_LIST} are allowed`);
    // Rounded to 12 significant digits so 0:1:0.1 prints 0.3, not 0.30000000000000004.
    return Array.from({ length: n }, (_, i) => Number((a + i * h).toPrecision(12)));
  }
  const items = s.split(',');
  // Counted first, so a huge list is refused before any item is parsed.
  if (items.length > MAX_LIST) throw new UsageError(`${what}: at most ${MAX_LIST} values are allowed (got ${items.length})`);
  if (items.some((x) => x.trim() === '')) throw new UsageError(`${what}: empty item in list ${quoted(raw)}`);
  return items.map((x) => toNumber(what, x));
}

function suggest(name: string, known: string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= 2 ? ` (did you mean --${best}?)` : `; known flags: ${known.map((k) => `--${k}`).join(' ')}`;
}

export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

export function helpFor(usage: string, specs: FlagSpecs): string {
  const w = Math.max(...Object.keys(specs).map((k) => k.length)) + 2;
  const lines = Object.entries(specs).map(([k, s]) => {
    const extra = [s.required ? 'required' : '', s.default !== undefined ? `default ${s.default}` : '', s.choices ? s.choices.join('|') : '']
      .filter(Boolean)
      .join('; ');
    return `  --${k.padEnd(w)} ${s.help}${extra ? ` (${extra})` : ''}`;
  });
  return `${usage}\n\nFlags:\n${lines.join('\n')}\n`;
}

/** Help text of every command of one model. */
export function commandsHelp(commands: CommandTable): string {
  return Object.values(commands)
    .map((c) => helpFor(c.usage, c.flags))
    .join('\n');
}

/** Runs `<command> [flags]` from one model's command table. */
export function runCommand(model: string, commands: CommandTable, argv: string[]): CommandOutput | Promise<CommandOutput> {
  const [cmd, ...rest] = argv;
  const c = cmd ? commands[cmd] : undefined;
  const known = `commands: ${Object.keys(commands).join(', ')}`;
  if (!c) throw new UsageError(cmd ? `unknown ${model} command ${quoted(cmd)}; ${known}` : `missing ${model} command; ${known}`);
  if (rest.includes('--help') || rest.includes('-h')) return helpFor(c.usage, c.flags);
  return c.run(parseFlags(rest, c.flags));
}
