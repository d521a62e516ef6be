import { boCurve, mmseTableFor } from './theory/curve';
import { freeEntropyCurve } from './theory/freeEntropy';
import { solveFixedPoint } from './theory/fixedPoint';
import { bsrSpectrum } from './theory/spectrum';
import { alphaMNNE, alphaPR, fromAlphaTilde } from './theory/thresholds';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { checkDataSize, checkRange, finish, finishAveragedGd, fmt, type GdRunRecord, type NumRange, rangeText, seedOf } from '../../cli/numbers';
import { VERSION } from '../../version';
import { runAveragedGd } from './sim/gd';
import { DEFAULT_DAMPING, runGamp, warmGamp } from './sim/gamp';
import { createInstance } from './sim/instance';
import { instanceBytes, MAX_INSTANCE_BYTES, sizesOf } from './sim/size';
import { MNNE_MAX_SAMPLES, runMnne } from './sim/mnne';

/**
 * Where the theory is checked to give finite, meaningful numbers (the CLI fuzz test sweeps them): every
 * input outside is refused before any work, with its range. Wider than the page's sliders on purpose.
 */
export const BSR_RANGES = {
  beta: { min: 1e-4, max: 1e4 },
  rho: { min: 1e-4, max: 1e4 },
  delta: { min: 0, max: 1e4 },
  /** α of a curve: beyond 1e300 α̃ = αβ/(ρ(1+β)) would overflow. */
  alpha: { min: 0, max: 1e300 },
  /** α of the free entropy (its q̂ = α/(Δ+1−q) and ln q̂ stay finite). */
  alphaOne: { min: 1e-12, max: 1e12 },
  /** α of a simulation (the memory check bounds it further). */
  alphaSim: { min: 1e-6, max: 1e4 },
  zeta: { min: 1e-6, max: 1e6 },
  damping: { min: 0, max: 1, maxOpen: true },
  lr: { min: 1e-9, max: 1e3 },
  lossTol: { min: 0, max: 1e6 },
} satisfies Record<string, NumRange>;

type RangeName = keyof typeof BSR_RANGES;

/** Grid sizes of density and free-entropy, and the widest gradient-descent student. */
const MAX_POINTS = 100_000;
const MAX_WIDTH = 2000;

const shape: FlagSpecs = {
  beta: { kind: 'number', help: `β = L/d, sequence length over token dimension, in ${rangeText(BSR_RANGES.beta)}`, required: true },
  rho: { kind: 'number', help: `ρ = r/d, rank over token dimension, in ${rangeText(BSR_RANGES.rho)}`, required: true },
};
const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };

export const bsrCommands: CommandTable = {
  curve: {
    summary: 'Bayes-optimal and ridge error vs α',
    usage:
      'tokenphase bsr curve --beta B --rho R --delta D --alpha LIST [--axis alpha|alphaTilde] [--format json|csv]\n\n' +
      'Bayes-optimal error E_BO and optimal ridge error at each α. LIST is a,b,c or start:stop:step; with\n' +
      '--axis alphaTilde the values are α̃ = n/(r(d+L)) and are converted (the output "alpha" is always n/(dL)).',
    flags: {
      ...shape,
      delta: { kind: 'number', help: `Δ, label-noise variance, in ${rangeText(BSR_RANGES.delta)}`, default: '0' },
      alpha: { kind: 'list', help: `sample ratios in ${rangeText(BSR_RANGES.alpha)}: a,b,c or start:stop:step (at most 100000)`, required: true },
      axis: { kind: 'string', help: 'how LIST is read', default: 'alpha', choices: ['alpha', 'alphaTilde'] },
      ...format,
    },
    run(f) {
      const beta = num(f, 'beta');
      const rho = num(f, 'rho');
      const delta = num(f, 'delta');
      const list = toList('--alpha', f.get('alpha')!);
      const tilde = f.get('axis') === 'alphaTilde';
      const alphas = list.map((a) => {
        const alpha = tilde ? fromAlphaTilde(a, beta, rho) : a;
        // On the α̃ axis the value is checked after conversion, and the message gives both.
        if (tilde && !(alpha <= BSR_RANGES.alpha.max))
          throw new UsageError(`--alpha ${fmt(a)} on the α̃ axis is α = ${fmt(alpha)}, above ${fmt(BSR_RANGES.alpha.max)}`);
        return checkRange('--alpha', alpha, BSR_RANGES.alpha);
      });
      const c = boCurve({ beta, rho, delta }, alphas);
      const params = { model: 'bsr', beta, rho, delta, version: VERSION };
      const status: string[] = c.status;
      const data = { alpha: c.alpha, alphaTilde: c.alphaTilde, bo: c.bo, ridge: c.ridge, converged: c.converged };
      return finish(f, { params, ...data, status, warnings: c.warnings }, params, { ...data, status }, { label: 'α', xs: c.alpha, status });
    },
  },
  thresholds: {
    summary: 'α_PR and α_MNNE',
    usage:
      'tokenphase bsr thresholds --beta B --rho R [--format json|csv]\n\n' +
      'Perfect-recovery threshold α_PR (Bayes-optimal, noiseless) and the minimal-nuclear-norm threshold α_MNNE, on the α = n/(dL) axis.',
    flags: { ...shape, ...format },
    run(f) {
      const beta = num(f, 'beta');
      const rho = num(f, 'rho');
      const res = { alphaPR: alphaPR(beta, rho), alphaMNNE: alphaMNNE(beta, rho) };
      const params = { model: 'bsr', beta, rho, version: VERSION };
      return finish(f, res, params, { alphaPR: [res.alphaPR], alphaMNNE: [res.alphaMNNE] });
    },
  },
  density: {
    summary: 'singular-value density of the denoising channel',
    usage:
      'tokenphase bsr density --beta B --rho R --zeta Z [--points N] [--format json|csv]\n\n' +
      'Symmetrised singular-value density μ(s) of Y = (S + √ζ Z)/(dL)^{1/4} on a grid of s ≥ 0 covering the support, with its band edges.',
    flags: {
      ...shape,
      zeta: { kind: 'number', help: `ζ, effective noise of the denoising problem, in ${rangeText(BSR_RANGES.zeta)}`, required: true },
      points: { kind: 'integer', help: 'grid size (2–100000)', default: '201' },
      ...format,
    },
    run(f) {
      const beta = num(f, 'beta');
      const rho = num(f, 'rho');
      const zeta = num(f, 'zeta');
      const n = toInteger('--points', f.get('points')!, 2, MAX_POINTS);
      const sp = bsrSpectrum(beta, rho, zeta);
      const top = sp.bands[sp.bands.length - 1]?.hi ?? 1;
      const s = Array.from({ length: n }, (_, i) => (1.05 * top * i) / (n - 1));
      const density = s.map((x) => sp.density(x));
      const params = { model: 'bsr', beta, rho, zeta, version: VERSION };
      const res = { params, bands: sp.bands, mass: sp.mass(), s, density };
      return finish(f, res, { ...params, bands: sp.bands }, { s, density });
    },
  },
  'free-entropy': {
    summary: 'free entropy Φ(q) at one α',
    usage:
      'tokenphase bsr free-entropy --beta B --rho R --delta D --alpha A [--points N] [--format json|csv]\n\n' +
      'Free entropy Φ(q) (up to a q-independent constant) on a grid of the overlap q ∈ [0, 1), with the fixed point q*.',
    flags: {
      ...shape,
      delta: { kind: 'number', help: `Δ, label-noise variance, in ${rangeText(BSR_RANGES.delta)}`, default: '0' },
      alpha: { kind: 'number', help: `α = n/(dL), in ${rangeText(BSR_RANGES.alphaOne)}`, required: true },
      points: { kind: 'integer', help: 'grid size (2–100000)', default: '101' },
      ...format,
    },
    run(f) {
      const beta = num(f, 'beta');
      const rho = num(f, 'rho');
      const delta = num(f, 'delta');
      const alpha = num(f, 'alpha', 'alphaOne');
      const n = toInteger('--points', f.get('points')!, 2, MAX_POINTS);
      const qs = Array.from({ length: n }, (_, i) => (0.999 * i) / (n - 1));
      const p = { beta, rho, delta };
      const curve = freeEntropyCurve(mmseTableFor(beta, rho), p, alpha, qs);
      const fp = solveFixedPoint(p, alpha);
      const params = { model: 'bsr', beta, rho, delta, alpha, version: VERSION };
      const res = { params, q: curve.q, phi: curve.phi, argmax: curve.argmax, fixedPoint: { q: fp.q, error: fp.error, status: fp.status } };
      const why = fp.status === 'failed' ? `the fixed point was not found (${fp.message ?? 'no reason given'})` : undefined;
      return finish(f, res, { ...params, fixedPointQ: fp.q }, { q: curve.q, phi: curve.phi }, undefined, why);
    },
  },
  amp: {
    summary: 'GAMP-RIE on a seeded finite-size instance, with its state evolution',
    usage:
      'tokenphase bsr amp --d D --beta B --rho R --delta D --alpha A --seed S [--damping x] [--max-iter T] [--format json|csv]\n\n' +
      'GAMP-RIE on one seeded instance (d×L tokens, L = βd, rank r = ρd, n = αdL samples), with the\n' +
      'state-evolution prediction per iteration and the Bayes-optimal error it should reach.',
    flags: {
      d: { kind: 'integer', help: 'token dimension d (2–2000; the data, 4αβ²d⁴ bytes, must fit in 1.5 GiB)', required: true },
      ...shape,
      delta: { kind: 'number', help: `Δ, label-noise variance, in ${rangeText(BSR_RANGES.delta)}`, default: '0' },
      alpha: { kind: 'number', help: `α = n/(dL), in ${rangeText(BSR_RANGES.alphaSim)}`, required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      damping: { kind: 'number', help: 'damping of ω and V in [0, 1)', default: String(DEFAULT_DAMPING) },
      'max-iter': { kind: 'integer', help: 'iteration budget', default: '100' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f);
      const damping = num(f, 'damping');
      const maxIter = toInteger('--max-iter', f.get('max-iter')!, 1, 100_000);
      // As a simulated point does: otherwise the first iteration also compiles the spectral code and the denoiser.
      warmGamp();
      const inst = createInstance(spec);
      const r = runGamp(inst, { damping, maxIter });
      const theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: spec.delta }, [inst.alpha]).bo[0];
      const params = { model: 'bsr', algorithm: 'gamp-rie', ...spec, L: inst.L, r: inst.r, n: inst.n, damping, version: VERSION };
      const iterations = r.iterations.map(({ t, mse, se }) => ({ t, mse, se }));
      const json = { params, iterations, final: { ...r.final, outcome: r.outcome, message: r.message || undefined }, theory };
      const columns = { t: iterations.map((i) => i.t), mse: iterations.map((i) => i.mse), se: iterations.map((i) => i.se) };
      return finish(f, json, { ...params, outcome: r.outcome, theory }, columns, undefined, runWhy(r.outcome, r.message));
    },
  },
  gd: {
    summary: 'gradient descent / averaged GD on a seeded instance',
    usage:
      'tokenphase bsr gd --d D --beta B --rho R --delta D --alpha A --seed S [--averages K] [--steps T] [--lr η] [--init prior|small] [--width k] [--format json|csv]\n\n' +
      'Full-batch gradient descent on ¼Σ(y − ŷ)² from K initialisations on the same data; reports each\n' +
      'run’s train/test curve and the error of the averaged estimate as K grows.',
    flags: {
      d: { kind: 'integer', help: 'token dimension d (2–2000; the data must fit in 1.5 GiB)', required: true },
      ...shape,
      delta: { kind: 'number', help: `Δ, label-noise variance, in ${rangeText(BSR_RANGES.delta)}`, default: '0' },
      alpha: { kind: 'number', help: `α = n/(dL), in ${rangeText(BSR_RANGES.alphaSim)}`, required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data (initialisations derive from it)', default: '1' },
      averages: { kind: 'integer', help: 'number of initialisations K (1–1000)', default: '1' },
      steps: { kind: 'integer', help: 'gradient steps per run (1–10⁷)', default: '2000' },
      lr: { kind: 'number', help: `learning rate, in ${rangeText(BSR_RANGES.lr)}`, default: '0.1' },
      init: { kind: 'string', help: 'initialisation', default: 'prior', choices: ['prior', 'small'] },
      width: { kind: 'integer', help: `student width k (0 = the teacher’s r; at most ${MAX_WIDTH})`, default: '0' },
      'loss-tol': { kind: 'number', help: `stop a run once the training loss is below this, in ${rangeText(BSR_RANGES.lossTol)}`, default: '1e-12' },
      ...format,
    },
    run(f) {
      const spec = simSpec(f);
      const K = toInteger('--averages', f.get('averages')!, 1, 1000);
      const lr = num(f, 'lr');
      const widthFlag = toInteger('--width', f.get('width')!, 0, MAX_WIDTH);
      const steps = toInteger('--steps', f.get('steps')!, 1, 10_000_000);
      const lossTol = num(f, 'loss-tol', 'lossTol');
      const inst = createInstance(spec);
      const width = widthFlag || inst.r;
      const opts = { init: f.get('init') as 'prior' | 'small', lr, steps, lossTol, width, seed: spec.seed };
      const runs: GdRunRecord[] = [];
      const avg = runAveragedGd(inst, K, opts, (_k, r) => void runs.push({ points: r.iterations, outcome: r.outcome, final: r.final }));
      const theory = boCurve({ beta: inst.beta, rho: inst.rho, delta: spec.delta }, [inst.alpha]).bo[0];
      const params = {
        model: 'bsr',
        algorithm: K > 1 ? 'averaged-gd' : 'gd',
        ...spec,
        L: inst.L,
        r: inst.r,
        n: inst.n,
        ...opts,
        averages: K,
        version: VERSION,
      };
      return finishAveragedGd(f, avg, runs, params, theory);
    },
  },
  mnne: {
    summary: 'minimal nuclear-norm estimator on a seeded noiseless instance (small d)',
    usage:
      'tokenphase bsr mnne --d D --beta B --rho R --alpha A --seed S [--max-iter T] [--format json|csv]\n\n' +
      'Minimal nuclear-norm estimator (ADMM with exact projection onto the data constraints) on one seeded,\n' +
      'noiseless instance; compare its error with α_MNNE. Small d only (at most 4000 samples).',
    flags: {
      d: { kind: 'integer', help: `token dimension d (2–2000; at most ${MNNE_MAX_SAMPLES} samples)`, required: true },
      ...shape,
      alpha: { kind: 'number', help: `α = n/(dL), in ${rangeText(BSR_RANGES.alphaSim)}`, required: true },
      seed: { kind: 'integer', help: 'seed of teacher and data', default: '1' },
      'max-iter': { kind: 'integer', help: 'ADMM iteration budget', default: '3000' },
      ...format,
    },
    run(f) {
      const spec = { ...simSpec(new Map([...f, ['delta', '0']])) };
      const { n } = sizesOf(spec);
      if (n > MNNE_MAX_SAMPLES)
        throw new UsageError(`the nuclear-norm solver handles at most ${MNNE_MAX_SAMPLES} samples (this run has n = αdL = ${n}); lower d or α`);
      const inst = createInstance(spec);
      const r = runMnne(inst, { maxIter: toInteger('--max-iter', f.get('max-iter')!, 1, 1_000_000) });
      const params = { model: 'bsr', algorithm: 'mnne', ...spec, L: inst.L, r: inst.r, n: inst.n, version: VERSION };
      const res = { error: r.error, converged: r.outcome === 'converged', iterations: r.iterations.length, residual: r.residual };
      const json = { params, final: res, alphaMNNE: alphaMNNE(inst.beta, inst.rho), alphaPR: alphaPR(inst.beta, inst.rho) };
      const columns = { error: [r.error], converged: [res.converged], iterations: [res.iterations] };
      return finish(f, json, { ...params, alphaMNNE: json.alphaMNNE }, columns, undefined, runWhy(r.outcome, ''));
    },
  },
};

function simSpec(f: Map<string, string>) {
  const spec = {
    d: toInteger('--d', f.get('d')!, 2, 2000),
    beta: num(f, 'beta'),
    rho: num(f, 'rho'),
    delta: num(f, 'delta'),
    alpha: num(f, 'alpha', 'alphaSim'),
    seed: seedOf(f),
  };
  // The size of the data is known before anything is allocated.
  const bytes = instanceBytes(spec);
  checkDataSize(bytes, MAX_INSTANCE_BYTES, 'd or α');
  return spec;
}

/** A flag's number, checked against its range (named by the flag unless given). */
function num(f: Map<string, string>, flag: string, range: RangeName = flag as RangeName): number {
  const raw = f.get(flag)!;
  return checkRange(`--${flag}`, toNumber(`--${flag}`, raw), BSR_RANGES[range], raw.trim());
}

/** Why a run's numbers may not be finite: its outcome and message. */
function runWhy(outcome: string, message: string): string {
  return `the run ended ${outcome}${message ? ` (${message})` : ''}`;
}
