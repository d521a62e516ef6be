/**
 * Precomputes two-layer SMI state-evolution data and writes src/models/smi/theory/precomputed.ts, so the explorer
 * draws them without minutes of quadrature. The parts are independent, so they can run in parallel:
 *
 *   npx tsx scripts/smi-precompute.ts branches 1,0.5,2 [epsilon] > part1.json
 *   npx tsx scripts/smi-precompute.ts thresholds 0.1,0.25,0.5,1,2 [epsilon] [replicates] > part2.json
 *   npx tsx scripts/smi-precompute.ts points 0.75,1.25 > part3.json
 *   npx tsx scripts/smi-precompute.ts points-last 0.15,0.35 > part4.json
 *   npx tsx scripts/smi-precompute.ts points-add part4.json > part5.json
 *   npx tsx scripts/smi-precompute.ts points-both 0.75 > part6.json
 *   npx tsx scripts/smi-precompute.ts points-both-add 0.75 > part7.json
 *   SMI_START=part6.json npx tsx scripts/smi-precompute.ts points-both-fine 0.05 > part8.json
 *   npx tsx scripts/smi-precompute.ts shipped > part0.json
 *   npx tsx scripts/smi-precompute.ts between 0.6,1 > between.json
 *   npx tsx scripts/smi-precompute.ts between-both 0.6,1 > both.json
 *   npx tsx scripts/smi-precompute.ts between-shipped > shipped-between.json
 *   npx tsx scripts/smi-precompute.ts between-write between.json both.json …
 *   npx tsx scripts/smi-precompute.ts reading 1.75,3 > reading.json
 *   npx tsx scripts/smi-precompute.ts write part1.json part2.json …
 *
 * `branches` gives the parametric branches for each skip c (ε = 0, the exact SE, unless given);
 * `between` measures the live path against direct points between the last-layer nodes, which `between-write` puts
 * into src/models/smi/theory/directBetween.ts for the tests (`between-both` the same for the two-layer branch; a later
 * part replaces an earlier one at the same skip, and `between-shipped` turns the shipped points into a part);
 * `reading` measures the reading between the nodes alone, on one net (no sampling noise), with the shipped nodes and
 * with twice as many above q₂ = 0.5;
 * `thresholds` gives α_c,1(c), α_c,2(c) with their standard errors (REPLICATES randomised replicates unless
 * given); `points` gives the branches of the exact SE at skips whose thresholds already ship, without
 * computing them again (most of the cost of `branches`), `points-last` the last-layer branch alone, as means
 * over randomised replicates, keeping a shipped two-layer branch (1–8 minutes a skip), `points-add` the nodes of
 * LAST_LAYER_Q2 a points-last part lacks, `points-both` the two-layer branch alone, keeping the shipped last-layer
 * one (1.5–17 minutes a skip; below GRID_CHECK_BELOW with the inner grid's correction, and with SMI_BOTH_REPLICATES
 * as means over replicates), `points-both-add` the nodes of TWO_LAYER_Q1 a shipped two-layer branch lacks (1–17
 * minutes a skip), `points-both-fine` the two-layer branch as means over replicates with the grid's correction
 * (SMI_START: parts whose nodes give each node's starting q₂); `shipped` turns the shipped branches and thresholds
 * into a part, with their provenance as its record; `write` merges parts into the shipped file (a later part wins for the same c and ε). A threshold row also replaces
 * what of a branch with the same c and ε rests on the thresholds: its alphaC, the first point of each branch,
 * and where the last-layer branch stops; the other points depend on F₁ and F₂ only. Each part records its
 * command line, the package version and the git commit; `write` puts them, with its own command, into the
 * file's header and PRECOMPUTED_PROVENANCE. A `shipped` part also carries the file's history (its notes, and
 * its earlier writes' notes, one flat entry each), which `write` keeps; PRECOMPUTE_NOTE adds to this write's note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUADRATURE, type SmiQuadrature } from '../src/models/smi/theory/channel';
import { PRECOMPUTED, PRECOMPUTED_PROVENANCE, PRECOMPUTED_THRESHOLDS, type PrecomputedThresholds } from '../src/models/smi/theory/precomputed';
import { interpolatedBranches, interpolatedThresholds, shippedBranches, smiApi } from '../src/models/smi/api';
import { DIRECT_BETWEEN, DIRECT_BETWEEN_BOTH, DIRECT_BETWEEN_PROVENANCE } from '../src/models/smi/theory/directBetween';
import { plugInGenError } from '../src/models/smi/theory/genError';
import { branchesAt, thresholdsAt } from '../src/models/smi/theory/skipGrid';
import {
  type Branches,
  branchesWithThresholds,
  computeBranches,
  curveFromBranches,
  LAST_LAYER_Q2,
  correctedTwoLayerPoint,
  type GridCheck,
  gridCheckFor,
  gridShift,
  lastLayerPoint,
  replicatedTwoLayerPoint,
  TWO_LAYER_Q1,
  twoLayerPoint,
} from '../src/models/smi/theory/stateEvolution';
import { GRID_CHECK, thresholds } from '../src/models/smi/theory/thresholds';
import {
  formatData,
  mergeRuns,
  type PartMeta,
  type Provenance,
  provenanceComment,
  provenanceSource,
  shippedMeta,
  thisRun,
  writeProvenance,
} from './precompute-output';

/** More outer points than the live default: 1024 points leave about 1–3% on F at q₂ ≥ 0.97. */
const QUADRATURE: SmiQuadrature = { ...DEFAULT_QUADRATURE, outer: 4096 };
/**
 * The last-layer branch as means over randomised replicates of the net, each node with its
 * standard error. On the fixed net alone α*(q₂) was off by that net's sampling error: at c = 1 it started at
 * α*(0.0005) = 0.1897 against α_c,2 = 0.1855 (the replicates' mean: 0.1856), and jumped by 1.4·10⁻³ at q₂ = 0.1,
 * where the net changes from 16384 to 4096 points; both showed as kinks in Q₂₂(α). Every node is on 16384 points:
 * F₂'s spread over replicates is 2.8× smaller than with 4096 at c = 1, q₂ = 0.125 (7.2·10⁻³ → 2.6·10⁻³ relative)
 * and 1.6× at c = 3, q₂ = 0.985, for 4× the cost, and one net for all nodes leaves no step where it changed.
 */
const LAST_QUADRATURE: SmiQuadrature = { ...QUADRATURE, outer: 16384 };
const LAST_REPLICATES = Number(process.env.SMI_LAST_REPLICATES ?? 6);
/**
 * `points-both` with SMI_BOTH_REPLICATES = R ≥ 2: the two-layer nodes as means over R replicates of the net
 * (QUADRATURE), √R times less sampling error. The shipped nodes are on one net from c = 0.25 on; those at
 * c = 0.05 to 0.15 are means (points-both-fine), where the inner grid's correction is added to them too.
 */
const BOTH_REPLICATES = Number(process.env.SMI_BOTH_REPLICATES ?? 0);
/** The nets of points-both-nets and between-both-nets unless SMI_BOTH_REPLICATES is set. */
const NETS_REPLICATES = BOTH_REPLICATES >= 2 ? BOTH_REPLICATES : 4;
/** The replicates on which the inner grid's bias (GRID_CHECK times denser) is measured, where nodes are means. */
const FINE_REPLICATES = 2;
/** The grid correction of two-layer nodes below GRID_CHECK_BELOW: on their own net, or on FINE_REPLICATES replicates. */
const smallSkipCheck = (c: number, replicates: number): GridCheck | undefined => gridCheckFor(c, 0, replicates >= 2 ? FINE_REPLICATES : 0);
/** Randomised replicates per threshold: their spread is the stated error. */
const REPLICATES = 8;

const round = (x: number) => Number(x.toPrecision(7));
const round2 = (x: number) => Number(x.toPrecision(2));
const SCRIPT = 'smi-precompute.ts';

interface BranchRow {
  c: number;
  epsilon: number;
  alphaC: number[];
  alphaCErr?: number[];
  last: number[][];
  lastAlphaErr?: number[];
  lastReplicates?: number;
  both: number[][];
  /** the randomised replicates behind each two-layer node, where they are means (absent: one net) */
  bothReplicates?: number;
  /** where the two-layer nodes carry a grid correction (gridShift): the denser grid's factor, the replicates it is measured on */
  bothGridCheck?: { check: number; replicates: number };
  /** points-both-nets parts only: each two-layer node's standard error, and its nets' own [α, q₂] in turn */
  bothNets?: number[][];
  monotone: boolean;
}

/** A shipped thresholds row, with the ε of its run (rows for ε > 0 only patch their branch). */
type ThresholdRow = PrecomputedThresholds & { epsilon?: number };

interface Part extends PartMeta {
  branches?: BranchRow[];
  thresholds?: ThresholdRow[];
}

const increasing = (rows: number[][]) => rows.every((r, i) => i === 0 || r[0] > rows[i - 1][0]);

/**
 * A branch with the thresholds of `t`: alphaC, the start of each branch, and the last-layer branch cut after
 * its first point beyond α_c,1 (as computeBranches cuts it). Fails if the branch does not reach α_c,1.
 */
export function withThresholds(b: BranchRow, t: ThresholdRow): BranchRow {
  const last: number[][] = [[t.alpha2, 0, 0]];
  for (const r of b.last.slice(1)) {
    last.push(r);
    if (r[0] > t.alpha1) break;
  }
  if (!(last[last.length - 1][0] > t.alpha1)) throw new Error(`the last-layer branch at c = ${b.c} ends below α_c,1 = ${t.alpha1}: recompute it`);
  const both = [[t.alpha1, 0, t.q2AtAlpha1], ...b.both.slice(1)];
  return {
    ...b,
    alphaC: [t.alpha1, t.alpha2],
    alphaCErr: [t.alpha1Err, t.alpha2Err],
    last,
    // Cut with the branch; its first node is α_c,2, with the threshold's error.
    ...(b.lastAlphaErr ? { lastAlphaErr: [t.alpha2Err, ...b.lastAlphaErr.slice(1, last.length)] } : {}),
    both,
    monotone: increasing(last) && increasing(both),
  };
}

/** The shipped file: the data with one row per line, and how they were made. */
export function renderPrecomputed(data: { branches: unknown[]; thresholds: unknown[]; provenance: Provenance }): string {
  const p = data.provenance;
  return `/**
 * Two-layer SMI state-evolution data, generated by scripts/smi-precompute.ts with ${QUADRATURE.outer} outer Sobol'
 * points (16384 where an overlap is ≤ 0.1) and inner refine ${QUADRATURE.refine}; the last-layer branches written by
 * \`points-last\` are means over ${LAST_REPLICATES} randomised replicates of a net of ${LAST_QUADRATURE.outer} points (lastOuter).
 * PRECOMPUTED: parametric branches, rows [α, Q₁₁, Q₂₂]; epsilon 0 is the exact SE, 0.001 the published
 * code's regularisation. PRECOMPUTED_THRESHOLDS: weak-recovery thresholds of the exact SE against the skip c.
 * Thresholds (alphaC of a branch too) are means over randomised replicates of the outer net, as many as each
 * row says, with the grid correction and standard errors of thresholds.ts; the errors do not cover that
 * correction.
${provenanceComment(p)}
 */
export interface PrecomputedBranches {
  c: number;
  epsilon: number;
  alphaC: number[];
  /** standard errors of alphaC */
  alphaCErr: number[];
  last: number[][];
  /**
   * standard errors of the last-layer nodes' α (the replicates' spread over √replicates), where the branch was
   * computed as a mean over replicates (the first node, α_c,2, with the threshold's error)
   */
  lastAlphaErr?: number[];
  /** the randomised replicates behind each last-layer node, where lastAlphaErr is given (lastLayerPoint) */
  lastReplicates?: number;
  both: number[][];
  /** the randomised replicates behind each two-layer node, where they are means (absent: one net; twoLayerPoint) */
  bothReplicates?: number;
  /** where the two-layer nodes carry a grid correction (gridShift): the denser grid's factor, the replicates it is measured on */
  bothGridCheck?: { check: number; replicates: number };
  monotone: boolean;
}

export interface PrecomputedThresholds {
  c: number;
  alpha1: number;
  /** standard error of alpha1: the spread of the replicates' roots over √replicates */
  alpha1Err: number;
  alpha2: number;
  alpha2Err: number;
  q2AtAlpha1: number;
  F11: number;
  F22: number;
  converged: boolean;
  /** randomised replicates × outer points of each expectation (16384 points at Q = 0) */
  replicates: number;
  outer: number;
}

${provenanceSource('PRECOMPUTED', 'PrecomputedProvenance', { ...QUADRATURE, lastOuter: LAST_QUADRATURE.outer }, p)}

/** The quadrature of the last-layer nodes written by \`points-last\` (with the replicates each row names). */
export const PRECOMPUTED_LAST_QUADRATURE = { ...PRECOMPUTED_QUADRATURE, outer: PRECOMPUTED_QUADRATURE.lastOuter };

export const PRECOMPUTED: PrecomputedBranches[] = ${formatData(data.branches)};

export const PRECOMPUTED_THRESHOLDS: PrecomputedThresholds[] = ${formatData(data.thresholds)};
`;
}

/** The direct points between the last-layer nodes (`between`), as a module the tests import. */
function renderDirectBetween(rows: { c: number; points: number[][] }[], both: { c: number; points: number[][] }[], p: Provenance): string {
  return `/**
 * The two-layer last-layer branch solved directly between the shipped nodes, for livePath.slow.test.ts: at each skip
 * (shipped or not), the midpoint in q₂ of each pair of the nodes' q₂ between the thresholds, computed as the nodes are
 * (PRECOMPUTED_LAST_QUADRATURE, the mean over the same randomised replicates). Rows [α, q₂, standard error of α].
 * Generated by scripts/smi-precompute.ts \`between\` and \`between-write\`.
${provenanceComment(p)}
 */
export const DIRECT_BETWEEN_PROVENANCE = ${formatData({ command: p.command, version: p.version, commit: p.commit, ...(p.note ? { note: p.note } : {}), ...(p.history?.length ? { history: p.history } : {}) })};

export const DIRECT_BETWEEN: { c: number; points: number[][] }[] = ${formatData(rows)};

/**
 * The two-layer branch (from α_c,1 on) solved directly as its shipped nodes are (PRECOMPUTED_QUADRATURE, the mean of
 * the same randomised nets): at the midpoints in q₁ of TWO_LAYER_Q1, at skips off the grid. Rows [α, q₁, q₂, standard
 * error of α]. Generated by \`between-both\` (on one net) and solved again on the nets by \`between-both-nets\`.
 */
export const DIRECT_BETWEEN_BOTH: { c: number; points: number[][] }[] = ${formatData(both)};
`;
}

/**
 * The live path's overlaps at α (smiApi.curve), and how far its plug-in error lies from that of the direct overlaps
 * [q₁, q₂] (one net for both, so only the overlaps differ). Used by `between`, `between-both` and livePath.slow.test.ts.
 */
export function liveAgainst(c: number, alpha: number, direct: number[]): { q: number[]; dE: number } {
  const live = smiApi.curve({ layers: 2, skip: c, alphas: [alpha], genError: false });
  const q = [live.overlaps[0][0], live.overlaps[1][0]];
  return { q, dE: Math.abs(plugInGenError(c, q, 4096) - plugInGenError(c, direct, 4096)) };
}

/** Largest differences between direct branches at a held-out skip and the interpolation there. */
function compareWithInterpolation(direct: Branches, t: ThresholdRow) {
  const interp = interpolatedBranches(t.c);
  const th = interpolatedThresholds(t.c);
  // Up to α_c,1: the direct branches of a held-out skip hold the last-layer branch only.
  const alphas = Array.from({ length: 401 }, (_, i) => (t.alpha1 * i) / 400);
  const a = curveFromBranches(direct, alphas);
  const b = curveFromBranches(interp, alphas);
  let overlap = 0;
  let overlapAway = 0;
  for (let i = 0; i < alphas.length; i++) {
    const d = Math.max(Math.abs(a.overlaps[0][i] - b.overlaps[0][i]), Math.abs(a.overlaps[1][i] - b.overlaps[1][i]));
    overlap = Math.max(overlap, d);
    // Away from the thresholds, where a shift of the threshold itself does not count.
    const near = [t.alpha1, t.alpha2].some((x) => Math.abs(alphas[i] - x) < 0.01);
    if (!near) overlapAway = Math.max(overlapAway, d);
  }
  return {
    dAlpha1: interp.alphaC[0] - t.alpha1,
    dAlpha2: interp.alphaC[1] - t.alpha2,
    alpha1Err: t.alpha1Err,
    alpha2Err: t.alpha2Err,
    statedErr: th.alphaCErr,
    dQ2AtAlpha1: th.q2AtAlpha1 - t.q2AtAlpha1,
    overlap,
    overlapAway,
  };
}

function main(): void {
  // Recorded as the run starts: the working tree may change while a long run computes.
  const started = thisRun(SCRIPT);
  const [mode, list, epsArg] = process.argv.slice(2);
  const skips = (list ?? '1').split(',').map(Number);
  if (mode === 'branches' || mode === 'points' || mode === 'points-last' || mode === 'points-both') {
    const epsilon = Number(epsArg ?? 0);
    const branches = skips.map((c) => {
      const t0 = Date.now();
      // The grid correction of the two-layer nodes computed here (computeBranches takes the same on its own net).
      const gridCheck = mode === 'points-both' ? smallSkipCheck(c, BOTH_REPLICATES) : mode === 'branches' && !epsilon ? smallSkipCheck(c, 0) : undefined;
      let b: ReturnType<typeof computeBranches>;
      if (mode !== 'branches') {
        // The branch points only, from the shipped thresholds of this skip (a `thresholds` part must exist).
        // Thresholds not yet written can come from parts named in SMI_THRESHOLDS (comma-separated files).
        const extra = (process.env.SMI_THRESHOLDS ?? '')
          .split(',')
          .filter((f) => f)
          .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as Part).thresholds ?? []);
        const t = [...extra, ...PRECOMPUTED_THRESHOLDS].find((r) => r.c === c);
        if (!t || epsilon) throw new Error(`points: no shipped thresholds of the exact SE at c = ${c}; run \`thresholds ${c}\` and write first`);
        b = branchesWithThresholds(
          c,
          { alphaC: [t.alpha1, t.alpha2], alphaCErr: [t.alpha1Err, t.alpha2Err], q2AtAlpha1: t.q2AtAlpha1 },
          mode === 'points-last' ? LAST_QUADRATURE : QUADRATURE,
          {
            withBoth: mode !== 'points-last',
            lastReplicates: mode === 'points-last' ? LAST_REPLICATES : 0,
            bothReplicates: mode === 'points-both' ? BOTH_REPLICATES : 0,
            gridCheck,
          },
        );
      } else b = computeBranches(c, { ...QUADRATURE, epsilon });
      // The last-layer branch alone replaces the shipped one; a shipped two-layer branch of this skip is kept.
      const keptRow = mode === 'points-last' ? PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0) : undefined;
      const kept = keptRow?.both;
      console.error(`branches c = ${c}, ε = ${epsilon}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      const row: BranchRow = {
        c: b.c,
        epsilon,
        alphaC: b.alphaC.map(round),
        alphaCErr: (b.alphaCErr ?? [NaN, NaN]).map(round2),
        last: b.last.map((p) => [round(p.alpha), round(p.q1), round(p.q2)]),
        ...(b.last.some((p) => p.alphaErr !== undefined) ? { lastReplicates: LAST_REPLICATES, lastAlphaErr: b.last.map((p) => round2(p.alphaErr ?? 0)) } : {}),
        both: kept ?? b.both.map((p) => [round(p.alpha), round(p.q1), round(p.q2)]),
        ...(mode === 'points-both' && BOTH_REPLICATES >= 2 ? { bothReplicates: BOTH_REPLICATES } : {}),
        ...(gridCheck ? { bothGridCheck: gridCheck } : {}),
        // A kept two-layer branch keeps the record of how its nodes were made.
        ...(keptRow?.bothReplicates ? { bothReplicates: keptRow.bothReplicates } : {}),
        ...(keptRow?.bothGridCheck ? { bothGridCheck: keptRow.bothGridCheck } : {}),
        monotone: b.monotone && (!kept || increasing(kept)),
      };
      // points-both: the two-layer branch alone; the shipped last-layer branch (its own quadrature) is kept.
      const shippedLast = mode === 'points-both' ? PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0) : undefined;
      if (mode === 'points-both' && !shippedLast) throw new Error(`points-both: no shipped branch at c = ${c}`);
      return shippedLast
        ? {
            ...row,
            last: shippedLast.last,
            lastAlphaErr: shippedLast.lastAlphaErr,
            lastReplicates: shippedLast.lastReplicates,
            monotone: row.monotone && increasing(shippedLast.last),
          }
        : row;
    });
    process.stdout.write(JSON.stringify({ made: started, branches } satisfies Part));
  } else if (mode === 'thresholds') {
    const epsilon = Number(epsArg ?? 0);
    const R = Number(process.argv[5] ?? REPLICATES);
    const rows = skips.map((c): ThresholdRow => {
      const t0 = Date.now();
      const th = thresholds(c, { ...QUADRATURE, epsilon }, R);
      const shown = th.alphaC.map((a, i) => `${a.toFixed(5)} ± ${th.alphaCErr[i].toFixed(5)}`).join(', ');
      const grid = th.gridShift.map((x) => x.toExponential(1)).join(', ');
      console.error(`thresholds c = ${c}, ε = ${epsilon}: ${shown}, grid correction ${grid} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return {
        c,
        ...(epsilon ? { epsilon } : {}),
        alpha1: round(th.alphaC[0]),
        alpha1Err: round2(th.alphaCErr[0]),
        alpha2: round(th.alphaC[1]),
        alpha2Err: round2(th.alphaCErr[1]),
        q2AtAlpha1: round(th.q2AtAlpha1),
        F11: round(th.F11),
        F22: round(th.F22),
        converged: th.converged,
        replicates: th.replicates,
        outer: th.outer,
      };
    });
    process.stdout.write(JSON.stringify({ made: started, thresholds: rows } satisfies Part));
  } else if (mode === 'heldout') {
    // The interpolation in c against direct computation at skips off the shipped grid: each row of the
    // thresholds parts named is a held-out skip; its branches are computed from its own thresholds.
    const rows = process.argv.slice(3).flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as Part).thresholds ?? []);
    const out = rows.map((t) => {
      const t0 = Date.now();
      // The last-layer branch only: the two-layer one is checked by leaving a shipped skip out (`leaveout`).
      const direct = branchesWithThresholds(
        t.c,
        { alphaC: [t.alpha1, t.alpha2], alphaCErr: [t.alpha1Err, t.alpha2Err], q2AtAlpha1: t.q2AtAlpha1 },
        LAST_QUADRATURE,
        { withBoth: false, lastReplicates: LAST_REPLICATES },
      );
      console.error(`heldout c = ${t.c}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return { threshold: t, last: direct.last.map((p) => [p.alpha, p.q1, p.q2]) };
    });
    process.stdout.write(JSON.stringify({ made: started, heldout: out }));
  } else if (mode === 'compare') {
    // The held-out skips' direct branches (from `heldout`) against the interpolation of the shipped grid.
    const row = (r: number[]) => ({ alpha: r[0], q1: r[1], q2: r[2] });
    const held = process.argv.slice(3).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).heldout as { threshold: ThresholdRow; last: number[][] }[]);
    const out = held.map(({ threshold: t, last }) => {
      const direct: Branches = {
        c: t.c,
        epsilon: 0,
        alphaC: [t.alpha1, t.alpha2],
        last: last.map(row),
        both: [row([t.alpha1, 0, t.q2AtAlpha1])],
        monotone: true,
      };
      return { c: t.c, ...compareWithInterpolation(direct, t) };
    });
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  } else if (mode === 'leaveout') {
    // A shipped skip left out of the grid and interpolated from the others, against its shipped branches: the
    // two-layer branch is shipped at few skips, so this is how its interpolation error is measured.
    const out = skips.map((c) => {
      const others = PRECOMPUTED.filter((p) => p.epsilon === 0 && p.c !== c).map(shippedBranches);
      const pre = PRECOMPUTED.find((p) => p.epsilon === 0 && p.c === c);
      if (!pre) throw new Error(`leaveout: no shipped branches at c = ${c}`);
      const th = thresholdsAt(
        PRECOMPUTED_THRESHOLDS.filter((t) => t.c !== c),
        c,
      );
      const interp = branchesAt(others, th, c);
      const direct = shippedBranches(pre);
      const gap = (from: number, to: number) => {
        const alphas = Array.from({ length: 201 }, (_, i) => from + ((to - from) * i) / 200);
        const a = curveFromBranches(direct, alphas);
        const b = curveFromBranches(interp, alphas);
        let d = 0;
        for (let i = 0; i < alphas.length; i++) d = Math.max(d, Math.abs(a.overlaps[0][i] - b.overlaps[0][i]), Math.abs(a.overlaps[1][i] - b.overlaps[1][i]));
        return d;
      };
      // The last-layer branch away from the thresholds; the two-layer branch from α_c,1 + 0.01 to the end of the
      // shorter of the two (then both join Q = I), where this skip ships it.
      const last = gap(pre.alphaC[1] + 0.01, pre.alphaC[0] - 0.01);
      const end = Math.min(direct.both[direct.both.length - 1].alpha, interp.both[interp.both.length - 1].alpha);
      const both = direct.both.length > 1 && interp.both.length > 1 ? gap(pre.alphaC[0] + 0.01, end) : null;
      const r = { c, others: others.map((o) => o.c), dAlpha1: th.alphaC[0] - pre.alphaC[0], dAlpha2: th.alphaC[1] - pre.alphaC[1], last, both };
      console.error(`leaveout c = ${c}: ${JSON.stringify(r)}`);
      return r;
    });
    process.stdout.write(JSON.stringify({ made: started, leaveout: out }));
  } else if (mode === 'points-add') {
    // The nodes of LAST_LAYER_Q2 a `points-last` part lacks (nodes added to the list since), computed as its own
    // (LAST_QUADRATURE, LAST_REPLICATES) up to its last node, and merged in: the part's nodes are not computed again.
    const parts = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    const branches = parts.flatMap((p) => p.branches ?? []);
    const merged = branches.map((b) => {
      const t0 = Date.now();
      if (b.lastReplicates !== LAST_REPLICATES || !b.lastAlphaErr)
        throw new Error(`points-add: c = ${b.c} is not a points-last part of ${LAST_REPLICATES} replicates`);
      const rows = b.last.map((r, i) => ({ r, err: b.lastAlphaErr?.[i] ?? 0 }));
      const end = rows[rows.length - 1].r[2];
      for (const q2 of LAST_LAYER_Q2) {
        if (q2 >= end || rows.some(({ r }) => r[2] === q2)) continue;
        const p = lastLayerPoint(b.c, q2, LAST_QUADRATURE, LAST_REPLICATES);
        rows.push({ r: [round(p.alpha), 0, round(q2)], err: round2(p.alphaErr ?? NaN) });
      }
      // The row at q₂ = 0 (α_c,2) stays first.
      rows.sort((x, y) => x.r[2] - y.r[2]);
      console.error(`points-add c = ${b.c}: ${rows.length - b.last.length} nodes (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return { ...b, last: rows.map((x) => x.r), lastAlphaErr: rows.map((x) => x.err), monotone: b.monotone && increasing(rows.map((x) => x.r)) };
    });
    // Its record is the parts' and its own, joined by && (one part for `write`).
    const runs = mergeRuns([...parts.map((p) => p.made), started], started);
    const made = { command: runs.command.slice(0, -1).join(' && '), version: runs.version, commit: runs.commit };
    process.stdout.write(JSON.stringify({ made, branches: merged } satisfies Part));
  } else if (mode === 'between') {
    // The live path (smiApi.curve: shipped branches, or interpolated in c) against direct points of the
    // last-layer branch between its nodes, at the midpoint in q₂ of each pair of nodes between the thresholds,
    // computed as the shipped nodes are (LAST_QUADRATURE, LAST_REPLICATES), at any skip (off the grid between
    // the interpolated thresholds). Reports the largest |ΔQ₂₂| and |ΔE| (plug-in error, one net for both, so
    // only the overlaps differ) and the direct points' own standard error in Q₂₂.
    const out = skips.map((c) => {
      const t0 = Date.now();
      const th = interpolatedThresholds(c);
      // The last-layer nodes at c (the shipped ones at a shipped skip, their q₂ at any other).
      const nodes = interpolatedBranches(c).last;
      let dQ = 0;
      let dE = 0;
      let ownQ = 0;
      let at = NaN;
      const points: number[][] = [];
      for (let i = 1; i + 1 < nodes.length; i++) {
        const q2 = (nodes[i].q2 + nodes[i + 1].q2) / 2;
        const p = lastLayerPoint(c, q2, LAST_QUADRATURE, LAST_REPLICATES);
        if (!(p.alpha > th.alphaC[1] && p.alpha < th.alphaC[0])) continue;
        points.push([round(p.alpha), round(q2), round2(p.alphaErr ?? NaN)]);
        const { q, dE: e } = liveAgainst(c, p.alpha, [0, q2]);
        // The direct point's α error as an error in Q₂₂, through the local slope of the nodes.
        const slope = (nodes[i + 1].q2 - nodes[i].q2) / (nodes[i + 1].alpha - nodes[i].alpha);
        ownQ = Math.max(ownQ, (p.alphaErr ?? 0) * slope);
        if (Math.abs(q[1] - q2) > dQ) at = p.alpha;
        dQ = Math.max(dQ, Math.abs(q[1] - q2), Math.abs(q[0]));
        dE = Math.max(dE, e);
      }
      const r = { c, dQ: round2(dQ), at: round(at), dE: round2(dE), directQErr: round2(ownQ) };
      console.error(`between c = ${c}: ${JSON.stringify(r)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return { ...r, points };
    });
    process.stdout.write(JSON.stringify({ made: started, between: out }));
  } else if (mode === 'reading') {
    // The reading between the nodes alone, without sampling noise: nodes and points between them on one randomised
    // net (replicate 1 of LAST_QUADRATURE), whose F₂(q₂) is smooth, read as the live path reads the shipped nodes
    // (curveFromBranches). Reports the largest |ΔQ₂₂| and |ΔE| with the nodes of LAST_LAYER_Q2 (points: midpoints, and
    // quarter points above q₂ = 0.5) and with twice as many nodes above q₂ = 0.5 (those midpoints as nodes).
    const out = skips.map((c) => {
      const t0 = Date.now();
      const quad = { ...LAST_QUADRATURE, replicate: 1 };
      const th = interpolatedThresholds(c);
      const at = (q2: number) => ({ alpha: lastLayerPoint(c, q2, quad).alpha, q1: 0, q2 });
      const nodes = [{ alpha: th.alphaC[1], q1: 0, q2: 0 }];
      for (const q2 of LAST_LAYER_Q2) {
        nodes.push(at(q2));
        if (nodes[nodes.length - 1].alpha > th.alphaC[0]) break;
      }
      const mids: ReturnType<typeof at>[] = [];
      const quarters: ReturnType<typeof at>[] = [];
      for (let i = 1; i + 1 < nodes.length; i++) {
        const [a, b] = [nodes[i].q2, nodes[i + 1].q2];
        mids.push(at((a + b) / 2));
        if (a >= 0.5) quarters.push(at(a + 0.25 * (b - a)), at(a + 0.75 * (b - a)));
      }
      const read = (last: typeof nodes, points: typeof nodes) => {
        const b: Branches = { c, epsilon: 0, alphaC: th.alphaC, last, both: [{ alpha: th.alphaC[0], q1: 0, q2: th.q2AtAlpha1 }], monotone: true };
        let dQ = 0;
        let dE = 0;
        for (const p of points.filter((p) => p.alpha > th.alphaC[1] && p.alpha < th.alphaC[0])) {
          const q = curveFromBranches(b, [p.alpha]).overlaps[1][0];
          dQ = Math.max(dQ, Math.abs(q - p.q2));
          dE = Math.max(dE, Math.abs(plugInGenError(c, [0, q], 4096) - plugInGenError(c, [0, p.q2], 4096)));
        }
        return { dQ: round2(dQ), dE: round2(dE) };
      };
      const doubled = [...nodes, ...mids.filter((p) => p.q2 > 0.5)].sort((x, y) => x.q2 - y.q2);
      const r = { c, nodes: read(nodes, [...mids, ...quarters]), doubledAbove05: read(doubled, quarters) };
      console.error(`reading c = ${c}: ${JSON.stringify(r)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return r;
    });
    process.stdout.write(JSON.stringify({ made: started, reading: out }));
  } else if (mode === 'between-write') {
    // The direct points of `between` parts, written for the tests (livePath.slow.test.ts reads the live path at them).
    type Rows = { c: number; points: number[][] }[];
    const parts = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')) as PartMeta & { between?: Rows; betweenBoth?: Rows });
    // A later part replaces an earlier one at the same skip, so a `between-shipped` part can be patched skip by skip.
    const rows = (key: 'between' | 'betweenBoth') => {
      const byC = new Map<number, { c: number; points: number[][] }>();
      for (const b of parts.flatMap((p) => p[key] ?? [])) byC.set(b.c, { c: b.c, points: b.points });
      return [...byC.values()].sort((a, b) => a.c - b.c);
    };
    const provenance = writeProvenance(parts, SCRIPT, []);
    writeFileSync(
      resolve(import.meta.dirname, '../src/models/smi/theory/directBetween.ts'),
      renderDirectBetween(rows('between'), rows('betweenBoth'), provenance),
    );
  } else if (mode === 'between-shipped') {
    // The shipped direct points as a part, with their provenance as its record (as `shipped` does for the branches).
    process.stdout.write(JSON.stringify({ ...shippedMeta(DIRECT_BETWEEN_PROVENANCE), between: DIRECT_BETWEEN, betweenBoth: DIRECT_BETWEEN_BOTH }));
  } else if (mode === 'points-both-add') {
    // The nodes of TWO_LAYER_Q1 a shipped two-layer branch lacks (nodes added to the list since), computed as its own
    // (QUADRATURE, one net), each started from the q₂ of the node below, and merged in: the shipped nodes are not
    // computed again. Past the branch's last node the list is tried in order up to the first node that does not
    // converge (q₂ held at the cap), where the branch ended before.
    const branches = skips.map((c): BranchRow => {
      const t0 = Date.now();
      const pre = PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0);
      if (!pre) throw new Error(`points-both-add: no shipped branch at c = ${c}`);
      const rows = pre.both.map((r) => [...r]);
      const end = rows[rows.length - 1][1];
      let added = 0;
      for (const q1 of TWO_LAYER_Q1) {
        if (rows.some((r) => r[1] === q1)) continue;
        const below = rows.filter((r) => r[1] < q1).pop() ?? rows[0];
        // As the branch's own nodes: means over its replicates where it has them, with their grid correction.
        const q2s = below[2] > 0 ? below[2] : 0.99;
        const p = pre.bothGridCheck
          ? correctedTwoLayerPoint(c, q1, QUADRATURE, q2s, pre.bothReplicates ?? 0, pre.bothGridCheck)
          : twoLayerPoint(c, q1, QUADRATURE, q2s, pre.bothReplicates ?? 0);
        if (!p.converged) {
          if (q1 > end) break;
          continue;
        }
        rows.push([round(p.alpha), round(q1), round(p.q2)]);
        rows.sort((a, b) => a[1] - b[1]);
        added++;
      }
      console.error(`points-both-add c = ${c}: ${added} nodes added (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return { ...(pre as BranchRow), both: rows, monotone: increasing(pre.last) && increasing(rows) };
    });
    process.stdout.write(JSON.stringify({ made: started, branches } satisfies Part));
  } else if (mode === 'points-both-fine') {
    // The two-layer branch with the inner grid's bias removed (correctedTwoLayerPoint: GRID_CHECK times denser on
    // FINE_REPLICATES replicates, at each node's starting q₂ and again where it moved), its F₁ and F₂ means over BOTH_REPLICATES
    // replicates (6 unless SMI_BOTH_REPLICATES is set). Each node starts from the q₂ of the same node in the
    // branch of the parts named in SMI_START (comma-separated) or the shipped one, else from the node below.
    const R = BOTH_REPLICATES >= 2 ? BOTH_REPLICATES : 6;
    const starts = (process.env.SMI_START ?? '')
      .split(',')
      .filter((f) => f)
      .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as Part).branches ?? []);
    const branches = skips.map((c): BranchRow => {
      const t0 = Date.now();
      const pre = PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0);
      if (!pre) throw new Error(`points-both-fine: no shipped branch at c = ${c}`);
      const start = starts.find((b) => b.c === c && b.epsilon === 0) ?? pre;
      const rows: number[][] = [pre.both[0]];
      for (const q1 of TWO_LAYER_Q1) {
        const q2s = start.both.find((r) => r[1] === q1)?.[2] ?? rows[rows.length - 1][2];
        const p = correctedTwoLayerPoint(c, q1, QUADRATURE, q2s, R, { check: GRID_CHECK, replicates: FINE_REPLICATES });
        console.error(
          `  c = ${c}, q₁ = ${q1}: α ${p.alpha.toFixed(5)}, q₂ ${p.q2.toFixed(6)}, ΔF₁ ${p.shift.F1.toExponential(2)}${p.converged ? '' : ' (not converged)'} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
        if (!p.converged) continue;
        // Near Q = I α moves by less than the replicates' noise from node to node: a node that does not rise is left out.
        if (!(p.alpha > rows[rows.length - 1][0])) {
          console.error(`  c = ${c}, q₁ = ${q1}: left out, α does not rise past the node below`);
          continue;
        }
        rows.push([round(p.alpha), round(q1), round(p.q2)]);
      }
      console.error(`points-both-fine c = ${c}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return {
        ...(pre as BranchRow),
        both: rows,
        bothReplicates: R,
        bothGridCheck: { check: GRID_CHECK, replicates: FINE_REPLICATES },
        monotone: increasing(pre.last) && increasing(rows),
      };
    });
    process.stdout.write(JSON.stringify({ made: started, branches } satisfies Part));
  } else if (mode === 'points-both-nets') {
    // The shipped two-layer nodes solved again on the mean of SMI_BOTH_REPLICATES randomised nets (4 unless set),
    // each from its shipped q₂ (replicatedTwoLayerPoint: three evaluations per net). With SMI_GRID=1 the inner grid's
    // bias is removed as points-both-fine removes it (on FINE_REPLICATES nets), measured once at the shipped q₂. Each node's
    // nets' own α and q₂ are kept in the part (bothNets, [α, q₂] of each net in turn), for smi-both-spread.ts.
    const R = NETS_REPLICATES;
    const grid = process.env.SMI_GRID === '1';
    const branches = skips.map((c) => {
      const t0 = Date.now();
      const pre = PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0);
      if (!pre) throw new Error(`points-both-nets: no shipped branch at c = ${c}`);
      const rows: number[][] = [pre.both[0]];
      const nets: number[][] = [[]];
      for (const [, q1, q2s] of pre.both.slice(1)) {
        const shift = grid ? gridShift(c, q1, q2s, QUADRATURE, GRID_CHECK, FINE_REPLICATES) : undefined;
        const p = replicatedTwoLayerPoint(c, q1, QUADRATURE, q2s, R, shift);
        console.error(
          `  c = ${c}, q₁ = ${q1}: α ${p.alpha.toFixed(5)} ± ${p.alphaErr.toExponential(1)}, q₂ ${p.q2.toFixed(6)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
        rows.push([round(p.alpha), q1, round(p.q2)]);
        nets.push(p.nets.flatMap((n) => [round(n.alpha), round(n.q2)]));
      }
      console.error(`points-both-nets c = ${c}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return {
        ...(pre as BranchRow),
        both: rows,
        bothReplicates: R,
        ...(grid ? { bothGridCheck: { check: GRID_CHECK, replicates: FINE_REPLICATES } } : {}),
        bothNets: nets,
        monotone: increasing(pre.last) && increasing(rows),
      };
    });
    process.stdout.write(JSON.stringify({ made: started, branches }));
  } else if (mode === 'between-both-nets') {
    // The shipped direct two-layer points (DIRECT_BETWEEN_BOTH) solved again as points-both-nets solves the nodes.
    const R = NETS_REPLICATES;
    const out = skips.map((c) => {
      const t0 = Date.now();
      const row = DIRECT_BETWEEN_BOTH.find((r) => r.c === c);
      if (!row) throw new Error(`between-both-nets: no direct points at c = ${c}`);
      const points = row.points.map(([, q1, q2s]) => {
        const p = replicatedTwoLayerPoint(c, q1, QUADRATURE, q2s, R);
        console.error(`  c = ${c}, q₁ = ${q1}: α ${p.alpha.toFixed(5)} ± ${p.alphaErr.toExponential(1)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        return [round(p.alpha), q1, round(p.q2), round2(p.alphaErr)];
      });
      return { c, points };
    });
    process.stdout.write(JSON.stringify({ made: started, betweenBoth: out }));
  } else if (mode === 'between-both') {
    // The live path against the two-layer branch solved directly, as its shipped nodes are (QUADRATURE, one net), at
    // the midpoints in q₁ of TWO_LAYER_Q1. Reports the largest |ΔQ| and |ΔE| (plug-in error, one net for both).
    const out = skips.map((c) => {
      const t0 = Date.now();
      const q1s = TWO_LAYER_Q1.slice(0, -1).map((q, i) => (q + TWO_LAYER_Q1[i + 1]) / 2);
      let q2s = interpolatedThresholds(c).q2AtAlpha1;
      const points: number[][] = [];
      let dQ = 0;
      let dE = 0;
      for (const q1 of q1s) {
        const p = twoLayerPoint(c, q1, QUADRATURE, q2s);
        if (!p.converged) continue;
        q2s = p.q2;
        points.push([round(p.alpha), round(p.q1), round(p.q2)]);
        const { q, dE: e } = liveAgainst(c, p.alpha, [p.q1, p.q2]);
        dQ = Math.max(dQ, Math.abs(q[0] - p.q1), Math.abs(q[1] - p.q2));
        dE = Math.max(dE, e);
      }
      const r = { c, dQ: round2(dQ), dE: round2(dE) };
      console.error(`between-both c = ${c}: ${JSON.stringify(r)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return { ...r, points };
    });
    process.stdout.write(JSON.stringify({ made: started, betweenBoth: out }));
  } else if (mode === 'shipped') {
    const p = PRECOMPUTED_PROVENANCE;
    process.stdout.write(
      JSON.stringify({
        ...shippedMeta(p),
        branches: PRECOMPUTED as BranchRow[],
        thresholds: PRECOMPUTED_THRESHOLDS as ThresholdRow[],
      } satisfies Part),
    );
  } else if (mode === 'write') {
    const parts = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    // A later part replaces an earlier one for the same (c, ε), so single skips can be recomputed.
    const byKey = new Map<string, BranchRow>();
    // The nets' own answers of points-both-nets are for smi-both-spread.ts, not the shipped table.
    for (const { bothNets: _n, ...b } of parts.flatMap((p) => p.branches ?? [])) byKey.set(`${b.c}|${b.epsilon}`, b);
    const all = parts.flatMap((p) => p.thresholds ?? []);
    for (const t of all) {
      const key = `${t.c}|${t.epsilon ?? 0}`;
      const b = byKey.get(key);
      if (b) byKey.set(key, withThresholds(b, t));
    }
    // The shipped table is of the exact SE; rows for ε > 0 only patch their branch.
    const rows = all.filter((t) => !t.epsilon).sort((a, b) => a.c - b.c);
    const patched = all.filter((t) => byKey.has(`${t.c}|${t.epsilon ?? 0}`)).map((t) => `(${t.c}, ${t.epsilon ?? 0})`);
    const provenance = writeProvenance(parts, SCRIPT, [
      patched.length
        ? `Branches (c, ε) = ${patched.join(', ')}: alphaC, the first point of each branch and the cut of the last-layer branch come from the thresholds parts; their other points from the branch parts, as they depend on F₁ and F₂ only.`
        : undefined,
    ]);
    writeFileSync(
      resolve(import.meta.dirname, '../src/models/smi/theory/precomputed.ts'),
      renderPrecomputed({ branches: [...byKey.values()], thresholds: rows, provenance }),
    );
  } else {
    console.error('usage: smi-precompute.ts branches|thresholds|shipped|write …');
    process.exit(2);
  }
}

// Run only when invoked as a script, so renderPrecomputed can be imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
