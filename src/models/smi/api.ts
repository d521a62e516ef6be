import { type GampIteration, type GampResult, runGamp } from './sim/amp';
import { DEFAULT_QUADRATURE, PAPER_EPSILON } from './theory/channel';
import { plugInGenError } from './theory/genError';
import { PAPER_ALPHA_CRITICAL } from './theory/paperValues';
import { PRECOMPUTED, PRECOMPUTED_THRESHOLDS, type PrecomputedBranches } from './theory/precomputed';
import { PRECOMPUTED3, PRECOMPUTED3_LAST, PRECOMPUTED3_QUADRATURE } from './theory/precomputed3';
import { PRECOMPUTED3_SPREAD } from './theory/precomputed3Spread';
import { branchesAt, type InterpolatedThresholds, interpolateInLogSkip, thresholdsAt } from './theory/skipGrid';
import { computeReplicatedBranches, type SamplingError } from './theory/computedBranches';
import { SKIP_INTERPOLATION_ERROR, shippedSamplingError } from './theory/skipGridError';
import { rowsToBranches3, type StaircaseParts, splitStaircase, staircaseAt } from './theory/skipGrid3';
import { STAIRCASE3_INTERPOLATION_ERROR } from './theory/skipGridError3';
import { type BranchPoint, curveFromBranches, type Branches, type SeStatus } from './theory/stateEvolution';
import { computeBranches3, curveFromBranches3, lastLayerThreshold, type Branches3 } from './theory/stateEvolution3';
import { DEFAULT_REPLICATES, thresholds } from './theory/thresholds';
import { type GdIteration, type GdOptions, type GdResult, runGd } from './sim/gd';

/**
 * Functions a worker exposes for the sequence multi-index model (tied attention with two or three layers,
 * M = 2 tokens, one direction per layer). Inputs and outputs are plain data.
 */

export interface SmiCurveResult {
  alpha: number[];
  /** [Q₁₁(α), Q₂₂(α)] or, for three layers, [Q₁₁, Q₂₂, Q₃₃] */
  overlaps: number[][];
  /** plug-in generalisation error E‖g(Z) − g(ω)‖²_F at the overlaps (empty when asked without it) */
  genError: number[];
  status: SeStatus[];
  /**
   * where the branches came from: shipped with the build, interpolated in c between shipped skips
   * (skipGrid.ts; its measured error is SKIP_INTERPOLATION_ERROR), or computed on this call (then cached)
   */
  source: 'precomputed' | 'interpolated' | 'computed' | 'cached';
  /** ε added to the variances (0: the exact SE; 0.001: the published code's convention) */
  epsilon: number;
  /** three layers: [α_c,1, α_c,2, α_c,3] of the staircase the curve was read from (NaN beyond its end) */
  alphaC?: number[];
  /**
   * two layers: the state evolution's own sampling error of the overlaps, where it is known: the shipped exact data
   * (read or interpolated in c) and a skip computed on the call (its nets' spread); absent for the published
   * convention's shipped branch (one net)
   */
  samplingError?: SamplingError;
  millis: number;
}

export interface SmiCurveOptions {
  /**
   * 'exact' (default): the state evolution as derived, with perfect recovery Q = I from α = 1 on.
   * 'paper': V_ℓ = 1 − Q_ℓℓ + 10⁻³ as in the published code, which reproduces its BO_2w.csv curves.
   */
  convention?: 'exact' | 'paper';
  /**
   * Compute a skip without shipped data by quadrature: minutes for two layers (about 12 at c = 0.7, several times
   * that below c = 0.5), 20–30 minutes for three.
   * Without it, two layers at a skip inside the shipped grid are interpolated in c (instant); three layers and
   * skips outside the grid fail with a message naming the shipped skips.
   */
  compute?: boolean;
  /**
   * false: leave out the plug-in generalisation error (genError is then empty). It is most of the cost of an
   * interpolated curve (one outer expectation per distinct overlap pair), so a dragged c slider asks without it.
   */
  genError?: boolean;
}

export interface SmiCurveRequest extends SmiCurveOptions {
  layers: number;
  skip: number;
  alphas: number[];
}

/** One GAMP run on a seeded instance. */
export interface SmiAmpRequest {
  D: number;
  alpha: number;
  skip: number;
  seed: number;
  damping: number;
  maxIter: number;
  /** Also iterate the state evolution from the same start (default true). */
  withSE?: boolean;
  /** 2 (default) or 3. */
  layers?: number;
}

export interface SmiThresholdsResult {
  /** [α_c,1, α_c,2] or [α_c,1, α_c,2, α_c,3]: index ℓ − 1 is layer ℓ (NaN: not available for this c) */
  alphaC: number[];
  /**
   * standard errors of alphaC, from the spread of randomised QMC replicates of the outer expectations (NaN:
   * not estimated, for the three-layer α_c,1 and α_c,2, which come from the staircase)
   */
  alphaCErr: number[];
  /** two layers only (NaN for three): F₂₂(0) = E_y‖E[z₂z₂ᵀ|y] − I‖²_F, α_c,2 = 1/F₂₂(0) ≥ 1/6 */
  F22: number;
  /** two layers only (NaN for three): F₁₁(0) */
  F11: number;
  /** three layers only (NaN for two): L₃(0) = E_y‖E[z₃z₃ᵀ|y] − I‖²_F, α_c,3 = 1/L₃(0) */
  L3: number;
  /** two layers only (NaN for three): the last layer's overlap at α_c,1 */
  q2AtAlpha1: number;
  converged: boolean;
  /**
   * shipped with the build (for the grid of c in PRECOMPUTED_THRESHOLDS), interpolated in c between shipped
   * skips (alphaCErr then includes the measured interpolation error), or computed on this call
   */
  source: 'precomputed' | 'interpolated' | 'computed';
  millis: number;
}

export interface SmiThresholdsVsSkipResult {
  skip: number[];
  alpha1: number[];
  alpha2: number[];
  /** three layers: α_c,3 = 1/L₃(0) (α_c,1 and α_c,2 are NaN where no staircase is shipped) */
  alpha3?: number[];
  /** standard errors of alpha1, alpha2, alpha3 (NaN: not estimated) */
  alpha1Err: number[];
  alpha2Err: number[];
  alpha3Err?: number[];
  /** per skip: shipped with the build, interpolated in c, or computed on this call (30–60 s each, with errors) */
  source: ('precomputed' | 'interpolated' | 'computed')[];
  /** the published data/alpha_critical.csv, which disagrees with the linearised SE (see paperValues.ts) */
  paper: { skip: number[]; alpha1: number[]; alpha2: number[] };
  millis: number;
}

/** One gradient-descent run on a seeded two-layer instance (the options of sim/gd.ts without the callback). */
export type SmiGdRequest = Omit<GdOptions, 'onIteration'>;

/** Branches computed on a call, with the sampling error of their nets. */
const branchCache = new Map<string, Branches & { samplingError: SamplingError }>();
/** Shipped branches as read once (a read, not a computation: they stay 'precomputed'). */
const shippedCache = new Map<string, Branches>();
const branch3Cache = new Map<string, Branches3>();

const branchRow = (r: number[]): BranchPoint => ({ alpha: r[0], q1: r[1], q2: r[2] });

function checkLayers(layers: number): void {
  if (layers !== 2 && layers !== 3) throw new RangeError(`only two or three layers are supported (got ${layers})`);
}

/** Skips with shipped three-layer data, for messages. */
export const SHIPPED_SKIPS3 = [...new Set(PRECOMPUTED3.map((p) => p.c))].sort((a, b) => a - b);

/** The complete shipped exact-SE staircases, split into their parts: the grid that interpolation in c reads. */
const SHIPPED3_PARTS: StaircaseParts[] = PRECOMPUTED3.filter((p) => p.epsilon === 0)
  .map((p) => splitStaircase(rowsToBranches3(p)))
  .filter((p): p is StaircaseParts => p !== null)
  .sort((a, b) => a.c - b.c);

/** Three layers, exact SE: skips between the first and last shipped staircases are interpolated. */
export const INTERPOLATED_SKIPS3 = { min: SHIPPED3_PARTS[0].c, max: SHIPPED3_PARTS[SHIPPED3_PARTS.length - 1].c };

export function interpolates3(skip: number): boolean {
  return skip >= INTERPOLATED_SKIPS3.min && skip <= INTERPOLATED_SKIPS3.max;
}

/** α_c,3 = 1/L₃(0) and its standard error at a skip inside its grid (PRECOMPUTED3_LAST), interpolated in c. */
function lastLayerAt(skip: number): { alpha3: number; alpha3Err: number; L3: number } {
  const cs = PRECOMPUTED3_LAST.map((r) => r.c);
  const at = (f: (r: (typeof PRECOMPUTED3_LAST)[number]) => number) => interpolateInLogSkip({ c: cs, y: PRECOMPUTED3_LAST.map(f) }, skip);
  const alpha3 = at((r) => r.alpha3);
  return { alpha3, alpha3Err: at((r) => r.alpha3Err), L3: 1 / alpha3 };
}

/** The errors of α_c,1 and α_c,2 of the shipped exact staircases (their spread), interpolated in c. */
function spreadAt(skip: number): [number, number] {
  const cs = PRECOMPUTED3_SPREAD.map((r) => r.c);
  const at = (l: number) => interpolateInLogSkip({ c: cs, y: PRECOMPUTED3_SPREAD.map((r) => r.alphaErr[l]) }, skip, 2);
  return [at(0), at(1)];
}

/** The three-layer exact-SE staircase at a skip inside the grid, interpolated in c. */
export function interpolatedStaircase3(skip: number): Branches3 {
  return staircaseAt(SHIPPED3_PARTS, lastLayerAt(skip).alpha3, skip);
}

function branches3For(skip: number, epsilon: number, compute: boolean): { br: Branches3; source: SmiCurveResult['source'] } {
  const key = `${skip}|${epsilon}`;
  const cached = branch3Cache.get(key);
  if (cached) return { br: cached, source: 'cached' };
  const pre = PRECOMPUTED3.find((p) => p.c === skip && p.epsilon === epsilon);
  if (pre) {
    const br = rowsToBranches3(pre);
    branch3Cache.set(key, br);
    return { br, source: 'precomputed' };
  }
  if (!compute) {
    if (epsilon === 0 && interpolates3(skip)) return { br: interpolatedStaircase3(skip), source: 'interpolated' };
    throw new RangeError(
      epsilon === 0
        ? `three-layer state evolution is shipped for c from ${INTERPOLATED_SKIPS3.min} to ${INTERPOLATED_SKIPS3.max} (interpolated between ${SHIPPED3_PARTS.map((p) => p.c).join(', ')}); c = ${skip} takes 20–30 minutes of quadrature (CLI: tokenphase smi curve --layers 3 --skip C --compute yes)`
        : `three-layer state evolution in the published convention is shipped for c = ${PRECOMPUTED3.filter((p) => p.epsilon === epsilon)
            .map((p) => p.c)
            .join(', ')}; another c takes 20–30 minutes of quadrature (CLI: tokenphase smi curve --layers 3 --skip C --compute yes)`,
    );
  }
  // The shipped staircases' quadrature, with an inner net per outer point as every shipped one has.
  const br = computeBranches3(skip, { ...PRECOMPUTED3_QUADRATURE, innerPerPoint: true, epsilon });
  branch3Cache.set(key, br);
  return { br, source: 'computed' };
}
function checkSkip(skip: number): void {
  if (!(skip >= 0 && skip <= 10)) throw new RangeError(`the skip strength must lie in [0, 10] (got ${skip})`);
}

/** A shipped row of branches as the state evolution's Branches. */
export const shippedBranches = (pre: PrecomputedBranches): Branches => ({
  c: pre.c,
  epsilon: pre.epsilon,
  alphaC: [pre.alphaC[0], pre.alphaC[1]],
  last: pre.last.map(branchRow),
  both: pre.both.map(branchRow),
  monotone: pre.monotone,
});

/** The exact-SE branches shipped with their thresholds, the grid that interpolation in c reads. */
const SHIPPED_EXACT: Branches[] = PRECOMPUTED.filter((p) => p.epsilon === 0).map(shippedBranches);

/** Two layers, exact SE: skips between the first and last shipped branches are interpolated. */
export const INTERPOLATED_SKIPS = ((cs: number[]) => ({ min: Math.min(...cs), max: Math.max(...cs) }))(SHIPPED_EXACT.map((b) => b.c));

export function interpolates(skip: number): boolean {
  return skip >= INTERPOLATED_SKIPS.min && skip <= INTERPOLATED_SKIPS.max;
}

/** Thresholds at a skip inside the grid, interpolated in c, with the stated errors (standard and interpolation). */
export function interpolatedThresholds(skip: number): InterpolatedThresholds {
  const th = thresholdsAt(PRECOMPUTED_THRESHOLDS, skip);
  // The stated error: the shipped standard errors and the measured interpolation error, in quadrature.
  const e = SKIP_INTERPOLATION_ERROR;
  return { ...th, alphaCErr: [Math.hypot(th.alphaCErr[0], e.alpha1), Math.hypot(th.alphaCErr[1], e.alpha2)] };
}

/** Two-layer exact-SE branches at a skip inside the grid, interpolated in c. */
export function interpolatedBranches(skip: number): Branches {
  return branchesAt(SHIPPED_EXACT, thresholdsAt(PRECOMPUTED_THRESHOLDS, skip), skip);
}

function branchesFor(skip: number, epsilon: number, compute = true): { br: Branches; source: SmiCurveResult['source'] } {
  const key = `${skip}|${epsilon}`;
  const cached = branchCache.get(key);
  if (cached) return { br: cached, source: 'cached' };
  const read = shippedCache.get(key);
  if (read) return { br: read, source: 'precomputed' };
  const pre = PRECOMPUTED.find((p) => p.c === skip && p.epsilon === epsilon && p.both.length > 1);
  if (pre) {
    // Every shipped branch rises in α (precomputed.test.ts), so it is read as it is.
    const br = shippedBranches(pre);
    shippedCache.set(key, br);
    return { br, source: 'precomputed' };
  }
  if (!compute) {
    if (epsilon !== 0 || !interpolates(skip)) {
      const shipped = PRECOMPUTED.filter((p) => p.epsilon === epsilon).map((p) => p.c);
      throw new RangeError(
        epsilon === 0
          ? `two-layer state evolution is shipped for c from ${INTERPOLATED_SKIPS.min} to ${INTERPOLATED_SKIPS.max} (interpolated between ${shipped.join(', ')}); c = ${skip} must be computed (minutes)`
          : `the published convention is shipped for c = ${shipped.join(', ')} only; c = ${skip} must be computed (minutes)`,
      );
    }
    return { br: interpolatedBranches(skip), source: 'interpolated' };
  }
  const br = computeReplicatedBranches(skip, { ...DEFAULT_QUADRATURE, epsilon });
  branchCache.set(key, br);
  return { br, source: 'computed' };
}

/**
 * Plug-in error at each point of a curve. Every α below the first threshold (and, for the exact SE, every α
 * past perfect recovery) has the same overlaps, so each distinct overlap vector is integrated once.
 */
function genErrorAlong(skip: number, c: { overlaps: number[][]; status: SeStatus[] }): number[] {
  const seen = new Map<string, number>();
  return c.status.map((st, i) => {
    if (st === 'failed') return NaN;
    const q = c.overlaps.map((o) => o[i]);
    const key = q.join();
    let e = seen.get(key);
    if (e === undefined) {
      e = plugInGenError(skip, q, 4096);
      seen.set(key, e);
    }
    return e;
  });
}

function epsilonOf(opts: SmiCurveOptions | undefined): number {
  const conv = opts?.convention ?? 'exact';
  if (conv !== 'exact' && conv !== 'paper') throw new RangeError(`convention must be 'exact' or 'paper' (got ${String(conv)})`);
  return conv === 'paper' ? PAPER_EPSILON : 0;
}

export const smiApi = {
  /**
   * Bayes-optimal overlaps and plug-in error vs α. Two layers, exact SE: shipped on a grid of c and
   * interpolated in c between (instant); `compute` solves a skip by quadrature instead (minutes once, then
   * cached). The paper convention ships at c = 1.
   */
  curve(req: SmiCurveRequest): SmiCurveResult {
    const { layers, skip, alphas } = req;
    const t0 = Date.now();
    checkLayers(layers);
    checkSkip(skip);
    const epsilon = epsilonOf(req);
    if (layers === 3) {
      const { br, source } = branches3For(skip, epsilon, req.compute ?? false);
      const c3 = curveFromBranches3(br, alphas);
      return { ...c3, genError: req.genError === false ? [] : genErrorAlong(skip, c3), source, epsilon, alphaC: [...br.alphaC], millis: Date.now() - t0 };
    }
    const { br, source } = branchesFor(skip, epsilon, req.compute ?? false);
    const c = curveFromBranches(br, alphas);
    const sampling = 'samplingError' in br ? (br.samplingError as SamplingError) : shippedSamplingError({ epsilon, source }, skip);
    return {
      ...c,
      genError: req.genError === false ? [] : genErrorAlong(skip, c),
      source,
      epsilon,
      ...(sampling ? { samplingError: sampling } : {}),
      millis: Date.now() - t0,
    };
  },

  /**
   * Weak-recovery thresholds of the exact SE: shipped for the grid of c, interpolated in c between (two
   * layers), or with `compute` (or outside the grid) from the linearisation with errors (30–60 s).
   */
  thresholds({ layers, skip, compute = false }: { layers: number; skip: number; compute?: boolean }): SmiThresholdsResult {
    const t0 = Date.now();
    checkLayers(layers);
    checkSkip(skip);
    if (layers === 3) {
      // α_c,1 and α_c,2 come with the shipped staircase; α_c,3 = 1/L₃(0) alone takes about 20 s to compute.
      const pre3 = PRECOMPUTED3.find((p) => p.c === skip && p.epsilon === 0);
      const shipped = PRECOMPUTED3_LAST.find((p) => p.c === skip);
      const lastRange = PRECOMPUTED3_LAST.map((r) => r.c);
      if (!pre3 && !compute && skip >= lastRange[0] && skip <= lastRange[lastRange.length - 1]) {
        // Interpolated in c: α_c,3 over its own grid, with its standard error and the interpolation error in
        // quadrature; α_c,1 and α_c,2 from the interpolated staircase where the staircases reach, their errors
        // (the shipped ones' spread, interpolated) with the interpolation's measured error in quadrature.
        const inside = interpolates3(skip);
        const br = inside ? interpolatedStaircase3(skip) : null;
        const last = shipped ?? lastLayerAt(skip);
        const alpha3Err = shipped ? shipped.alpha3Err : Math.hypot(last.alpha3Err, STAIRCASE3_INTERPOLATION_ERROR.alpha3);
        const spread = spreadAt(skip);
        return {
          alphaC: [br?.alphaC[0] ?? NaN, br?.alphaC[1] ?? NaN, last.alpha3],
          alphaCErr: [
            br ? Math.hypot(spread[0], STAIRCASE3_INTERPOLATION_ERROR.thresholds) : NaN,
            br ? Math.hypot(spread[1], STAIRCASE3_INTERPOLATION_ERROR.thresholds) : NaN,
            alpha3Err,
          ],
          F22: NaN,
          F11: NaN,
          L3: 1 / last.alpha3,
          q2AtAlpha1: NaN,
          converged: inside,
          source: shipped && !inside ? 'precomputed' : 'interpolated',
          millis: Date.now() - t0,
        };
      }
      const last = shipped ?? (({ alpha3, err, L3 }) => ({ alpha3, alpha3Err: err, L3 }))(lastLayerThreshold(skip, PRECOMPUTED3_QUADRATURE, 2));
      const L3 = last.L3;
      const alphaC = pre3 ? [pre3.alphaC[0] ?? NaN, pre3.alphaC[1] ?? NaN, pre3.alphaC[2] ?? NaN] : [NaN, NaN, 1 / L3];
      // A shipped exact staircase's α_c,1 and α_c,2 carry their measured spread (precomputed3Spread.ts).
      const spread = pre3 ? PRECOMPUTED3_SPREAD.find((r) => r.c === skip) : undefined;
      const alphaCErr = [spread?.alphaErr[0] ?? NaN, spread?.alphaErr[1] ?? NaN, last.alpha3Err];
      const source = shipped ? 'precomputed' : 'computed';
      return { alphaC, alphaCErr, F22: NaN, F11: NaN, L3, q2AtAlpha1: NaN, converged: !!pre3, source, millis: Date.now() - t0 };
    }
    const pre = PRECOMPUTED_THRESHOLDS.find((p) => p.c === skip);
    if (pre)
      return {
        alphaC: [pre.alpha1, pre.alpha2],
        alphaCErr: [pre.alpha1Err, pre.alpha2Err],
        F22: pre.F22,
        F11: pre.F11,
        L3: NaN,
        q2AtAlpha1: pre.q2AtAlpha1,
        converged: pre.converged,
        source: 'precomputed',
        millis: Date.now() - t0,
      };
    if (!compute && interpolates(skip)) {
      const th = interpolatedThresholds(skip);
      const F22 = 1 / th.alphaC[1];
      return { ...th, F22, L3: NaN, converged: true, source: 'interpolated', millis: Date.now() - t0 };
    }
    const th = thresholds(skip, DEFAULT_QUADRATURE, DEFAULT_REPLICATES);
    return {
      alphaC: th.alphaC,
      alphaCErr: th.alphaCErr,
      F22: th.F22,
      F11: th.F11,
      L3: NaN,
      q2AtAlpha1: th.q2AtAlpha1,
      converged: th.converged,
      source: 'computed',
      millis: Date.now() - t0,
    };
  },
  /**
   * Thresholds for a panel over skips (default: the shipped grid, instant), with the published values
   * beside them. Skips off the shipped grid are computed live, 30–60 s each.
   */
  thresholdsVsSkip({ skips, layers = 2 }: { skips?: number[]; layers?: number }): SmiThresholdsVsSkipResult {
    const t0 = Date.now();
    checkLayers(layers);
    const grid = skips ?? (layers === 3 ? PRECOMPUTED3_LAST.map((p) => p.c) : PRECOMPUTED_THRESHOLDS.map((p) => p.c));
    const res = grid.map((s) => smiApi.thresholds({ layers, skip: s }));
    const paper = [...PAPER_ALPHA_CRITICAL].sort((a, b) => a.skip - b.skip);
    return {
      skip: grid.slice(),
      alpha1: res.map((r) => r.alphaC[0]),
      alpha2: res.map((r) => r.alphaC[1]),
      alpha3: layers === 3 ? res.map((r) => r.alphaC[2]) : undefined,
      alpha1Err: res.map((r) => r.alphaCErr[0]),
      alpha2Err: res.map((r) => r.alphaCErr[1]),
      alpha3Err: layers === 3 ? res.map((r) => r.alphaCErr[2]) : undefined,
      source: res.map((r) => r.source),
      paper: { skip: paper.map((p) => p.skip), alpha1: paper.map((p) => p.alpha1), alpha2: paper.map((p) => p.alpha2) },
      millis: Date.now() - t0,
    };
  },

  /**
   * GAMP on a seeded instance (two or three layers); `progress` receives every iteration (overlaps per layer
   * and the SE). Three layers cost 0.15–0.3 s per iteration at D = 150–200, α = 1.6.
   */
  amp(req: SmiAmpRequest, progress?: (it: GampIteration) => void): GampResult {
    const { D, alpha, skip, seed, damping, maxIter, withSE = true, layers = 2 } = req;
    checkSkip(skip);
    checkLayers(layers);
    if (!(D <= 1000)) throw new RangeError(`D must be at most 1000 (got ${D})`);
    return runGamp({ layers, D, alpha, skip, seed, damping, maxIter, withSE, onIteration: progress });
  },

  /** Gradient descent on the two-layer attention model (see smi/gd.ts); `progress` receives every record. */
  gd(req: SmiGdRequest, progress?: (it: GdIteration) => void): GdResult {
    checkSkip(req.skip);
    if (!(req.D <= 400)) throw new RangeError(`D must be at most 400 (got ${req.D})`);
    return runGd({ ...req, onIteration: progress });
  },
};

export type SmiApi = typeof smiApi;
