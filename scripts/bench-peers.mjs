// Tokenphase's simulation rows side by side with the numpy ports of the authors' algorithms, alternating the
// two sides for a few rounds in one run (one thread each) and printing the ratios of the medians.
//   node scripts/bench-peers.mjs [--rounds 3] [--peers DIR] [--only PREFIX …]
// (DIR: the peers' folder, default ../shared/peers; --only keeps the rows whose name starts with PREFIX.)
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const rounds = Number(opt('--rounds', '3'));
const peers = resolve(ROOT, opt('--peers', '../shared/peers'));

// One thread for numpy's BLAS; OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE slow a current numpy, so the peers run without them.
const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' };
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;

const ALL_PAIRS = [
  { row: 'bsr.gamp.iter.d60', peers: { f64: ['peer_amp.py', '60', '8', '--se'], f32: ['peer_amp.py', '60', '8', '--se', '--f32'] } },
  { row: 'bsr.gamp.iter.d100', peers: { f64: ['peer_amp.py', '100', '8', '--se'], f32: ['peer_amp.py', '100', '8', '--se', '--f32'] } },
  { row: 'bsr.gd.step.d40', peers: { f32: ['peer_gd.py', '40', '300'], f64: ['peer_gd.py', '40', '300', '--f64'] } },
];
const only = args.flatMap((a, i) => (a === '--only' && args[i + 1] ? [args[i + 1]] : []));
const PAIRS = ALL_PAIRS.filter((p) => !only.length || only.some((o) => p.row.startsWith(o)));

const ours = Object.fromEntries(PAIRS.map((p) => [p.row, []]));
// A row's other times (a gradient step's time over whole runs of 200 steps), kept to show beside the medians.
const oursRuns = Object.fromEntries(PAIRS.map((p) => [p.row, []]));
const theirs = Object.fromEntries(PAIRS.flatMap((p) => Object.keys(p.peers).map((k) => [`${p.row}:${k}`, []])));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.error(
  execFileSync('python3', [join(peers, 'blasinfo.py')], { env, encoding: 'utf8' })
    .trim()
    .split('\n')
    .join('; '),
);
for (let r = 0; r < rounds; r++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), '--json', ...PAIRS.flatMap((p) => ['--only', p.row])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const row of JSON.parse(out.trim().split('\n').pop()).rows) {
    ours[row.name]?.push(row.median_ms);
    if (row.runs_of_200_ms !== undefined) oursRuns[row.name]?.push(row.runs_of_200_ms);
  }
  for (const p of PAIRS)
    for (const [k, cmd] of Object.entries(p.peers)) {
      const j = JSON.parse(execFileSync('python3', [join(peers, cmd[0]), ...cmd.slice(1)], { env, encoding: 'utf8', maxBuffer: 1 << 26 }));
      theirs[`${p.row}:${k}`].push(j.median_s * 1000);
    }
  console.error(`round ${r + 1} of ${rounds} done`);
}
const table = PAIRS.map((p) => {
  const t = median(ours[p.row]);
  const o = { row: p.row, tokenphase_ms: +t.toFixed(3), rounds: ours[p.row].map((x) => +x.toFixed(3)) };
  if (oursRuns[p.row].length) o.tokenphase_runs_of_200_ms = +median(oursRuns[p.row]).toFixed(3);
  for (const k of Object.keys(p.peers)) {
    const n = median(theirs[`${p.row}:${k}`]);
    o[`numpy_${k}_ms`] = +n.toFixed(3);
    o[`ratio_vs_${k}`] = +(t / n).toFixed(2);
    o[`numpy_${k}_rounds`] = theirs[`${p.row}:${k}`].map((x) => +x.toFixed(3));
  }
  return o;
});
console.log(JSON.stringify({ rows: table }, null, 1));
