/**
 * The CLI's number contract, tried as a tester would: a few hundred seeded random argument vectors against
 * all fifteen model commands, in five categories (valid inputs, values at and just past the edges of the
 * ranges, malformed numbers, malformed command lines, oversized inputs). Every vector must end in one of the
 * three documented ways: exit 0 with only finite numbers, exit 2 with one line naming the bad input, or
 * exit 1 with the output marking the points that have no value and one line saying which. An internal error,
 * a second line on stderr, a null or NaN after exit 0, or a vector slower than its budget fails the test.
 */
import { describe, expect, it } from 'vitest';
import { AIM_RANGES } from '../models/aim/cli';
import { BSR_RANGES } from '../models/bsr/cli';
import { SMI_RANGES } from '../models/smi/cli';
import { PRECOMPUTED, PRECOMPUTED_THRESHOLDS } from '../models/smi/theory/precomputed';
import { PRECOMPUTED3, PRECOMPUTED3_LAST } from '../models/smi/theory/precomputed3';
import { runCli } from './main';

type Category = 'valid' | 'edge' | 'malformed' | 'structure' | 'large';
type Flags = Record<string, string>;
interface Vector {
  category: Category;
  argv: string[];
}

/** mulberry32: a small seeded generator, so a failing vector can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const R = {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    /** Log-uniform in [lo, hi], printed with 4 significant digits. */
    log: (lo: number, hi: number) => Number(Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo))).toPrecision(4)),
    uni: (lo: number, hi: number) => Number((lo + next() * (hi - lo)).toPrecision(4)),
  };
  return R;
}
type Rng = ReturnType<typeof rng>;

const s = (x: number) => String(x);
const list = (r: Rng, lo: number, hi: number, max = 5) => Array.from({ length: r.int(1, max) }, () => (r.next() < 0.15 ? '0' : s(r.log(lo, hi)))).join(',');
const shipped2 = [...new Set(PRECOMPUTED.filter((p) => p.epsilon === 0).map((p) => p.c))];
const shipped3 = [...new Set(PRECOMPUTED3.filter((p) => p.epsilon === 0).map((p) => p.c))];

/** A valid flag set for each command: sizes small enough that a simulation takes well under a second. */
const VALID: Record<string, (r: Rng) => Flags> = {
  'bsr curve': (r) => ({
    beta: s(r.log(1e-4, 1e4)),
    rho: s(r.log(1e-4, 1e4)),
    delta: r.next() < 0.4 ? '0' : s(r.log(1e-6, 1e4)),
    alpha: list(r, 1e-12, 1e12),
    axis: r.pick(['alpha', 'alphaTilde']),
  }),
  'bsr thresholds': (r) => ({ beta: s(r.log(1e-4, 1e4)), rho: s(r.log(1e-4, 1e4)) }),
  'bsr density': (r) => ({ beta: s(r.log(1e-4, 1e4)), rho: s(r.log(1e-4, 1e4)), zeta: s(r.log(1e-6, 1e6)), points: s(r.int(2, 400)) }),
  'bsr free-entropy': (r) => ({
    beta: s(r.log(1e-4, 1e4)),
    rho: s(r.log(1e-4, 1e4)),
    delta: r.next() < 0.4 ? '0' : s(r.log(1e-6, 1e4)),
    alpha: s(r.log(1e-12, 1e12)),
    points: s(r.int(2, 200)),
  }),
  'bsr amp': (r) => ({
    d: s(r.int(4, 24)),
    beta: s(r.uni(0.5, 2)),
    rho: s(r.uni(0.1, 1)),
    delta: r.pick(['0', '0.1']),
    alpha: s(r.uni(0.1, 1.5)),
    seed: s(r.int(0, 99)),
    'max-iter': s(r.int(1, 25)),
  }),
  'bsr gd': (r) => ({
    d: s(r.int(4, 12)),
    beta: s(r.uni(0.5, 2)),
    rho: s(r.uni(0.1, 1)),
    alpha: s(r.uni(0.1, 1.5)),
    averages: s(r.int(1, 3)),
    steps: s(r.int(1, 150)),
    lr: s(r.log(1e-3, 0.5)),
    init: r.pick(['prior', 'small']),
  }),
  'bsr mnne': (r) => ({ d: s(r.int(4, 8)), beta: s(r.uni(0.5, 1.5)), rho: s(r.uni(0.1, 0.5)), alpha: s(r.uni(0.1, 0.9)), 'max-iter': s(r.int(1, 200)) }),
  'aim curve': (r): Flags =>
    r.next() < 0.3
      ? { channel: 'hardmax', rho: s(r.log(1e-4, 1e4)), alpha: list(r, 1e-9, 1e9, 2) }
      : { channel: 'softmax', T: s(r.int(2, 1000)), rho: s(r.log(1e-4, 1e4)), alpha: list(r, 1e-12, 1e12) },
  'aim thresholds': (r) => ({ T: s(r.int(2, 1000)), rho: s(r.log(1e-4, 1e4)) }),
  'aim amp': (r) => ({
    channel: r.pick(['softmax', 'hardmax']),
    D: s(r.int(4, 16)),
    rho: s(r.uni(0.2, 1)),
    alpha: s(r.uni(0.05, 0.6)),
    'max-iter': s(r.int(1, 15)),
  }),
  'aim gd': (r) => ({
    T: s(r.int(2, 3)),
    D: s(r.int(4, 10)),
    rho: s(r.uni(0.2, 1)),
    alpha: s(r.uni(0.05, 0.5)),
    steps: s(r.int(1, 40)),
    averages: s(r.int(1, 2)),
    optimizer: r.pick(['adam', 'gd']),
    lr: s(r.log(1e-3, 0.3)),
  }),
  'smi curve': (r) => {
    const layers = r.pick(['2', '3']);
    const paper = layers === '2' && r.next() < 0.25;
    return { layers, skip: s(paper ? 1 : r.pick(layers === '2' ? shipped2 : shipped3)), alpha: list(r, 1e-6, 1e6), convention: paper ? 'paper' : 'exact' };
  },
  'smi thresholds': (r) => {
    const layers = r.pick(['2', '3']);
    return { layers, skip: s(r.pick((layers === '2' ? PRECOMPUTED_THRESHOLDS : PRECOMPUTED3_LAST).map((p) => p.c))) };
  },
  'smi amp': (r) => ({
    layers: r.next() < 0.2 ? '3' : '2',
    D: s(r.int(8, 30)),
    alpha: s(r.uni(0.2, 3)),
    skip: s(r.uni(0.3, 2)),
    'max-iter': s(r.int(1, 4)),
    se: r.pick(['yes', 'no']),
  }),
  'smi gd': (r) => ({ D: s(r.int(4, 20)), alpha: s(r.uni(1, 20)), skip: s(r.uni(0, 2)), steps: s(r.int(1, 60)), optimizer: r.pick(['sgd', 'adam']) }),
};

/** The numeric flags of each command whose values may be pushed to the edges (sizes stay small). */
const EDGE: Record<string, Record<string, { min: number; max: number }>> = {
  'bsr curve': { beta: BSR_RANGES.beta, rho: BSR_RANGES.rho, delta: BSR_RANGES.delta, alpha: BSR_RANGES.alpha },
  'bsr thresholds': { beta: BSR_RANGES.beta, rho: BSR_RANGES.rho },
  'bsr density': { beta: BSR_RANGES.beta, rho: BSR_RANGES.rho, zeta: BSR_RANGES.zeta, points: { min: 2, max: 100_000 } },
  'bsr free-entropy': { beta: BSR_RANGES.beta, rho: BSR_RANGES.rho, delta: BSR_RANGES.delta, alpha: BSR_RANGES.alphaOne },
  'bsr amp': { rho: BSR_RANGES.rho, delta: BSR_RANGES.delta, damping: BSR_RANGES.damping, seed: { min: -(2 ** 31), max: 2 ** 31 - 1 } },
  'bsr gd': { rho: { min: 1e-4, max: 10 }, delta: BSR_RANGES.delta, lr: BSR_RANGES.lr, 'loss-tol': BSR_RANGES.lossTol },
  'bsr mnne': { rho: { min: 1e-4, max: 1 }, seed: { min: -(2 ** 31), max: 2 ** 31 - 1 } },
  'aim curve': { rho: AIM_RANGES.rho, alpha: AIM_RANGES.alpha, T: { min: 2, max: 1000 } },
  'aim thresholds': { rho: AIM_RANGES.rho, T: { min: 2, max: 1000 } },
  'aim amp': { rho: { min: 1e-4, max: 4 }, damping: AIM_RANGES.damping },
  'aim gd': { rho: { min: 1e-4, max: 4 }, lr: AIM_RANGES.lr, 'loss-tol': AIM_RANGES.lossTol },

  'smi curve': { alpha: SMI_RANGES.alpha, skip: SMI_RANGES.skipTheory },
  'smi thresholds': { skip: SMI_RANGES.skipTheory },
  'smi amp': { skip: SMI_RANGES.skip, damping: SMI_RANGES.damping, alpha: { min: 1e-6, max: 3 } },
  'smi gd': { skip: SMI_RANGES.skip, lr: SMI_RANGES.lr, alpha: { min: 1e-6, max: 20 } },
};

const EXTREMES = ['0', '-0', '5e-324', '1e-300', '1e-12', '1e12', '1e200', '1e300', '1e308', '-1', '1.7976931348623157e308'];
const MALFORMED = [
  '0x10',
  '1e',
  'NaN',
  'Infinity',
  '-Infinity',
  '1_000',
  '',
  ' ',
  '1,,2',
  '١٢',
  '1e999',
  'a\nb',
  '1\r',
  '0b1',
  '+-1',
  '.',
  '1..2',
  '--',
  '1 2',
  '\u2028',
  '🙂',
  'null',
];

function argvOf(cmd: string, flags: Flags): string[] {
  return [...cmd.split(' '), ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])];
}

function generate(seed: number): Vector[] {
  const r = rng(seed);
  const out: Vector[] = [];
  for (const cmd of Object.keys(VALID)) {
    for (let i = 0; i < 7; i++) out.push({ category: 'valid', argv: argvOf(cmd, VALID[cmd](r)) });
    const edges = Object.entries(EDGE[cmd]);
    for (let i = 0; i < 8; i++) {
      const [flag, range] = r.pick(edges);
      const v = r.pick([s(range.min), s(range.max), s(range.min * (1 - 1e-9) || -1e-300), s(range.max * (1 + 1e-9)), r.pick(EXTREMES)]);
      out.push({ category: 'edge', argv: argvOf(cmd, { ...VALID[cmd](r), [flag]: v }) });
    }
    for (let i = 0; i < 6; i++) {
      const flags = VALID[cmd](r);
      const flag = r.pick(Object.keys(flags));
      out.push({ category: 'malformed', argv: argvOf(cmd, { ...flags, [flag]: r.pick(MALFORMED) }) });
    }
    const base = VALID[cmd](r);
    const first = Object.keys(base)[0];
    out.push({ category: 'structure', argv: [...argvOf(cmd, base), '--nonsense', '1'] });
    out.push({ category: 'structure', argv: [...argvOf(cmd, base), `--${first}`, base[first]] });
    out.push({ category: 'structure', argv: [...argvOf(cmd, base), 'stray'] });
    out.push({ category: 'structure', argv: [...argvOf(cmd, base), `--${first}`] });
    out.push({ category: 'structure', argv: cmd.split(' ').concat(Object.entries(base).map(([k, v]) => `--${k}=${v}`)) });
  }
  const big = (n: number) => Array.from({ length: n }, (_, i) => s((i + 1) / n)).join(',');
  const large: string[][] = [
    ['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', big(100_001)],
    ['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0:1:1e-9'],
    ['bsr', 'curve', '--beta', '1', '--rho', '0.5', '--alpha', '0:1e300:1e-300'],
    ['bsr', 'curve', '--beta', '2', '--rho', '0.3', '--alpha', '0:2:0.0001'],
    ['aim', 'curve', '--rho', '0.5', '--alpha', '0:1:0.00005'],
    ['aim', 'curve', '--channel', 'hardmax', '--rho', '0.5', '--alpha', big(201)],
    ['smi', 'curve', '--skip', '1', '--alpha', big(5001)],
    ['smi', 'curve', '--skip', '1', '--alpha', '0:1.5:0.0005'],
    ['bsr', 'density', '--beta', '1', '--rho', '0.5', '--zeta', '1', '--points', '100001'],
    ['bsr', 'amp', '--d', '2000', '--beta', '1', '--rho', '0.5', '--alpha', '1'],
    ['bsr', 'mnne', '--d', '100', '--beta', '1', '--rho', '0.5', '--alpha', '0.5'],
    ['aim', 'amp', '--D', '1000', '--rho', '0.5', '--alpha', '10'],
    ['aim', 'gd', '--D', '10', '--rho', '0.5', '--alpha', '0.1', '--width', '100000'],
    ['smi', 'gd', '--D', '20', '--alpha', '1', '--batch', '21'],
    ['smi', 'amp', '--D', '1001', '--alpha', '1'],
  ];
  for (const argv of large) out.push({ category: 'large', argv });
  return out;
}

interface Outcome {
  code: number;
  violation: string | null;
  ms: number;
}

/** Runs one vector and says what, if anything, breaks the contract. */
async function check(argv: string[]): Promise<Outcome> {
  let out = '';
  let err = '';
  const t0 = performance.now();
  let code: number;
  try {
    code = await runCli(
      argv,
      (x) => (out += x),
      (x) => (err += `${x}\n`),
    );
  } catch (e) {
    return { code: -1, violation: `runCli threw ${String(e)}`, ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  const v = (why: string): Outcome => ({ code, violation: why, ms });
  const lines = err.trim() === '' ? [] : err.trim().split('\n');
  if (lines.length > 1) return v(`stderr has ${lines.length} lines`);
  if (/internal error/.test(err)) return v(`internal error: ${err.trim()}`);
  if (/\bat .*:\d+:\d+/.test(err)) return v('stack trace on stderr');
  if (ms > 30_000) return v(`took ${(ms / 1000).toFixed(0)} s`);
  if (code === 2) return out === '' && lines.length === 1 ? { code, violation: null, ms } : v('exit 2 without exactly one line, or with output');
  if (code !== 0 && code !== 1) return v(`exit code ${code}`);
  if (code === 0 && lines.length) return v('exit 0 with a message');
  if (code === 1 && (lines.length !== 1 || out === '')) return v('exit 1 without its output and one line');
  const csv = argv.includes('csv') || argv.includes('--format=csv');
  if (csv) {
    const cells = out
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .slice(1)
      .flatMap((l) => l.split(','));
    const bad = cells.filter((c) => c === '' || c === 'NaN' || /Infinity/.test(c));
    if (code === 0 && bad.length) return v(`exit 0 with ${bad.length} empty or non-finite CSV cells`);
  } else {
    let j: unknown;
    try {
      j = JSON.parse(out);
    } catch {
      return v('output is not JSON');
    }
    const nulls = JSON.stringify(j).match(/null/g)?.length ?? 0;
    if (code === 0 && nulls) return v(`exit 0 with ${nulls} nulls`);
    if (code === 1 && nulls && !/"(status|reason)"/.test(out) && !/has no finite value/.test(err)) return v('nulls without a status or reason');
  }
  return { code, violation: null, ms };
}

describe('CLI fuzz: the number contract on seeded random vectors', () => {
  it('every vector ends in exit 0 with finite numbers, exit 1 with marked points, or exit 2 with one line', async () => {
    const vectors = generate(20_251);
    const table = new Map<Category, { n: number; exit: [number, number, number]; violations: number }>();
    const violations: string[] = [];
    for (const vec of vectors) {
      const o = await check(vec.argv);
      const row = table.get(vec.category) ?? { n: 0, exit: [0, 0, 0], violations: 0 };
      row.n++;
      if (o.code >= 0 && o.code <= 2) row.exit[o.code]++;
      if (o.violation) {
        row.violations++;
        violations.push(`${vec.argv.join(' ').slice(0, 200)} → ${o.violation}`);
      }
      table.set(vec.category, row);
    }
    const rows = [...table].map(([c, r]) => `| ${c} | ${r.n} | ${r.exit[0]} | ${r.exit[1]} | ${r.exit[2]} | ${r.violations} |`);
    console.log(['| category | vectors | exit 0 | exit 1 | exit 2 | violations |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
    expect(vectors.length).toBeGreaterThan(300);
    expect(violations).toEqual([]);
  }, 900_000);
});
