/** Output in the two formats every command offers. */

export type Format = 'json' | 'csv';

export function toJson(value: unknown): string {
  // Non-finite numbers are not JSON; null says "no value" explicitly.
  return JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
}

/** Columns of equal length as CSV, preceded by `# key: value` comment lines for the parameters. */
export function toCsv(header: Record<string, unknown>, columns: Record<string, ArrayLike<unknown>>): string {
  const names = Object.keys(columns);
  const n = Math.max(0, ...names.map((k) => columns[k].length));
  const lines = Object.entries(header).map(([k, v]) => `# ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  lines.push(names.join(','));
  for (let i = 0; i < n; i++) lines.push(names.map((k) => cell(columns[k][i])).join(','));
  return lines.join('\n');
}

function cell(v: unknown): string {
  // A point without a value has an empty cell; its status and reason columns say why.
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Any text as one printable line: control characters and line separators escaped, long text cut. */
export function oneLine(s: string, max = 400): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped here
  const t = s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
