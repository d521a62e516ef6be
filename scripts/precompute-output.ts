/**
 * Shared by the precompute scripts: how a run is recorded (command, package version, git commit) and how a
 * generated data file is laid out (one table row per line, values exactly as computed).
 */
import { execFileSync } from 'node:child_process';
import { VERSION } from '../src/version';

/** How one data file was made; written into the file as a header comment and as an exported constant. */
export interface Provenance {
  /** the invocations that made the data, in order (the parts, then `write`) */
  command: string[];
  /** package version (src/version.ts) of the code that computed the data */
  version: string;
  /** git commit of that code; `-dirty` when src/ or scripts/ had uncommitted changes */
  commit: string;
  /** how this write assembled the file's rows from its parts, and anything the fields above cannot say */
  note?: string;
  /**
   * Notes on earlier writes and their runs, carried unchanged from write to write (each once), so that a
   * file written from the previous one (`shipped`) keeps them flat instead of quoting the previous note.
   */
  history?: string[];
}

/** What every part carries into `write`: its record, and for a `shipped` part the history of the file read back. */
export interface PartMeta {
  made?: PartRecord;
  history?: string[];
}

/** Said once in the history of a file written from an earlier version of itself. */
const SHIPPED_HISTORY = 'Commands joined by && made an earlier version of this file; `shipped` read it back as a part of the next write.';

/** Each note once, in order. */
function joinHistory(notes: (string | undefined)[]): string[] | undefined {
  const all = [...new Set(notes.filter((x): x is string => !!x))];
  return all.length ? all : undefined;
}

/** The shipped file as a part: its invocations joined by && as one record, and its note added to its history. */
export function shippedMeta(p: Provenance): PartMeta {
  return {
    made: { command: p.command.join(' && '), version: p.version, commit: p.commit },
    history: joinHistory([...(p.history ?? []), SHIPPED_HISTORY, p.note && `An earlier write: ${p.note}`]),
  };
}

/**
 * A write's provenance: its parts' records and this invocation (mergeRuns); its note, from `notes` (how it assembled
 * the rows) and PRECOMPUTE_NOTE (anything the records cannot say, e.g. what uncommitted changes a -dirty commit
 * carried); and the history of the file read back by `shipped`, kept in full.
 */
export function writeProvenance(parts: PartMeta[], script: string, notes: (string | undefined)[]): Provenance {
  const provenance = mergeRuns(
    parts.map((p) => p.made),
    thisRun(script),
  );
  const all = [provenance.note, ...notes, process.env.PRECOMPUTE_NOTE].filter((x) => x);
  if (all.length) provenance.note = all.join(' ');
  provenance.history = joinHistory(parts.flatMap((p) => p.history ?? []));
  return provenance;
}

/** What a part (one computing invocation) records about itself; `write` merges these. */
export interface PartRecord {
  command: string;
  version: string;
  commit: string;
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}-dirty` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** This invocation, as `npx tsx scripts/<script> <arguments>`. */
export function thisRun(script: string): PartRecord {
  return { command: ['npx tsx', `scripts/${script}`, ...process.argv.slice(2)].join(' '), version: VERSION, commit: gitCommit() };
}

/** Merges the records of the parts with the `write` invocation; differing versions or commits are all listed. */
export function mergeRuns(parts: (PartRecord | undefined)[], write: PartRecord): Provenance {
  const known = parts.filter((p): p is PartRecord => p !== undefined);
  const missing = parts.length - known.length;
  const uniq = (xs: string[]) => [...new Set(xs)].join(', ');
  return {
    command: [...known.map((p) => p.command), write.command],
    version: uniq(known.length ? known.map((p) => p.version) : [write.version]),
    commit: uniq(known.length ? known.map((p) => p.commit) : [write.commit]),
    ...(missing ? { note: `${missing} part file(s) carried no record of how they were made` } : {}),
  };
}

/** The provenance as comment lines (` * …`) for a file header. */
export function provenanceComment(p: Provenance): string {
  const lines = [' * Made by:', ...p.command.map((c) => ` *   ${c}`), ` * Version ${p.version}, commit ${p.commit}.`];
  if (p.note) lines.push(...wrap(p.note, 110).map((l) => ` * ${l}`));
  if (p.history?.length) {
    lines.push(' * Earlier writes:');
    for (const h of p.history) lines.push(...wrap(h, 108).map((l, i) => ` * ${i === 0 ? '-' : ' '} ${l}`));
  }
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
/** A row: a scalar, an array of scalars, or an object whose values are scalars or arrays of scalars. */
const isRow = (v: unknown): boolean =>
  isScalar(v) || (Array.isArray(v) ? v.every(isScalar) : Object.values(v as object).every((x) => isScalar(x) || (Array.isArray(x) && x.every(isScalar))));
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

function inline(v: unknown): string {
  if (isScalar(v)) return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  return `{ ${Object.entries(v as object)
    .map(([k, x]) => `${key(k)}: ${inline(x)}`)
    .join(', ')} }`;
}

/**
 * A TypeScript literal of JSON data with one row per line: rows (see isRow) stay on one line, anything
 * larger opens one line per element. Numbers are printed as JSON.stringify prints them, so they read back
 * exactly.
 */
export function formatData(v: unknown, indent = ''): string {
  if (isRow(v)) return inline(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${inner}${formatData(x, inner)},\n`).join('')}${indent}]`;
  return `{\n${Object.entries(v as object)
    .map(([k, x]) => `${inner}${key(k)}: ${formatData(x, inner)},\n`)
    .join('')}${indent}}`;
}

/**
 * The source of a generated table's provenance: its type, the quadrature constant and the provenance
 * constant, named with `prefix` (PRECOMPUTED, PRECOMPUTED3).
 */
export function provenanceSource(prefix: string, typeName: string, quadrature: unknown, p: Provenance): string {
  return `/** How this file was made: the invocations, the package version and git commit of the code, the quadrature. */
export interface ${typeName} {
  command: string[];
  version: string;
  commit: string;
  quadrature: typeof ${prefix}_QUADRATURE;
  note?: string;
  history?: string[];
}

export const ${prefix}_QUADRATURE = ${formatData(quadrature)};

export const ${prefix}_PROVENANCE: ${typeName} = {
  command: [
${p.command.map((c) => `    ${JSON.stringify(c)},\n`).join('')}  ],
  version: ${JSON.stringify(p.version)},
  commit: ${JSON.stringify(p.commit)},
  quadrature: ${prefix}_QUADRATURE,${p.note ? `\n  note: ${JSON.stringify(p.note)},` : ''}${
    p.history?.length ? `\n  history: [\n${p.history.map((h) => `    ${JSON.stringify(h)},\n`).join('')}  ],` : ''
  }
};`;
}
