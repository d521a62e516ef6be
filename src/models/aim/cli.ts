import { hardmaxSolve } from './theory/hardmax';
import { softmaxAlphaPR, softmaxCurve } from './theory/softmax';
import { VERSION } from '../../version';
import { runAveragedGd } from './sim/gd';
import { DEFAULT_DAMPING, runGamp } from './sim/gampRie';
import { createInstance, type AimChannel } from './sim/instance';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { toCsv, toJson, type Format } from '../../cli/format';

const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };
const model: FlagSpecs = {
  T: { kind: 'integer', help: 'number of tokens T (≥ 2)', default: '2' },
  rho: { kind: 'number', help: 'ρ = r/D, width of the target (> 0)', required: true },
};

function rhoOf(f: Map<string, string>): number {
  const v = toNumber('--rho', f.get('rho')!);
  if (!(v > 0)) throw new UsageError(`--rho must be > 0 (got ${f.get('rho')})`);
  return v;
}

export const aimCommands: CommandTable = {
  curve: {
    summary: 'attention-indexed model (softmax or hardmax): Bayes-optimal MMSE vs α = n/D²',
    usage: 'tokenphase aim curve --channel softmax --T T --rho R --alpha LIST [--format json|csv]\n\n' +
      'Bayes-optimal estimation MMSE (1/D)‖Ŝ − S‖² of the attention-indexed model against α = n/D².\n' +
      'softmax: any T, closed form on ᾱ = (T²+T−2)α. hardmax: T = 2, state evolution with the correct output\n' +
      'function (∂Φ₂/∂κ; about 0.15 s per α), alphaBar = α/ρ.',
    flags: { channel: { kind: 'string', help: 'output channel', default: 'softmax', choices: ['softmax', 'hardmax'] }, ...model, alpha: { kind: 'list', help: 'sample ratios α = n/D²: a,b,c or start:stop:step', required: true }, ...format },
    run(f) {
      const T = toInteger('--T', f.get('T')!, 2, 1000);
      const rho = rhoOf(f);
      const alphas = toList('--alpha', f.get('alpha')!);
      for (const a of alphas) if (!(a >= 0)) throw new UsageError(`--alpha must be ≥ 0 (got ${a})`);
      if (f.get('channel') === 'hardmax') {
        if (T !== 2) throw new UsageError(`the hardmax channel is solved for T = 2 only (got --T ${T})`);
        const res = alphas.map((a) => hardmaxSolve(rho, a));
        const params = { model: 'aim', channel: 'hardmax', T, rho, version: VERSION };
        const data = { alpha: alphas, alphaBar: alphas.map((a) => a / rho), mmse: res.map((r) => r.mmse), converged: res.map((r) => r.converged) };
        return (f.get('format') as Format) === 'csv' ? toCsv(params, data) : toJson({ params, ...data });
      }
      const c = softmaxCurve(T, rho, alphas);
      const params = { model: 'aim', channel: 'softmax', T, rho, version: VERSION };
      const data = { alpha: c.alpha, alphaBar: c.alphaBar, mmse: c.mmse, converged: c.converged };
      return (f.get('format') as Format) === 'csv' ? toCsv(params, { ...data, status: c.status }) : toJson({ params, ...data, status: c.status });
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
      return (f.get('format') as Format) === 'csv' ? toCsv({ model: 'aim', T, rho, version: VERSION }, { alphaPR: [res.alphaPR] }) : toJson(res);
    },
  },
  amp: {
    summary: 'GAMP-RIE on a seeded instance (softmax or hardmax), with its state evolution',
    usage: 'tokenphase aim amp --channel softmax|hardmax --T T --D D --rho R --alpha A --seed S [--damping x] [--max-iter N] [--format json|csv]\n\n' +
      'GAMP-RIE on one seeded instance (n = αD² sequences of T tokens in dimension D, target width r = ρD), with\n' +
      'the state-evolution prediction per iteration and the Bayes-optimal error it should reach.',
    flags: {
      channel: { kind: 'string', help: 'output channel', default: 'softmax', choices: ['softmax', 'hardmax'] },
      ...model,
      D: { kind: 'integer', help: 'token dimension D (2–1000; work per iteration grows as αT²D⁴)', required: true },
      alpha: { kind: 'number', help: 'α = n/D² (> 0)', required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      damping: { kind: 'number', help: 'damping of ω and m in [0, 1)', default: String(DEFAULT_DAMPING) },
      'max-iter': { kind: 'integer', help: 'iteration budget', default: '100' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f, f.get('channel') as AimChannel);
      const damping = toNumber('--damping', f.get('damping')!);
      if (!(damping >= 0 && damping < 1)) throw new UsageError(`--damping must lie in [0, 1) (got ${f.get('damping')})`);
      const maxIter = toInteger('--max-iter', f.get('max-iter')!, 1, 100_000);
      const inst = createInstance(spec);
      const r = runGamp(inst, { damping, maxIter });
      const theory = spec.channel === 'softmax' ? softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0] : hardmaxSolve(inst.rho, inst.alpha).mmse;
      const params = { model: 'aim', algorithm: 'gamp-rie', ...spec, r: inst.r, n: inst.n, damping, version: VERSION };
      const iterations = r.iterations.map(({ t, mse, se }) => ({ t, mse, se }));
      if ((f.get('format') as Format) === 'csv')
        return toCsv({ ...params, outcome: r.outcome, theory }, { t: iterations.map((i) => i.t), mse: iterations.map((i) => i.mse), se: iterations.map((i) => i.se) });
      return toJson({ params, iterations, final: { ...r.final, outcome: r.outcome, message: r.message || undefined }, theory });
    },
  },
  gd: {
    summary: 'gradient descent / averaged GD (Adam) on a seeded softmax instance',
    usage: 'tokenphase aim gd --T T --D D --rho R --alpha A --seed S [--averages K] [--steps N] [--lr η] [--optimizer adam|gd] [--width k] [--format json|csv]\n\n' +
      'Full-batch training of the tied softmax attention student S = WWᵀ/√(kD) on Σ‖ŷ − y‖²/D from K\n' +
      'N(0,1) initialisations on the same data; reports each run and the error of the averaged S as K grows.',
    flags: {
      ...model,
      D: { kind: 'integer', help: 'token dimension D', required: true },
      alpha: { kind: 'number', help: 'α = n/D² (> 0)', required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data (initialisations derive from it)', default: '1' },
      averages: { kind: 'integer', help: 'number of initialisations K', default: '1' },
      steps: { kind: 'integer', help: 'optimisation steps per run', default: '500' },
      lr: { kind: 'number', help: 'learning rate', default: '0.1' },
      optimizer: { kind: 'string', help: 'full-batch optimiser', default: 'adam', choices: ['adam', 'gd'] },
      width: { kind: 'integer', help: 'student width k (default: the teacher’s r)', default: '0' },
      'loss-tol': { kind: 'number', help: 'stop a run once the training loss is below this', default: '0' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f, 'softmax');
      const K = toInteger('--averages', f.get('averages')!, 1, 1000);
      const lr = toNumber('--lr', f.get('lr')!);
      if (!(lr > 0)) throw new UsageError(`--lr must be > 0 (got ${f.get('lr')})`);
      const lossTol = toNumber('--loss-tol', f.get('loss-tol')!);
      if (!(lossTol >= 0)) throw new UsageError(`--loss-tol must be ≥ 0 (got ${f.get('loss-tol')})`);
      const steps = toInteger('--steps', f.get('steps')!, 1, 10_000_000);
      const widthFlag = toInteger('--width', f.get('width')!, 0, 100_000);
      const inst = createInstance(spec);
      const width = widthFlag || inst.r;
      const opts = { optimizer: f.get('optimizer') as 'adam' | 'gd', lr, steps, lossTol, width };
      const runs: Array<{ points: unknown; outcome: string; final: unknown }> = [];
      const avg = runAveragedGd(inst, K, opts, (_k, r) => void runs.push({ points: r.iterations, outcome: r.outcome, final: r.final }));
      const theory = softmaxCurve(inst.T, inst.rho, [inst.alpha]).mmse[0];
      const params = { model: 'aim', algorithm: K > 1 ? 'averaged-gd' : 'gd', ...spec, r: inst.r, n: inst.n, ...opts, averages: K, version: VERSION };
      if ((f.get('format') as Format) === 'csv')
        return toCsv({ ...params, theory }, { K: avg.errorVsK.map((_, i) => i + 1), averagedError: avg.errorVsK, singleError: avg.single });
      return toJson({ params, runs, errorVsK: avg.errorVsK, single: avg.single, final: { averaged: avg.errorVsK[avg.errorVsK.length - 1], outcomes: avg.outcomes }, theory });
    },
  },
};

function simSpec(f: Map<string, string>, channel: AimChannel) {
  const T = toInteger('--T', f.get('T')!, 2, 64);
  if (channel === 'hardmax' && T !== 2) throw new UsageError(`the hardmax channel is simulated for T = 2 only (got --T ${T})`);
  const alpha = toNumber('--alpha', f.get('alpha')!);
  if (!(alpha > 0)) throw new UsageError(`--alpha must be > 0 (got ${f.get('alpha')})`);
  return {
    channel,
    T,
    D: toInteger('--D', f.get('D')!, 2, 1000),
    rho: rhoOf(f),
    alpha,
    seed: toInteger('--seed', f.get('seed')!, -(2 ** 31), 2 ** 31 - 1),
  };
}


