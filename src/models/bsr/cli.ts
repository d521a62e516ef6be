import { boCurve, mmseTableFor } from './theory/curve';
import { freeEntropyCurve } from './theory/freeEntropy';
import { solveFixedPoint } from './theory/fixedPoint';
import { bsrSpectrum } from './theory/spectrum';
import { alphaMNNE, alphaPR, fromAlphaTilde } from './theory/thresholds';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { toCsv, toJson, type Format } from '../../cli/format';
import { VERSION } from '../../version';
import { runAveragedGd } from './sim/gd';
import { DEFAULT_DAMPING, runGamp } from './sim/gamp';
import { createInstance } from './sim/instance';
import { runMnne } from './sim/mnne';

const shape: FlagSpecs = {
  beta: { kind: 'number', help: 'β = L/d, sequence length over token dimension (> 0)', required: true },
  rho: { kind: 'number', help: 'ρ = r/d, rank over token dimension (> 0)', required: true },
};
const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };

export const bsrCommands: CommandTable = {
  curve: {
    summary: 'Bayes-optimal and ridge error vs α',
    usage: 'tokenphase bsr curve --beta B --rho R --delta D --alpha LIST [--axis alpha|alphaTilde] [--format json|csv]\n\n' +
      'Bayes-optimal error E_BO and optimal ridge error at each α. LIST is a,b,c or start:stop:step; with\n' +
      '--axis alphaTilde the values are α̃ = n/(r(d+L)) and are converted (the output "alpha" is always n/(dL)).',
    flags: {
      ...shape,
      delta: { kind: 'number', help: 'Δ, label-noise variance (≥ 0)', default: '0' },
      alpha: { kind: 'list', help: 'sample ratios: a,b,c or start:stop:step', required: true },
      axis: { kind: 'string', help: 'how LIST is read', default: 'alpha', choices: ['alpha', 'alphaTilde'] },
      ...format,
    },
    run(f) {
      const beta = positive('--beta', f.get('beta')!);
      const rho = positive('--rho', f.get('rho')!);
      const delta = nonNegative('--delta', f.get('delta')!);
      const list = toList('--alpha', f.get('alpha')!);
      list.forEach((a) => nonNegative('--alpha', String(a)));
      const alphas = f.get('axis') === 'alphaTilde' ? list.map((t) => fromAlphaTilde(t, beta, rho)) : list;
      const c = boCurve({ beta, rho, delta }, alphas);
      const params = { model: 'bsr', beta, rho, delta, version: VERSION };
      const data = { alpha: c.alpha, alphaTilde: c.alphaTilde, bo: c.bo, ridge: c.ridge, converged: c.converged };
      return output(f, { params, ...data, status: c.status, warnings: c.warnings }, params, { ...data, status: c.status });
    },
  },
  thresholds: {
    summary: 'α_PR and α_MNNE',
    usage: 'tokenphase bsr thresholds --beta B --rho R [--format json|csv]\n\n' +
      'Perfect-recovery threshold α_PR (Bayes-optimal, noiseless) and the minimal-nuclear-norm threshold α_MNNE, on the α = n/(dL) axis.',
    flags: { ...shape, ...format },
    run(f) {
      const beta = positive('--beta', f.get('beta')!);
      const rho = positive('--rho', f.get('rho')!);
      const res = { alphaPR: alphaPR(beta, rho), alphaMNNE: alphaMNNE(beta, rho) };
      const params = { model: 'bsr', beta, rho, version: VERSION };
      return output(f, res, params, { alphaPR: [res.alphaPR], alphaMNNE: [res.alphaMNNE] });
    },
  },
  density: {
    summary: 'singular-value density of the denoising channel',
    usage: 'tokenphase bsr density --beta B --rho R --zeta Z [--points N] [--format json|csv]\n\n' +
      'Symmetrised singular-value density μ(s) of Y = (S + √ζ Z)/(dL)^{1/4} on a grid of s ≥ 0 covering the support, with its band edges.',
    flags: {
      ...shape,
      zeta: { kind: 'number', help: 'ζ, effective noise of the denoising problem (> 0)', required: true },
      points: { kind: 'integer', help: 'grid size', default: '201' },
      ...format,
    },
    run(f) {
      const beta = positive('--beta', f.get('beta')!);
      const rho = positive('--rho', f.get('rho')!);
      const zeta = positive('--zeta', f.get('zeta')!);
      const n = toInteger('--points', f.get('points')!, 2, MAX_POINTS);
      const sp = bsrSpectrum(beta, rho, zeta);
      const top = sp.bands[sp.bands.length - 1]?.hi ?? 1;
      const s = Array.from({ length: n }, (_, i) => (1.05 * top * i) / (n - 1));
      const density = s.map((x) => sp.density(x));
      const params = { model: 'bsr', beta, rho, zeta, version: VERSION };
      const res = { params, bands: sp.bands, mass: sp.mass(), s, density };
      return output(f, res, { ...params, bands: sp.bands }, { s, density });
    },
  },
  'free-entropy': {
    summary: 'free entropy Φ(q) at one α',
    usage: 'tokenphase bsr free-entropy --beta B --rho R --delta D --alpha A [--points N] [--format json|csv]\n\n' +
      'Free entropy Φ(q) (up to a q-independent constant) on a grid of the overlap q ∈ [0, 1), with the fixed point q*.',
    flags: {
      ...shape,
      delta: { kind: 'number', help: 'Δ, label-noise variance (≥ 0)', default: '0' },
      alpha: { kind: 'number', help: 'α = n/(dL) (> 0)', required: true },
      points: { kind: 'integer', help: 'grid size', default: '101' },
      ...format,
    },
    run(f) {
      const beta = positive('--beta', f.get('beta')!);
      const rho = positive('--rho', f.get('rho')!);
      const delta = nonNegative('--delta', f.get('delta')!);
      const alpha = positive('--alpha', f.get('alpha')!);
      const n = toInteger('--points', f.get('points')!, 2, MAX_POINTS);
      const qs = Array.from({ length: n }, (_, i) => (0.999 * i) / (n - 1));
      const p = { beta, rho, delta };
      const curve = freeEntropyCurve(mmseTableFor(beta, rho), p, alpha, qs);
      const fp = solveFixedPoint(p, alpha);
      const params = { model: 'bsr', beta, rho, delta, alpha, version: VERSION };
      const res = { params, q: curve.q, phi: curve.phi, argmax: curve.argmax, fixedPoint: { q: fp.q, error: fp.error, status: fp.status } };
      return output(f, res, { ...params, fixedPointQ: fp.q }, { q: curve.q, phi: curve.phi });
    },
  },
  amp: {
    summary: 'GAMP-RIE on a seeded finite-size instance, with its state evolution',
    usage: 'tokenphase bsr amp --d D --beta B --rho R --delta D --alpha A --seed S [--damping x] [--max-iter T] [--format json|csv]\n\n' +
      'GAMP-RIE on one seeded instance (d×L tokens, L = βd, rank r = ρd, n = αdL samples), with the\n' +
      'state-evolution prediction per iteration and the Bayes-optimal error it should reach.',
    flags: {
      d: { kind: 'integer', help: 'token dimension d (2–2000; memory grows as α(βd²)²)', required: true },
      ...shape,
      delta: { kind: 'number', help: 'Δ, label-noise variance (≥ 0)', default: '0' },
      alpha: { kind: 'number', help: 'α = n/(dL) (> 0)', required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      damping: { kind: 'number', help: 'damping of ω and V in [0, 1)', default: String(DEFAULT_DAMPING) },
      'max-iter': { kind: 'integer', help: 'iteration budget', default: '100' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f);
      const damping = toNumber('--damping', f.get('damping')!);
      if (!(damping >= 0 && damping < 1)) throw new UsageError(`--damping must lie in [0, 1) (got ${f.get('damping')})`);
      const inst = createInstance(spec);
      const r = runGamp(inst, { damping, maxIter: toInteger('--max-iter', f.get('max-iter')!, 1, 100_000) });
      const theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: spec.delta }, [inst.alpha]).bo[0];
      const params = { model: 'bsr', algorithm: 'gamp-rie', ...spec, L: inst.L, r: inst.r, n: inst.n, damping, version: VERSION };
      const iterations = r.iterations.map(({ t, mse, se }) => ({ t, mse, se }));
      const json = { params, iterations, final: { ...r.final, outcome: r.outcome, message: r.message || undefined }, theory };
      return output(f, json, { ...params, outcome: r.outcome, theory }, { t: iterations.map((i) => i.t), mse: iterations.map((i) => i.mse), se: iterations.map((i) => i.se) });
    },
  },
  gd: {
    summary: 'gradient descent / averaged GD on a seeded instance',
    usage: 'tokenphase bsr gd --d D --beta B --rho R --delta D --alpha A --seed S [--averages K] [--steps T] [--lr η] [--init prior|small] [--width k] [--format json|csv]\n\n' +
      'Full-batch gradient descent on ¼Σ(y − ŷ)² from K initialisations on the same data; reports each\n' +
      'run’s train/test curve and the error of the averaged estimate as K grows.',
    flags: {
      d: { kind: 'integer', help: 'token dimension d', required: true },
      ...shape,
      delta: { kind: 'number', help: 'Δ, label-noise variance (≥ 0)', default: '0' },
      alpha: { kind: 'number', help: 'α = n/(dL) (> 0)', required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data (initialisations derive from it)', default: '1' },
      averages: { kind: 'integer', help: 'number of initialisations K', default: '1' },
      steps: { kind: 'integer', help: 'gradient steps per run', default: '2000' },
      lr: { kind: 'number', help: 'learning rate', default: '0.1' },
      init: { kind: 'string', help: 'initialisation', default: 'prior', choices: ['prior', 'small'] },
      width: { kind: 'integer', help: 'student width k (default: the teacher’s r)', default: '0' },
      'loss-tol': { kind: 'number', help: 'stop a run once the training loss is below this', default: '1e-12' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f);
      const inst = createInstance(spec);
      const K = toInteger('--averages', f.get('averages')!, 1, 1000);
      const lr = positive('--lr', f.get('lr')!);
      const width = toInteger('--width', f.get('width')!, 0, 100_000) || inst.r;
      const opts = { init: f.get('init') as 'prior' | 'small', lr, steps: toInteger('--steps', f.get('steps')!, 1, 10_000_000), lossTol: nonNegative('--loss-tol', f.get('loss-tol')!), width, seed: spec.seed };
      const runs: Array<{ points: unknown; outcome: string; final: unknown }> = [];
      const avg = runAveragedGd(inst, K, opts, (_k, r) => void runs.push({ points: r.iterations, outcome: r.outcome, final: r.final }));
      const theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: spec.delta }, [inst.alpha]).bo[0];
      const params = { model: 'bsr', algorithm: K > 1 ? 'averaged-gd' : 'gd', ...spec, L: inst.L, r: inst.r, n: inst.n, ...opts, averages: K, version: VERSION };
      const json = { params, runs, errorVsK: avg.errorVsK, single: avg.single, final: { averaged: avg.errorVsK[avg.errorVsK.length - 1], outcomes: avg.outcomes }, theory };
      return output(f, json, { ...params, theory }, { K: avg.errorVsK.map((_, i) => i + 1), averagedError: avg.errorVsK, singleError: avg.single });
    },
  },
  mnne: {
    summary: 'minimal nuclear-norm estimator on a seeded noiseless instance (small d)',
    usage: 'tokenphase bsr mnne --d D --beta B --rho R --alpha A --seed S [--max-iter T] [--format json|csv]\n\n' +
      'Minimal nuclear-norm estimator (ADMM with exact projection onto the data constraints) on one seeded,\n' +
      'noiseless instance; compare its error with α_MNNE. Small d only (at most 4000 samples).',
    flags: {
      d: { kind: 'integer', help: 'token dimension d', required: true },
      ...shape,
      alpha: { kind: 'number', help: 'α = n/(dL) (> 0)', required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      'max-iter': { kind: 'integer', help: 'ADMM iteration budget', default: '3000' },
      ...format,
    },
    run(f) {
      const spec = { ...simSpec(new Map([...f, ['delta', '0']])) };
      const inst = createInstance(spec);
      const r = runMnne(inst, { maxIter: toInteger('--max-iter', f.get('max-iter')!, 1, 1_000_000) });
      const params = { model: 'bsr', algorithm: 'mnne', ...spec, L: inst.L, r: inst.r, n: inst.n, version: VERSION };
      const res = { error: r.error, converged: r.outcome === 'converged', iterations: r.iterations.length, residual: r.residual };
      const json = { params, final: res, alphaMNNE: alphaMNNE(inst.beta, inst.rho), alphaPR: alphaPR(inst.beta, inst.rho) };
      return output(f, json, { ...params, alphaMNNE: json.alphaMNNE }, { error: [r.error], converged: [res.converged], iterations: [res.iterations] });
    },
  },
};

function simSpec(f: Map<string, string>) {
  return {
    d: toInteger('--d', f.get('d')!, 2, 2000),
    beta: positive('--beta', f.get('beta')!),
    rho: positive('--rho', f.get('rho')!),
    delta: nonNegative('--delta', f.get('delta')!),
    alpha: positive('--alpha', f.get('alpha')!),
    seed: toInteger('--seed', f.get('seed')!, -(2 ** 31), 2 ** 31 - 1),
  };
}

const MAX_POINTS = 100_000;

function output(f: Map<string, string>, json: unknown, header: Record<string, unknown>, columns: Record<string, ArrayLike<unknown>>): string {
  return (f.get('format') as Format) === 'csv' ? toCsv(header, columns) : toJson(json);
}

function positive(flag: string, raw: string): number {
  const v = toNumber(flag, raw);
  if (!(v > 0)) throw new UsageError(`${flag} must be > 0 (got ${raw})`);
  return v;
}

function nonNegative(flag: string, raw: string): number {
  const v = toNumber(flag, raw);
  if (!(v >= 0)) throw new UsageError(`${flag} must be ≥ 0 (got ${raw})`);
  return v;
}


