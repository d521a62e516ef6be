import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { CLI_BUNDLE, cliBundleIsStale, ensureCli } from '../../scripts/build-cli.mjs';
import { runCli } from './main';

const bin = fileURLToPath(new URL('../../bin/tokenphase.mjs', import.meta.url));
const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });

describe('the built command line (dist-cli/tokenphase.mjs through bin/tokenphase.mjs)', () => {
  beforeAll(() => {
    expect(ensureCli({ quiet: true }), 'npm run build:cli failed').toBe(0);
    expect(cliBundleIsStale(), `${CLI_BUNDLE} is older than src/`).toBe(false);
  });

  it('prints the same thresholds as the in-process CLI and exits 0', async () => {
    const argv = ['bsr', 'thresholds', '--beta', '2', '--rho', '0.5'];
    const r = node([bin, ...argv]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.alphaPR).toBeCloseTo(0.625, 12);
    expect(j.alphaMNNE).toBeGreaterThan(j.alphaPR);
    let out = '';
    const code = await runCli(
      argv,
      (s) => (out += s),
      () => {},
    );
    expect(code).toBe(0);
    expect(j).toEqual(JSON.parse(out));
  });

  it('exits 2 with one line on stderr on bad input', () => {
    const r = node([bin, 'bsr', 'thresholds', '--beta', 'x', '--rho', '0.5']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says how to build it when the bundle is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenphase-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin', 'tokenphase.mjs'));
      const r = node([join(dir, 'bin', 'tokenphase.mjs'), '--help']);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('npm run build:cli');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
