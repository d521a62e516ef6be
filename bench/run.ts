/**
 * Speed of the numerical core, measured in Node on one core. Prints a table (or, with --json,
 * {"rows":[{"name","median_ms","p95_ms",…}]}); asserts nothing. `--only PREFIX` (repeatable) runs the rows
 * whose name starts with PREFIX; rows that need gigabytes (d = 200) run only when named in full.
 * Run with `npm run bench [-- --json] [-- --only bsr.gamp]`. `--live` adds the browser rows of
 * `npm run bench:live` (sliders, phase diagrams and cold load in headless Chromium on a production build).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { liveRows } from './rows/live';
import { heavyRows, simRows } from './rows/sim';
import { theoryRows, warmTheory } from './rows/theory';
import { summary, type BenchRow } from './rows/types';

/** The first iterations of a run in a fresh process against its warm ones. */
function coldRow(d: number): BenchRow {
  return {
    name: `bsr.gamp.first.d${d}`,
    what: `BSR GAMP-RIE first iteration in a fresh process, d = ${d} (extra: warm median and the ratio)`,
    run: () => {
      const script = fileURLToPath(new URL('./cold.ts', import.meta.url));
      const r = spawnSync(process.execPath, ['--import', 'tsx', script, String(d)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`bench/cold.ts failed: ${r.stderr}`);
      const times: number[] = JSON.parse(r.stdout.trim().split('\n').pop()!).times_ms;
      const warm = summary(times.slice(2)).median_ms;
      return {
        median_ms: times[0],
        p95_ms: times[0],
        extra: { second_ms: +times[1].toFixed(2), warm_ms: +warm.toFixed(2), first_over_warm: +(times[0] / warm).toFixed(2) },
      };
    },
  };
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const only: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--only' && args[i + 1]) only.push(args[++i]);

const all = [...simRows, coldRow(60), coldRow(100), ...theoryRows, ...liveRows];
const rows = [...all.filter((r) => !only.length || only.some((p) => r.name.startsWith(p))), ...heavyRows.filter((r) => only.includes(r.name))];
if (rows.some((r) => theoryRows.includes(r))) warmTheory();

const results: Array<{ name: string; what: string; median_ms: number; p95_ms: number } & Record<string, unknown>> = [];
for (const row of rows) {
  const r = row.run();
  results.push({ name: row.name, what: row.what, median_ms: +r.median_ms.toFixed(4), p95_ms: +r.p95_ms.toFixed(4), ...r.extra });
  if (!json) {
    const extra = r.extra
      ? Object.entries(r.extra)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '';
    console.log(`${row.name.padEnd(26)} ${r.median_ms.toFixed(3).padStart(10)} ms  p95 ${r.p95_ms.toFixed(3).padStart(10)} ms  ${extra}  ${row.what}`);
  }
}
if (args.includes('--live')) {
  const script = fileURLToPath(new URL('../scripts/bench-live.mjs', import.meta.url));
  const live = spawnSync(process.execPath, [script, '--json', ...only.flatMap((p) => ['--only', p])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (live.status !== 0) throw new Error('scripts/bench-live.mjs failed');
  const lines = live.stdout.trim().split('\n');
  for (const row of JSON.parse(lines[lines.length - 1]).rows) {
    results.push(row);
    if (!json) console.log(`${row.name.padEnd(26)} ${row.median_ms.toFixed(3).padStart(10)} ms  p95 ${row.p95_ms.toFixed(3).padStart(10)} ms  ${row.what}`);
  }
}
if (json) console.log(JSON.stringify({ rows: results }));
