import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * The authors' published data, copied byte for byte into the repository's data/published/ (one folder per
 * paper; data/published/README.md gives each file's source repository, path, commit and caveats).
 * Tests read them from there so the numbers checked are exactly the published ones.
 * TOKENPHASE_REFERENCE, when set, points to another folder with the same layout.
 */
export const REFERENCE_DIR = process.env.TOKENPHASE_REFERENCE ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../data/published');

/** A numeric CSV as records keyed by its header; empty cells become NaN. */
export function loadReferenceCsv(path: string): Record<string, number>[] {
  const file = resolve(REFERENCE_DIR, path);
  if (!existsSync(file)) {
    const where = process.env.TOKENPHASE_REFERENCE ? `${REFERENCE_DIR} (from TOKENPHASE_REFERENCE)` : `${REFERENCE_DIR} (the repository's data/published/)`;
    throw new Error(`reference data not found at ${file}: published data are read from ${where}; see data/published/README.md`);
  }
  const text = readFileSync(file, 'utf8').trim();
  const [head, ...lines] = text.split(/\r?\n/);
  const keys = head.split(',').map((k) => k.trim().replace(/^"|"$/g, ''));
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] === undefined || cells[i].trim() === '' ? NaN : Number(cells[i])]));
  });
}
