// Finds the system Chromium used by the browser tests; a browser is never downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const p = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    if (p) return p;
  } catch {
    // not on PATH
  }
  return null;
}

export const CHROMIUM_HELP =
  'No Chromium found for the browser tests. Install the system package (Debian/Ubuntu: sudo apt-get install chromium)\n' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary. The tests never download a browser.';

/** Flags for a headless Chromium on a machine without network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
