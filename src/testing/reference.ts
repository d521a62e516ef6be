import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * The authors' published data live beside the project in ../shared/reference (read-only).
 * Tests read them from there so the numbers checked are exactly the published ones.
 */
export const REFERENCE_DIR = process.env.TOKENPHASE_REFERENCE ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/reference');

/** A numeric CSV as records keyed by its header; empty cells become NaN. */
export function loadReferenceCsv(path: string): Record<string, number>[] {
  const file = resolve(REFERENCE_DIR, path);
  if (!existsSync(file)) throw new Error(`reference data not found at ${file}: the published data live in ../shared/reference beside the project (or set TOKENPHASE_REFERENCE)`);
  const text = readFileSync(file, 'utf8').trim();
  const [head, ...lines] = text.split(/\r?\n/);
  const keys = head.split(',').map((k) => k.trim().replace(/^"|"$/g, ''));
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] === undefined || cells[i].trim() === '' ? NaN : Number(cells[i])]));
  });
}
