import { INTERPOLATED_SKIPS, INTERPOLATED_SKIPS3, interpolates, interpolates3, SHIPPED_SKIPS3, smiApi } from './api';
import { SKIP_INTERPOLATION_ERROR } from './theory/skipGridError';
import { STAIRCASE3_INTERPOLATION_ERROR } from './theory/skipGridError3';
import { PAPER_EPSILON } from './theory/channel';
import { PRECOMPUTED } from './theory/precomputed';
import { PRECOMPUTED3 } from './theory/precomputed3';
import { SMI_FIELDS } from './fields';
import type { NumberField } from '../../state/fields';
import { VERSION } from '../../version';
import { toInteger, toList, toNumber, UsageError, type CommandTable, type FlagSpecs } from '../../cli/args';
import { checkRange, finish, type NumRange, rangeText, seedOf } from '../../cli/numbers';

/** Where the state evolution and the simulations are checked (the CLI fuzz test sweeps them). */
const skipField = SMI_FIELDS.find((x) => x.key === 'skip') as NumberField;

export const SMI_RANGES = {
  /**
   * c of the state evolution: the page's range. Below 0.05 softmax(zzᵀ) + cI is nearly singular and the
   * quadrature unchecked; above 4 one threshold off the shipped grid takes over 20 s (57 s at c = 10).
   */
  skipTheory: { min: skipField.min, max: skipField.max },
  /** c of a simulation. */
  skip: { min: 0, max: 10 },
  alpha: { min: 0, max: 1e300 },
  alphaAmp: { min: 1e-6, max: 50 },
  alphaGd: { min: 1e-6, max: 100 },
  damping: { min: 0, max: 1, maxOpen: true },
  lr: { min: 1e-9, max: 1e6 },
} satisfies Record<string, NumRange>;

/** The plug-in error costs about 1.5 ms per α (a 4096-point quadrature): a longer list is refused up front. */
export const MAX_SMI_ALPHAS = 5000;

function num(f: Map<string, string>, flag: string, range: keyof typeof SMI_RANGES = flag as keyof typeof SMI_RANGES): number {
  const raw = f.get(flag)!;
  return checkRange(`--${flag}`, toNumber(`--${flag}`, raw), SMI_RANGES[range], raw.trim());
}

/** The curve's statuses as the number contract names them: a point past the computed staircase has no value. */
function contractStatus(st: string): string {
  return st === 'not-converged' ? 'out-of-range' : st;
}

const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };
const model: FlagSpecs = {
  layers: { kind: 'integer', help: 'number of attention layers, 2 or 3', default: '2' },
  skip: { kind: 'number', help: `skip-connection strength c in ${rangeText(SMI_RANGES.skipTheory)}`, default: '1' },
};
const simSkip: FlagSpecs['skip'] = { kind: 'number', help: `skip-connection strength c in ${rangeText(SMI_RANGES.skip)}`, default: '1' };

function layersOf(f: Map<string, string>): number {
  const l = toInteger('--layers', f.get('layers')!, 1, 10);
  if (l !== 2 && l !== 3) throw new UsageError(`--layers must be 2 or 3 (got ${l})`);
  return l;
}
const skipOf = (f: Map<string, string>) => num(f, 'skip');
const theorySkipOf = (f: Map<string, string>) => num(f, 'skip', 'skipTheory');

export const smiCommands: CommandTable = {
  curve: {
    summary: 'deep tied attention (sequence multi-index model): overlaps Q_ℓℓ vs α = n/D',
    usage:
      'tokenphase smi curve --layers 2|3 --skip C --alpha LIST [--format json|csv]\n\n' +
      'Bayes-optimal overlaps Q_ℓℓ per layer of the tied-attention SMI (M = 2 tokens) against α = n/D,\n' +
      'and the plug-in generalisation error. Two layers: shipped on a grid of c and interpolated in c between\n' +
      '(source "interpolated", with its measured error); either way samplingError is the state evolution\'s own\n' +
      'sampling error: belowAlpha1 of Q₂₂ below α_c,1, fromAlpha1 the largest of [Q₁₁, Q₂₂] from it on.\n' +
      '--compute yes solves c directly (about 12 minutes at c = 0.7, 20 at c = 0.3: below c = 0.5 the inner\n' +
      "grid's bias is also removed from the two-layer branch), every node on the mean of four shifted nets\n" +
      "(two-layer nodes of 4096 outer points, as shipped), and samplingError comes from those nets' spread. The exact\n" +
      'SE reaches Q = I at α = 1, and --convention paper adds 10⁻³ to the variances as\n' +
      'the published code does (shipped for c = 1). Three layers: shipped on a grid of c and interpolated between\n' +
      `(c from ${INTERPOLATED_SKIPS3.min} to ${INTERPOLATED_SKIPS3.max}); another c needs --compute yes and takes 20–30 minutes; the exact SE\n` +
      'reaches Q = I at α = 3/2.',
    flags: {
      ...model,
      alpha: {
        kind: 'list',
        help: `sample ratios α = n/D in ${rangeText(SMI_RANGES.alpha)}: a,b,c or start:stop:step (at most ${MAX_SMI_ALPHAS})`,
        required: true,
      },
      convention: { kind: 'string', help: 'exact SE, or the published code’s V + 10⁻³', default: 'exact', choices: ['exact', 'paper'] },
      compute: { kind: 'string', help: 'compute a skip without shipped data (minutes; refused without it)', default: 'no', choices: ['yes', 'no'] },
      ...format,
    },
    run(f) {
      const layers = layersOf(f);
      const skip = theorySkipOf(f);
      const alphas = toList('--alpha', f.get('alpha')!).map((a) => checkRange('--alpha', a, SMI_RANGES.alpha));
      if (alphas.length > MAX_SMI_ALPHAS)
        throw new UsageError(`--alpha: the plug-in error takes about 1.5 ms per α; at most ${MAX_SMI_ALPHAS} values (got ${alphas.length})`);
      const convention = f.get('convention') === 'paper' ? 'paper' : 'exact';
      const compute = f.get('compute') === 'yes';
      // A staircase that is not shipped takes minutes: refused before it starts unless asked for.
      const eps = convention === 'paper' ? PAPER_EPSILON : 0;
      const interpolated = eps === 0 && (layers === 3 ? interpolates3(skip) : interpolates(skip));
      if (layers === 3 && !compute && !interpolated && !PRECOMPUTED3.some((p) => p.c === skip && p.epsilon === eps))
        throw new UsageError(
          eps === 0
            ? `three-layer state evolution is shipped for c from ${INTERPOLATED_SKIPS3.min} to ${INTERPOLATED_SKIPS3.max} (interpolated between ${SHIPPED_SKIPS3.join(', ')}); another c takes 20–30 minutes: add --compute yes`
            : `three-layer state evolution (paper convention) is shipped for c = ${PRECOMPUTED3.filter((p) => p.epsilon === eps)
                .map((p) => p.c)
                .join(', ')}; another c takes 20–30 minutes: add --compute yes`,
        );
      if (layers === 2 && !compute && !interpolated && !PRECOMPUTED.some((p) => p.c === skip && p.epsilon === eps)) {
        const shipped = PRECOMPUTED.filter((p) => p.epsilon === eps).map((p) => p.c);
        throw new UsageError(
          eps === 0
            ? `two-layer state evolution is shipped for c from ${INTERPOLATED_SKIPS.min} to ${INTERPOLATED_SKIPS.max} (interpolated between ${shipped.join(', ')}); another c takes minutes: add --compute yes`
            : `two-layer state evolution (${convention} convention) is shipped for c = ${shipped.join(', ')}; another c takes minutes: add --compute yes`,
        );
      }
      const r = smiApi.curve({ layers, skip, alphas, convention, compute });
      const converged = r.status.map((s) => s === 'converged');
      const status = r.status.map(contractStatus);
      const reasons = status.map((s) =>
        s === 'out-of-range' ? 'beyond the end of the computed staircase' : s === 'failed' ? 'the state evolution gave no value' : '',
      );
      const q = Object.fromEntries(r.overlaps.map((o, l) => [`Q${l + 1}${l + 1}`, o]));
      const sampling = r.samplingError ?? null;
      const header = {
        model: 'smi',
        layers,
        skip,
        convention,
        epsilon: r.epsilon,
        source: r.source,
        // The measured error of the interpolation in c (skipGridError.ts, skipGridError3.ts): the largest |ΔQ|
        // before the second layer to start and from it on.
        ...(r.source === 'interpolated'
          ? {
              interpolationError:
                layers === 3
                  ? { beforeLeadLayer: STAIRCASE3_INTERPOLATION_ERROR.beforeLead, fromLeadLayer: STAIRCASE3_INTERPOLATION_ERROR.fromLead }
                  : { belowAlpha1: SKIP_INTERPOLATION_ERROR.lastOverlap, fromAlpha1: SKIP_INTERPOLATION_ERROR.bothOverlap },
            }
          : {}),
        // The two-layer data's own precision (shipped, or computed on this call): the state evolution's sampling error
        // of Q₂₂ below α_c,1 and the largest of [Q₁₁, Q₂₂] from it on.
        ...(sampling === null ? {} : { samplingError: sampling }),
        version: VERSION,
      };
      const json = {
        alpha: r.alpha,
        overlaps: r.overlaps,
        converged,
        genError: r.genError,
        status,
        source: header.source,
        ...('interpolationError' in header ? { interpolationError: header.interpolationError } : {}),
        ...('samplingError' in header ? { samplingError: header.samplingError } : {}),
      };
      // A point without a value has nulls in every overlap (not the last computed step's overlaps).
      status.forEach((st, i) => {
        if (st === 'out-of-range') for (const o of r.overlaps) o[i] = NaN;
        if (st === 'out-of-range') r.genError[i] = NaN;
      });
      return finish(f, json, header, { alpha: r.alpha, ...q, genError: r.genError, converged, status }, { label: 'α', xs: r.alpha, status, reasons });
    },
  },
  thresholds: {
    summary: 'its weak-recovery thresholds α_c,ℓ against the skip strength',
    usage:
      'tokenphase smi thresholds --layers 2|3 --skip C [--format json|csv]\n\nWeak-recovery thresholds [α_c,1, α_c,2(, α_c,3)] from the linearised state evolution,\n' +
      'with their errors alphaC_err (the spread of randomised QMC replicates) for the layers alphaC_err_layers\n' +
      "that have one (the three-layer α_c,1 and α_c,2: their spread at the staircase's crossing with the inner\n" +
      "sampling's bias; where both start together, the second's adds the gap to its own crossing).\n" +
      'Two layers: shipped on a grid of c and interpolated in c between (source "interpolated"; alphaC_err then\n' +
      'adds the measured interpolation error in quadrature); c outside the grid takes 30–60 s.\n' +
      `Three layers: all three where the staircase is shipped or interpolated (c from ${INTERPOLATED_SKIPS3.min} to ${INTERPOLATED_SKIPS3.max}); elsewhere\n` +
      'α_c,3 only (about 20 s), the others null. Interpolated α_c,1 and α_c,2 come with interpolationError.alphaC_1_2,\n' +
      'the largest difference measured against staircases computed directly off the grid, which alphaC_err includes.',
    flags: { ...model, ...format },
    run(f) {
      const layers = layersOf(f);
      const skip = theorySkipOf(f);
      const r = smiApi.thresholds({ layers, skip });
      const layer = r.alphaC.map((_, i) => i + 1);
      // Off the shipped three-layer staircases only α_c,3 is computed: the others are marked, not left as bare nulls.
      const status = r.alphaC.map((a) => (Number.isFinite(a) ? 'ok' : layers === 3 ? 'out-of-range' : 'failed'));
      const reasons = status.map((s) =>
        s === 'out-of-range'
          ? `α_c,1 and α_c,2 come with the three-layer staircase, shipped for c from ${INTERPOLATED_SKIPS3.min} to ${INTERPOLATED_SKIPS3.max}`
          : s === 'failed'
            ? 'the linearised state evolution gave no threshold'
            : '',
      );
      const failedAny = status.some((s) => s !== 'ok');
      const extra: Record<string, string[]> = failedAny ? { status } : {};
      // An error is given only where one was estimated, beside the layers it belongs to (no null stands in).
      const alphaC_err_layers = layer.filter((l) => Number.isFinite(r.alphaC[l - 1]) && Number.isFinite(r.alphaCErr[l - 1]));
      const alphaC_err = alphaC_err_layers.map((l) => r.alphaCErr[l - 1]);
      const errs = { alphaC_err, alphaC_err_layers };
      const json =
        layers === 3
          ? {
              alphaC: r.alphaC,
              ...errs,
              L3: r.L3,
              converged: r.converged,
              source: r.source,
              // α_c,1 and α_c,2 read off an interpolated staircase: the largest difference measured against direct
              // computation (skipGridError3.ts), which alphaC_err already holds with the staircases' spread.
              ...(r.source === 'interpolated' && Number.isFinite(r.alphaC[0])
                ? { interpolationError: { alphaC_1_2: STAIRCASE3_INTERPOLATION_ERROR.thresholds } }
                : {}),
              ...extra,
            }
          : { alphaC: r.alphaC, ...errs, F22: r.F22, F11: r.F11, converged: r.converged, source: r.source, ...extra };
      // CSV has a row per layer: the error column only when every layer has one.
      const csvErr: Record<string, number[]> = alphaC_err_layers.length === layer.length ? { alphaC_err } : {};
      return finish(
        f,
        json,
        { model: 'smi', layers, skip, version: VERSION },
        { layer, alphaC: r.alphaC, ...csvErr, ...extra },
        { label: 'layer', xs: layer, status, reasons },
      );
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
      alpha: { kind: 'number', help: `α = n/D, in ${rangeText(SMI_RANGES.alphaAmp)}`, required: true },
      skip: simSkip,
      seed: { kind: 'integer', help: 'seed of the instance', default: '1' },
      damping: { kind: 'number', help: 'damping in [0, 1); above 0 the first layer is not learned', default: '0' },
      'max-iter': { kind: 'integer', help: 'iterations', default: '40' },
      se: { kind: 'string', help: 'also iterate the state evolution', default: 'yes', choices: ['yes', 'no'] },
      ...format,
    },
    run(f) {
      const D = toInteger('--D', f.get('D')!, 2, 1000);
      const alpha = num(f, 'alpha', 'alphaAmp');
      const skip = skipOf(f);
      const seed = seedOf(f);
      const damping = num(f, 'damping');
      const maxIter = toInteger('--max-iter', f.get('max-iter')!, 1, 10000);
      const layers = layersOf(f);
      if (layers === 3 && !(skip > 0)) throw new UsageError(`three layers need a skip strength --skip > 0 (got ${skip})`);
      const r = smiApi.amp({ D, alpha, skip, seed, damping, maxIter, withSE: f.get('se') === 'yes', layers });
      const its = r.iterations;
      const ls = Array.from({ length: layers }, (_, l) => l);
      const cosine = ls.map((l) => its.map((i) => i.cosine[l]));
      // With --se no the state evolution is not computed: it is left out, not printed as nulls.
      const withSE = f.get('se') === 'yes';
      const se = withSE ? ls.map((l) => its.map((i) => i.se[l])) : [];
      const header = { model: 'smi', layers, D, alpha, skip, seed, damping, outcome: r.outcome, version: VERSION };
      const columns = {
        iteration: its.map((i) => i.iteration),
        ...Object.fromEntries(ls.map((l) => [`cos${l + 1}`, cosine[l]])),
        ...Object.fromEntries(se.map((c, l) => [`se${l + 1}`, c])),
      };
      const json = {
        outcome: r.outcome,
        message: r.message,
        n: r.n,
        iteration: its.map((i) => i.iteration),
        cosine,
        ...(withSE ? { se } : {}),
        millis: r.millis,
      };
      return finish(f, json, header, columns, undefined, `the run ended ${r.outcome}${r.message ? ` (${r.message})` : ''}`);
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
      alpha: { kind: 'number', help: `α = n/D, in ${rangeText(SMI_RANGES.alphaGd)}`, required: true },
      skip: simSkip,
      seed: { kind: 'integer', help: 'seed of the teacher, data and start', default: '1' },
      steps: { kind: 'integer', help: 'updates', default: '2000' },
      optimizer: { kind: 'string', help: 'plain (mini-batch) SGD or Adam', default: 'sgd', choices: ['sgd', 'adam'] },
      lr: { kind: 'number', help: `learning rate in ${rangeText(SMI_RANGES.lr)} (default: sgd 0.5·D/max(1, c²), adam 0.02)` },
      batch: { kind: 'integer', help: 'samples per update, 1 to n = αD (default min(n, 2D))' },
      ...format,
    },
    run(f) {
      const D = toInteger('--D', f.get('D')!, 2, 400);
      const alpha = num(f, 'alpha', 'alphaGd');
      const skip = skipOf(f);
      const seed = seedOf(f);
      const steps = toInteger('--steps', f.get('steps')!, 1, 1_000_000);
      const lr = f.has('lr') ? num(f, 'lr') : undefined;
      // The same n as the run's own (see sim/gd.ts), known before it starts.
      const n = Math.max(1, Math.round(alpha * D));
      const batch = f.has('batch') ? toInteger('--batch', f.get('batch')!, 1, n) : undefined;
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
      const header = { model: 'smi', algorithm: 'gd', D, alpha, skip, seed, optimizer, outcome: r.outcome, version: VERSION };
      const json = { outcome: r.outcome, message: r.message, n: r.n, ...cols, cosine: [cols.cos1, cols.cos2], testErrorFinal: r.testError, millis: r.millis };
      return finish(f, json, header, cols, undefined, `the run ended ${r.outcome}${r.message ? ` (${r.message})` : ''}`);
    },
  },
};
