import { hardmaxSolve } from './theory/hardmax';
import { softmaxAlphaPR, softmaxCurve } from './theory/softmax';
import { VERSION } from '../../version';
import { runAveragedGd } from './sim/gd';
import { DEFAULT_DAMPING, runGamp } from './sim/gampRie';
import { createInstance, type AimChannel } from './sim/instance';
import { aimInstanceBytes, MAX_AIM_BYTES } from './sim/size';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { checkDataSize, checkRange, finish, finishAveragedGd, fmt, type GdRunRecord, type NumRange, rangeText, seedOf } from '../../cli/numbers';

/** Where the theory is checked to give finite, meaningful numbers (the CLI fuzz test sweeps them). */
export const AIM_RANGES = {
  rho: { min: 1e-4, max: 1e4 },
  /** α of a curve: ᾱ = (T²+T−2)α stays finite up to T = 1000. */
  alpha: { min: 0, max: 1e300 },
  /** α of a simulation (the memory check bounds it further). */
  alphaSim: { min: 1e-6, max: 1e4 },
  damping: { min: 0, max: 1, maxOpen: true },
  lr: { min: 1e-9, max: 1e3 },
  lossTol: { min: 0, max: 1e6 },
} satisfies Record<string, NumRange>;

/** The hardmax state evolution takes about 0.15 s per α: a longer list is refused before it starts. */
export const MAX_HARDMAX_ALPHAS = 200;
const MAX_WIDTH = 2000;

function num(f: Map<string, string>, flag: string, range: keyof typeof AIM_RANGES = flag as keyof typeof AIM_RANGES): number {
  const raw = f.get(flag)!;
  return checkRange(`--${flag}`, toNumber(`--${flag}`, raw), AIM_RANGES[range], raw.trim());
}

const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };
const model: FlagSpecs = {
  T: { kind: 'integer', help: 'number of tokens T (≥ 2)', default: '2' },
  rho: { kind: 'number', help: `ρ = r/D, width of the target, in ${rangeText(AIM_RANGES.rho)}`, required: true },
};

const rhoOf = (f: Map<string, string>) => num(f, 'rho');

export const aimCommands: CommandTable = {
  curve: {
    summary: 'attention-indexed model (softmax or hardmax): Bayes-optimal MMSE vs α = n/D²',
    usage:
      'tokenphase aim curve --channel softmax --T T --rho R --alpha LIST [--format json|csv]\n\n' +
      'Bayes-optimal estimation MMSE (1/D)‖Ŝ − S‖² of the attention-indexed model against α = n/D².\n' +
      'softmax: any T, closed form on ᾱ = (T²+T−2)α. hardmax: T = 2, state evolution with the correct output\n' +
      `function (∂Φ₂/∂κ; about 0.15 s per α, at most ${MAX_HARDMAX_ALPHAS} values), alphaBar = α/ρ. Where the hardmax error is below 10⁻⁶\n` +
      'the point is marked out-of-range (no value) and the command exits 1.',
    flags: {
      channel: { kind: 'string', help: 'output channel', default: 'softmax', choices: ['softmax', 'hardmax'] },
      ...model,
      alpha: { kind: 'list', help: `sample ratios α = n/D² in ${rangeText(AIM_RANGES.alpha)}: a,b,c or start:stop:step`, required: true },
      ...format,
    },
    run(f) {
      const T = toInteger('--T', f.get('T')!, 2, 1000);
      const rho = rhoOf(f);
      const alphas = toList('--alpha', f.get('alpha')!).map((a) => checkRange('--alpha', a, AIM_RANGES.alpha));
      if (f.get('channel') === 'hardmax') {
        if (T !== 2) throw new UsageError(`the hardmax channel is solved for T = 2 only (got --T ${T})`);
        if (alphas.length > MAX_HARDMAX_ALPHAS)
          throw new UsageError(`the hardmax channel takes about 0.15 s per α: at most ${MAX_HARDMAX_ALPHAS} values (got ${alphas.length})`);
        const res = alphas.map((a) => hardmaxSolve(rho, a));
        const params = { model: 'aim', channel: 'hardmax', T, rho, version: VERSION };
        const status = res.map((r) => (r.outOfRange ? 'out-of-range' : r.converged ? 'converged' : 'failed'));
        const reasons = res.map((r) =>
          r.outOfRange
            ? `the error is below 1e-6 past α = ${fmt(r.alphaMax!)} and is not resolved`
            : r.converged
              ? ''
              : 'the state evolution has no root in its bracket',
        );
        const data = { alpha: alphas, alphaBar: alphas.map((a) => a / rho), mmse: res.map((r) => r.mmse), converged: res.map((r) => r.converged) };
        // The status column is printed only where a point has no value, so the documented columns stay as they were.
        const failedAny = status.some((x) => x !== 'converged');
        const json = { params, ...data, ...(failedAny ? { status } : {}) };
        return finish(f, json, params, failedAny ? { ...data, status } : data, { label: 'α', xs: alphas, status, reasons });
      }
      const c = softmaxCurve(T, rho, alphas);
      const params = { model: 'aim', channel: 'softmax', T, rho, version: VERSION };
      const status: string[] = c.status;
      const data = { alpha: c.alpha, alphaBar: c.alphaBar, mmse: c.mmse, converged: c.converged };
      return finish(f, { params, ...data, status }, params, { ...data, status }, { label: 'α', xs: c.alpha, status });
    },
  },
  thresholds: {
    summary: 'its perfect-recovery threshold α_PR (softmax)',
    usage: 'tokenphase aim thresholds --T T --rho R [--format json|csv]\n\nPerfect-recovery threshold α_PR of the softmax attention-indexed model.',
    flags: { ...model, ...format },
    run(f) {
      const T = toInteger('--T', f.get('T')!, 2, 1000);
      const rho = rhoOf(f);
      const res = { alphaPR: softmaxAlphaPR(T, rho) };
      return finish(f, res, { model: 'aim', T, rho, version: VERSION }, { alphaPR: [res.alphaPR] });
    },
  },
  amp: {
    summary: 'GAMP-RIE on a seeded instance (softmax or hardmax), with its state evolution',
    usage:
      'tokenphase aim amp --channel softmax|hardmax --T T --D D --rho R --alpha A --seed S [--damping x] [--max-iter N] [--format json|csv]\n\n' +
      'GAMP-RIE on one seeded instance (n = αD² sequences of T tokens in dimension D, target width r = ρD), with\n' +
      'the state-evolution prediction per iteration and the Bayes-optimal error it should reach.',
    flags: {
      channel: { kind: 'string', help: 'output channel', default: 'softmax', choices: ['softmax', 'hardmax'] },
      ...model,
      D: { kind: 'integer', help: 'token dimension D (2–1000; work per iteration grows as αT²D⁴; the data must fit in 1.5 GiB)', required: true },
      alpha: { kind: 'number', help: `α = n/D², in ${rangeText(AIM_RANGES.alphaSim)}`, required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      damping: { kind: 'number', help: 'damping of ω and m in [0, 1)', default: String(DEFAULT_DAMPING) },
      'max-iter': { kind: 'integer', help: 'iteration budget', default: '100' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f, f.get('channel') as AimChannel);
      const damping = num(f, 'damping');
      const maxIter = toInteger('--max-iter', f.get('max-iter')!, 1, 100_000);
      const inst = createInstance(spec);
      const r = runGamp(inst, { damping, maxIter });
      const th = spec.channel === 'softmax' ? { mmse: softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0] } : hardmaxSolve(inst.rho, inst.alpha);
      // A theory value the solver does not resolve is left out rather than printed as null.
      const theory = Number.isFinite(th.mmse) ? th.mmse : undefined;
      const params = { model: 'aim', algorithm: 'gamp-rie', ...spec, r: inst.r, n: inst.n, damping, version: VERSION };
      const iterations = r.iterations.map(({ t, mse, se }) => ({ t, mse, se }));
      const columns = { t: iterations.map((i) => i.t), mse: iterations.map((i) => i.mse), se: iterations.map((i) => i.se) };
      const json = { params, iterations, final: { ...r.final, outcome: r.outcome, message: r.message || undefined }, theory };
      return finish(f, json, { ...params, outcome: r.outcome, theory }, columns, undefined, `the run ended ${r.outcome}${r.message ? ` (${r.message})` : ''}`);
    },
  },
  gd: {
    summary: 'gradient descent / averaged GD (Adam) on a seeded softmax instance',
    usage:
      'tokenphase aim gd --T T --D D --rho R --alpha A --seed S [--averages K] [--steps N] [--lr η] [--optimizer adam|gd] [--width k] [--format json|csv]\n\n' +
      'Full-batch training of the tied softmax attention student S = WWᵀ/√(kD) on Σ‖ŷ − y‖²/D from K\n' +
      'N(0,1) initialisations on the same data; reports each run and the error of the averaged S as K grows.',
    flags: {
      ...model,
      D: { kind: 'integer', help: 'token dimension D (2–1000; the data must fit in 1.5 GiB)', required: true },
      alpha: { kind: 'number', help: `α = n/D², in ${rangeText(AIM_RANGES.alphaSim)}`, required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data (initialisations derive from it)', default: '1' },
      averages: { kind: 'integer', help: 'number of initialisations K (1–1000)', default: '1' },
      steps: { kind: 'integer', help: 'optimisation steps per run (1–10⁷)', default: '500' },
      lr: { kind: 'number', help: `learning rate, in ${rangeText(AIM_RANGES.lr)}`, default: '0.1' },
      optimizer: { kind: 'string', help: 'full-batch optimiser', default: 'adam', choices: ['adam', 'gd'] },
      width: { kind: 'integer', help: `student width k (0 = the teacher’s r; at most ${MAX_WIDTH})`, default: '0' },
      'loss-tol': { kind: 'number', help: `stop a run once the training loss is below this, in ${rangeText(AIM_RANGES.lossTol)}`, default: '0' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f, 'softmax');
      const K = toInteger('--averages', f.get('averages')!, 1, 1000);
      const lr = num(f, 'lr');
      const lossTol = num(f, 'loss-tol', 'lossTol');
      const steps = toInteger('--steps', f.get('steps')!, 1, 10_000_000);
      const widthFlag = toInteger('--width', f.get('width')!, 0, MAX_WIDTH);
      const inst = createInstance(spec);
      const width = widthFlag || inst.r;
      const opts = { optimizer: f.get('optimizer') as 'adam' | 'gd', lr, steps, lossTol, width };
      const runs: GdRunRecord[] = [];
      const avg = runAveragedGd(inst, K, opts, (_k, r) => void runs.push({ points: r.iterations, outcome: r.outcome, final: r.final }));
      const theory = softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0];
      const params = { model: 'aim', algorithm: K > 1 ? 'averaged-gd' : 'gd', ...spec, r: inst.r, n: inst.n, ...opts, averages: K, version: VERSION };
      return finishAveragedGd(f, avg, runs, params, theory);
    },
  },
};

function simSpec(f: Map<string, string>, channel: AimChannel) {
  const T = toInteger('--T', f.get('T')!, 2, 64);
  if (channel === 'hardmax' && T !== 2) throw new UsageError(`the hardmax channel is simulated for T = 2 only (got --T ${T})`);
  const spec = {
    channel,
    T,
    D: toInteger('--D', f.get('D')!, 2, 1000),
    rho: rhoOf(f),
    alpha: num(f, 'alpha', 'alphaSim'),
    seed: seedOf(f),
  };
  // The size of the data is known before anything is allocated.
  const bytes = aimInstanceBytes(spec);
  checkDataSize(bytes, MAX_AIM_BYTES, 'D or α');
  return spec;
}
