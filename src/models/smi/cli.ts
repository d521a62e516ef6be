import { smiApi } from './api';
import { VERSION } from '../../version';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { toCsv, toJson, type Format } from '../../cli/format';

const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };
const model: FlagSpecs = {
  layers: { kind: 'integer', help: 'number of attention layers, 2 or 3', default: '2' },
  skip: { kind: 'number', help: 'skip-connection strength c in [0, 10]', default: '1' },
};

function layersOf(f: Map<string, string>): number {
  const l = toInteger('--layers', f.get('layers')!, 1, 10);
  if (l !== 2 && l !== 3) throw new UsageError(`--layers must be 2 or 3 (got ${l})`);
  return l;
}
function skipOf(f: Map<string, string>): number {
  const c = toNumber('--skip', f.get('skip')!);
  if (!(c >= 0 && c <= 10)) throw new UsageError(`--skip must lie in [0, 10] (got ${f.get('skip')})`);
  return c;
}

export const smiCommands: CommandTable = {
  curve: {
    summary: 'deep tied attention (sequence multi-index model): overlaps Q_ℓℓ vs α = n/D',
    usage:
      'tokenphase smi curve --layers 2|3 --skip C --alpha LIST [--format json|csv]\n\n' +
      'Bayes-optimal overlaps Q_ℓℓ per layer of the tied-attention SMI (M = 2 tokens) against α = n/D,\n' +
      'and the plug-in generalisation error. Two layers: c ∈ {0.5, 1, 2} are shipped precomputed, other c take\n' +
      'a few minutes; the exact SE reaches Q = I at α = 1, and --convention paper adds 10⁻³ to the variances as\n' +
      'the published code does (shipped for c = 1). Three layers: shipped for c ∈ {0.5, 1, 2}; another c needs\n' +
      '--compute yes and takes 15–25 minutes; the exact SE reaches Q = I at α = 3/2.',
    flags: {
      ...model,
      alpha: { kind: 'list', help: 'sample ratios α = n/D: a,b,c or start:stop:step', required: true },
      convention: { kind: 'string', help: 'exact SE, or the published code’s V + 10⁻³', default: 'exact', choices: ['exact', 'paper'] },
      compute: { kind: 'string', help: 'three layers: compute a skip without shipped data (minutes)', default: 'no', choices: ['yes', 'no'] },
      ...format,
    },
    run(f) {
      const layers = layersOf(f);
      const skip = skipOf(f);
      const alphas = toList('--alpha', f.get('alpha')!);
      for (const a of alphas) if (!(a >= 0)) throw new UsageError(`--alpha must be ≥ 0 (got ${a})`);
      const convention = f.get('convention') === 'paper' ? 'paper' : 'exact';
      const r = smiApi.curve({ layers, skip, alphas, convention, compute: f.get('compute') === 'yes' });
      const converged = r.status.map((s) => s === 'converged');
      const q = Object.fromEntries(r.overlaps.map((o, l) => [`Q${l + 1}${l + 1}`, o]));
      if ((f.get('format') as Format) === 'csv')
        return toCsv({ model: 'smi', layers, skip, convention, epsilon: r.epsilon, version: VERSION }, { alpha: r.alpha, ...q, genError: r.genError, converged, status: r.status });
      return toJson({ alpha: r.alpha, overlaps: r.overlaps, converged, genError: r.genError, status: r.status });
    },
  },
  thresholds: {
    summary: 'its weak-recovery thresholds α_c,ℓ against the skip strength',
    usage:
      'tokenphase smi thresholds --layers 2|3 --skip C [--format json|csv]\n\nWeak-recovery thresholds [α_c,1, α_c,2(, α_c,3)] from the linearised state evolution.\n' +
      'Two layers: shipped for c ∈ {0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4}; other c take 5–20 s.\n' +
      'Three layers: all three where the staircase is shipped; elsewhere α_c,3 only (about 15 s), the others null.',
    flags: { ...model, ...format },
    run(f) {
      const layers = layersOf(f);
      const skip = skipOf(f);
      const r = smiApi.thresholds({ layers, skip });
      if ((f.get('format') as Format) === 'csv') return toCsv({ model: 'smi', layers, skip, version: VERSION }, { layer: r.alphaC.map((_, i) => i + 1), alphaC: r.alphaC });
      if (layers === 3) return toJson({ alphaC: r.alphaC, L3: r.L3, converged: r.converged, source: r.source });
      return toJson({ alphaC: r.alphaC, F22: r.F22, F11: r.F11, converged: r.converged, source: r.source });
    },
  },
  amp: {
    summary: 'GAMP on a seeded instance, per-layer overlaps and state evolution',
    usage:
      'tokenphase smi amp --D 200 --alpha 1.2 --skip 1 --seed 1 [--layers 2|3] [--damping 0] [--max-iter 40] [--se yes|no]\n\n' +
      'GAMP on a seeded instance: per-iteration cosine m_ℓ/√q_ℓ per layer, with the state evolution.\n' +
      'Three layers use an importance-sampled 4-D posterior per sample (0.15–0.3 s per iteration at D = 150–200).',
    flags: {
      layers: model.layers,
      D: { kind: 'integer', help: 'dimension D (2–1000)', required: true },
      alpha: { kind: 'number', help: 'α = n/D (> 0)', required: true },
      skip: model.skip,
      seed: { kind: 'integer', help: 'seed of the instance', default: '1' },
      damping: { kind: 'number', help: 'damping in [0, 1); above 0 the first layer is not learned', default: '0' },
      'max-iter': { kind: 'integer', help: 'iterations', default: '40' },
      se: { kind: 'string', help: 'also iterate the state evolution', default: 'yes', choices: ['yes', 'no'] },
      ...format,
    },
    run(f) {
      const D = toInteger('--D', f.get('D')!, 2, 1000);
      const alpha = toNumber('--alpha', f.get('alpha')!);
      if (!(alpha > 0 && alpha <= 50)) throw new UsageError(`--alpha must lie in (0, 50] (got ${f.get('alpha')})`);
      const skip = skipOf(f);
      const seed = toInteger('--seed', f.get('seed')!, -(2 ** 31), 2 ** 31 - 1);
      const damping = toNumber('--damping', f.get('damping')!);
      if (!(damping >= 0 && damping < 1)) throw new UsageError(`--damping must lie in [0, 1) (got ${f.get('damping')})`);
      const maxIter = toInteger('--max-iter', f.get('max-iter')!, 1, 10000);
      const layers = layersOf(f);
      const r = smiApi.amp({ D, alpha, skip, seed, damping, maxIter, withSE: f.get('se') === 'yes', layers });
      const its = r.iterations;
      const ls = Array.from({ length: layers }, (_, l) => l);
      const cosine = ls.map((l) => its.map((i) => i.cosine[l]));
      const se = ls.map((l) => its.map((i) => i.se[l]));
      if ((f.get('format') as Format) === 'csv')
        return toCsv(
          { model: 'smi', layers, D, alpha, skip, seed, damping, outcome: r.outcome, version: VERSION },
          { iteration: its.map((i) => i.iteration), ...Object.fromEntries(ls.map((l) => [`cos${l + 1}`, cosine[l]])), ...Object.fromEntries(ls.map((l) => [`se${l + 1}`, se[l]])) },
        );
      return toJson({ outcome: r.outcome, message: r.message, n: r.n, iteration: its.map((i) => i.iteration), cosine, se, millis: r.millis });
    },
  },
  gd: {
    summary: 'gradient descent on two-layer tied attention, per-layer cosines',
    usage:
      'tokenphase smi gd --D 100 --alpha 15 --skip 1 --seed 1 [--steps 2000] [--optimizer sgd|adam] [--lr X] [--batch B]\n\n' +
      'Gradient descent on the two-layer tied-attention model from a teacher of the same architecture: per-layer\n' +
      'cosine |ŵ_ℓ·w_ℓ|/(‖ŵ_ℓ‖‖w_ℓ‖), training loss and held-out error per record. Defaults (lr 0.5·D/max(1, c²),\n' +
      'batch 2D, weight decay 0.01, annealing over the last 20% of steps) learn layer 2 first, then layer 1, at c = 1.',
    flags: {
      D: { kind: 'integer', help: 'dimension D (2–400)', required: true },
      alpha: { kind: 'number', help: 'α = n/D (> 0)', required: true },
      skip: model.skip,
      seed: { kind: 'integer', help: 'seed of the teacher, data and start', default: '1' },
      steps: { kind: 'integer', help: 'updates', default: '2000' },
      optimizer: { kind: 'string', help: 'plain (mini-batch) SGD or Adam', default: 'sgd', choices: ['sgd', 'adam'] },
      lr: { kind: 'number', help: 'learning rate (default: sgd 0.5·D/max(1, c²), adam 0.02)' },
      batch: { kind: 'integer', help: 'samples per update (default min(n, 2D))' },
      ...format,
    },
    run(f) {
      const D = toInteger('--D', f.get('D')!, 2, 400);
      const alpha = toNumber('--alpha', f.get('alpha')!);
      if (!(alpha > 0 && alpha <= 100)) throw new UsageError(`--alpha must lie in (0, 100] (got ${f.get('alpha')})`);
      const skip = skipOf(f);
      const seed = toInteger('--seed', f.get('seed')!, -(2 ** 31), 2 ** 31 - 1);
      const steps = toInteger('--steps', f.get('steps')!, 1, 1_000_000);
      const lr = f.has('lr') ? toNumber('--lr', f.get('lr')!) : undefined;
      if (lr !== undefined && !(lr > 0)) throw new UsageError(`--lr must be > 0 (got ${f.get('lr')})`);
      const batch = f.has('batch') ? toInteger('--batch', f.get('batch')!, 1, 10_000_000) : undefined;
      const optimizer = f.get('optimizer') === 'adam' ? 'adam' : 'sgd';
      const r = smiApi.gd({ D, alpha, skip, seed, steps, optimizer, lr, batch });
      const its = r.iterations;
      const cols = {
        step: its.map((i) => i.step),
        cos1: its.map((i) => i.cosine[0]),
        cos2: its.map((i) => i.cosine[1]),
        loss: its.map((i) => i.loss),
        testError: its.map((i) => i.testError),
      };
      if ((f.get('format') as Format) === 'csv') return toCsv({ model: 'smi', algorithm: 'gd', D, alpha, skip, seed, optimizer, outcome: r.outcome, version: VERSION }, cols);
      return toJson({ outcome: r.outcome, message: r.message, n: r.n, ...cols, cosine: [cols.cos1, cols.cos2], testErrorFinal: r.testError, millis: r.millis });
    },
  },
};


