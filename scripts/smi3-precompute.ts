/**
 * Precomputes three-layer SMI state-evolution data and writes src/models/smi/theory/precomputed3.ts. Parts are
 * independent and can run in parallel:
 *
 *   npx tsx scripts/smi3-precompute.ts branches 1 [epsilon] > part1.json     (15–25 min per c)
 *   npx tsx scripts/smi3-precompute.ts last 0.1,0.25,0.5,1,2 [replicates] > part2.json   (α_c,3 with its error)
 *   npx tsx scripts/smi3-precompute.ts shipped > part0.json
 *   npx tsx scripts/smi3-precompute.ts write part1.json part2.json …
 *   npx tsx scripts/smi3-precompute.ts compare held.json …   (held-out skips, from `branches`, against interpolation)
 *   npx tsx scripts/smi3-precompute.ts heldout held.json …   (writes them to skipGridHeldOut3.ts, for the tests)
 *   npx tsx scripts/smi3-precompute.ts leaveout               (each inner shipped skip against the others)
 *   npx tsx scripts/smi3-precompute.ts spread 0.5,1 [replicates] [part.json] > spread.json   (α_c,1, α_c,2 errors)
 *   npx tsx scripts/smi3-precompute.ts spread-inner 3,4 [part.json] > inner.json   (redo a branch-B inner-node check)
 *   npx tsx scripts/smi3-precompute.ts spread-shipped > spread0.json   (the shipped spreads as a part)
 *   npx tsx scripts/smi3-precompute.ts spread-write spread0.json spread.json … inner.json …   (writes precomputed3Spread.ts)
 *
 * `last` gives α_c,3 = 1/L₃(0) and its standard error from LAST_REPLICATES randomised replicates of the outer
 * net unless given; `shipped` turns the shipped paths and α_c,3 rows into a part, with their provenance as its record. In
 * `write`, a `last` row also replaces α_c,3 and the first point of the exact (ε = 0) path of the same c; the
 * rest of a path (α_c,1, α_c,2 included) comes from its `branches` part. Each part records its command line,
 * the package version and the git commit; `write` puts them, with its own command, into the file's header and
 * PRECOMPUTED3_PROVENANCE. A `shipped` part also carries the file's history (its notes, and its earlier writes'
 * notes, one flat entry each), which `write` keeps; PRECOMPUTE_NOTE adds to this write's note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Smi3Quadrature } from '../src/models/smi/theory/channel3';
import { PRECOMPUTED3, PRECOMPUTED3_LAST, PRECOMPUTED3_PROVENANCE, type Precomputed3 } from '../src/models/smi/theory/precomputed3';
import { PRECOMPUTED3_SPREAD, PRECOMPUTED3_SPREAD_PROVENANCE, type Spread3Row } from '../src/models/smi/theory/precomputed3Spread';
import { interpolateInLogSkip } from '../src/models/smi/theory/skipGrid';
import { rowsToBranches3, type StaircaseParts, splitStaircase, staircaseAt } from '../src/models/smi/theory/skipGrid3';
import { INNER_PAIR, innerNodesB, innerShiftB, crossingRows, jointError, spreadError, thresholdSpread3 } from '../src/models/smi/theory/thresholdSpread3';
import { type Branches3, computeBranches3, curveFromBranches3, lastLayerThreshold, SMALL_Q_OUTER } from '../src/models/smi/theory/stateEvolution3';
import { formatData, type PartMeta, type Provenance, provenanceComment, provenanceSource, shippedMeta, thisRun, writeProvenance } from './precompute-output';

/** Outer points as for two layers; 1024 inner base nodes (4096 with reflections), see posterior3.slow.test.ts. */
const QUADRATURE: Smi3Quadrature = { outer: 4096, inner: 1024 };

/**
 * `--inner-per-point` anywhere on the command line: each outer point gets its own inner net (innerNodesAt,
 * channel3.ts), whose errors average out over the outer points instead of adding up as one fixed net's do.
 */
const PER_POINT_FLAG = '--inner-per-point';
const PER_POINT = process.argv.includes(PER_POINT_FLAG);
const ARGS = process.argv.slice(2).filter((a) => a !== PER_POINT_FLAG);
/** The quadrature of this run's computations. */
const RUN_QUADRATURE: Smi3Quadrature = PER_POINT ? { ...QUADRATURE, innerPerPoint: true } : QUADRATURE;

/** Replicates of α_c,3 (each with the outer points of QUADRATURE): their spread is the stated error. */
const LAST_REPLICATES = 4;

/** Replicates of α_c,1 and α_c,2 at a shipped staircase's crossing points (`spread`). */
const SPREAD_REPLICATES = 8;

const round = (x: number) => Number(x.toPrecision(7));
const round2 = (x: number) => Number(x.toPrecision(2));
const SCRIPT = 'smi3-precompute.ts';

interface LastRow {
  c: number;
  alpha3: number;
  alpha3Err: number;
  L3: number;
  L3Err: number;
  replicates: number;
}

/** A staircase as shipped (precomputed3.ts) and as a part file holds it. */
type PathRow = Precomputed3;

/**
 * The spread of a staircase's α_c,1 and α_c,2 over replicates of its outer net (thresholdSpread3.ts), as the
 * shipped table has it; a part may lack `nodes`, which spread-write reads off the staircase.
 */
type SpreadRow = Omit<Spread3Row, 'nodes'> & { nodes?: number[] };

interface Part extends PartMeta {
  branches?: PathRow[];
  last?: LastRow[];
  spread?: SpreadRow[];
  inner?: { c: number; layer: number; innerShift: number; nodes: number }[];
}

/** The shipped file: the data with one row per line, and how they were made. */
export function renderPrecomputed3(data: { branches: unknown[]; last: unknown[]; provenance: Provenance }): string {
  const p = data.provenance;
  return `/**
 * Three-layer SMI state-evolution data, generated by scripts/smi3-precompute.ts with ${QUADRATURE.outer} outer Sobol'
 * points (${SMALL_Q_OUTER} where an overlap is ≤ 0.1) and ${QUADRATURE.inner} inner base nodes: one fixed inner net, or where a
 * staircase says innerPerPoint, a net of its own at each outer point (innerNodesAt, channel3.ts).
 * PRECOMPUTED3: the staircase as one parametric path, rows [α, Q₁₁, Q₂₂, Q₃₃], with [α_c,1, α_c,2, α_c,3].
 * PRECOMPUTED3_LAST: α_c,3 = 1/L₃(0) against the skip c: the mean over randomised replicates of ${QUADRATURE.outer}
 * outer points each, corrected for the inner nodes (lastLayerThreshold), with its standard error; α_c,3 of a
 * path is the same number. The errors of α_c,1 and α_c,2 of the exact paths are in precomputed3Spread.ts.
${provenanceComment(p)}
 */
export interface Precomputed3 {
  c: number;
  epsilon: number;
  /** null: the threshold lies beyond the computed path */
  alphaC: (number | null)[];
  path: number[][];
  monotone: boolean;
  /** where layers 1 and 2 start together (jointStart, stateEvolution3.ts): the second's crossing on branch B */
  otherOnB?: number;
  /** computed with an inner net per outer point (innerNodesAt, channel3.ts); absent: one fixed inner net */
  innerPerPoint?: boolean;
}

${provenanceSource('PRECOMPUTED3', 'Precomputed3Provenance', QUADRATURE, p)}

export const PRECOMPUTED3: Precomputed3[] = ${formatData(data.branches)};

export const PRECOMPUTED3_LAST: { c: number; alpha3: number; alpha3Err: number; L3: number; L3Err: number; replicates: number }[] = ${formatData(data.last)};
`;
}

/** The spreads of the shipped staircases' α_c,1 and α_c,2, with how they were made. */
function renderSpread3(rows: SpreadRow[], p: Provenance): string {
  return `/**
 * How far α_c,1 and α_c,2 of each shipped three-layer staircase (precomputed3.ts, ε = 0) move with the quadrature,
 * generated by scripts/smi3-precompute.ts (thresholdSpread3.ts): each threshold recomputed at the staircase's own
 * crossing point on ${SPREAD_REPLICATES} randomised replicates of its outer net (${QUADRATURE.outer} Sobol' points, ${QUADRATURE.inner} inner base nodes),
 * the crossing located to first order along its branch. Per skip, indexed [α_c,1, α_c,2]:
 * - sd: the replicates' standard deviation, the error of one net's estimate (a shipped threshold is one);
 * - innerShift: on replicate 1, the change from ${INNER_PAIR[0]} to ${INNER_PAIR[1]} inner nodes (the inner sampling's bias is the same in every
 *   replicate, so the spread does not show it); nodes: the inner nodes the staircase used there;
 * - alphaErr: √(sd² + b²), b = −innerShift · (1/nodes)/(1/${INNER_PAIR[0]} − 1/${INNER_PAIR[1]}) the bias of the staircase's own nodes (it falls
 *   like 1/n), the error the explorer states;
 * - innerPerPoint: the staircase has an inner net per outer point (precomputed3.ts), and so do its replicates, each with
 *   nets of its own (the spread then includes the inner nets' noise); absent: one fixed inner net (thresholdSpread3.ts
 *   says how b reads then);
 * - mean: the replicates' mean; ownNet: the staircase's own net recomputed the same way, and h0 = log(α·L) of the
 *   starting layer there (≈ 0: the point is the staircase's crossing); lead: the layer (0 or 1) that starts first.
 * - jointGap: where layers 1 and 2 start together at the A crossing (jointStart, stateEvolution3.ts), how far below
 *   it the second's crossing on branch B lies; the second's row is then the first's, its alphaErr plus the gap.
${provenanceComment(p)}
 */

export interface Spread3Row {
  c: number;
  lead: 0 | 1;
  replicates: number;
  alphaErr: number[];
  sd: number[];
  innerShift: number[];
  nodes: number[];
  mean: number[];
  ownNet: number[];
  h0: number[];
  /** where layers 1 and 2 start together: the gap to the second's crossing on branch B, added to its error */
  jointGap?: number;
  /** the staircase and its replicates have an inner net per outer point */
  innerPerPoint?: boolean;
}

${provenanceSource('PRECOMPUTED3_SPREAD', 'Precomputed3SpreadProvenance', { ...QUADRATURE, replicates: SPREAD_REPLICATES, innerPair: [...INNER_PAIR] }, p)}

export const PRECOMPUTED3_SPREAD: Spread3Row[] = ${formatData(rows)};
`;
}

/**
 * A staircase computed directly against the one interpolated from `grid` at its skip: the thresholds'
 * differences, and the largest |ΔQ_ℓ| over α (step 0.001) where both are defined, below the lead layer's start
 * (layer 3 alone) and from it on; `coverage` is how far each reaches in α.
 */
function compareStaircase(direct: Branches3, grid: StaircaseParts[], order: 2 | 4) {
  const c = direct.c;
  const last = PRECOMPUTED3_LAST;
  const alpha3 = interpolateInLogSkip({ c: last.map((r) => r.c), y: last.map((r) => r.alpha3) }, c);
  const interp = staircaseAt(grid, alpha3, c, order);
  const top = Math.max(...direct.path.map((p) => p.alpha));
  const alphas = Array.from({ length: Math.floor(top * 1000) + 1 }, (_, i) => i / 1000);
  const ci = curveFromBranches3(interp, alphas);
  const cd = curveFromBranches3(direct, alphas);
  const lead = Math.min(direct.alphaC[0], direct.alphaC[1]);
  const below = [0, 0, 0];
  const above = [0, 0, 0];
  for (let i = 0; i < alphas.length; i++)
    for (let l = 0; l < 3; l++) {
      const d = Math.abs(ci.overlaps[l][i] - cd.overlaps[l][i]);
      if (!Number.isFinite(d)) continue;
      const m = alphas[i] < lead ? below : above;
      m[l] = Math.max(m[l], d);
    }
  const r4 = (x: number) => Number(x.toPrecision(3));
  return {
    c,
    dAlphaC: direct.alphaC.map((a, l) => r4(interp.alphaC[l] - a)),
    maxDQBelowLead: below.map(r4),
    maxDQFromLead: above.map(r4),
    coverage: { interpolated: r4(Math.max(...interp.path.map((p) => p.alpha))), direct: r4(top) },
  };
}

function main(): void {
  // Recorded as the run starts: the working tree may change while a long run computes.
  const started = thisRun(SCRIPT);
  const [mode, list, epsArg] = ARGS;
  const skips = (list ?? '1').split(',').map(Number);
  if (mode === 'branches') {
    const epsilon = Number(epsArg ?? 0);
    const branches = skips.map((c) => {
      const t0 = Date.now();
      const b = computeBranches3(c, { ...RUN_QUADRATURE, epsilon }, (s) => console.error(`${((Date.now() - t0) / 1000).toFixed(0)} s  ${s}`));
      console.error(`branches c = ${c}, ε = ${epsilon}: ${((Date.now() - t0) / 1000).toFixed(1)} s, monotone ${b.monotone}`);
      const row: PathRow = {
        c: b.c,
        epsilon,
        alphaC: b.alphaC.map(round),
        path: b.path.map((p) => [round(p.alpha), ...p.q.map(round)]),
        monotone: b.monotone,
        ...(PER_POINT ? { innerPerPoint: true } : {}),
      };
      return b.otherOnB === undefined ? row : { ...row, otherOnB: round(b.otherOnB) };
    });
    process.stdout.write(JSON.stringify({ made: started, branches } satisfies Part));
  } else if (mode === 'last') {
    const R = Number(epsArg ?? LAST_REPLICATES);
    const last = skips.map((c): LastRow => {
      const t0 = Date.now();
      const r = lastLayerThreshold(c, QUADRATURE, R);
      const shift = (-r.innerShift / r.L3 ** 2).toExponential(1);
      console.error(`c = ${c}: α_c,3 = ${r.alpha3.toFixed(5)} ± ${r.err.toFixed(5)}, inner correction ${shift} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return { c, alpha3: round(r.alpha3), alpha3Err: round2(r.err), L3: round(r.L3), L3Err: round2(r.L3Err), replicates: R };
    });
    process.stdout.write(JSON.stringify({ made: started, last } satisfies Part));
  } else if (mode === 'spread') {
    const R = Number(epsArg ?? SPREAD_REPLICATES);
    // The staircases from a `branches` part if one is named (its crossing points are those `write` ships), else shipped.
    const from = ARGS[3] ? ((JSON.parse(readFileSync(ARGS[3], 'utf8')) as Part).branches ?? []) : PRECOMPUTED3;
    const spread = skips.map((c): SpreadRow => {
      const pre = from.find((p) => p.c === c && p.epsilon === 0);
      if (!pre) throw new Error(`no shipped three-layer staircase at c = ${c}`);
      const t0 = Date.now();
      const s = thresholdSpread3(
        c,
        pre.path,
        pre.alphaC,
        RUN_QUADRATURE,
        R,
        (m) => console.error(`${((Date.now() - t0) / 1000).toFixed(0)} s  ${m}`),
        pre.otherOnB,
      );
      const r4 = (x: number) => Number(x.toPrecision(4));
      return {
        c,
        lead: s.lead,
        replicates: R,
        alphaErr: s.alpha.map((a) => round2(a.err)),
        sd: s.alpha.map((a) => round2(a.sd)),
        innerShift: s.alpha.map((a) => round2(a.innerShift)),
        nodes: s.alpha.map((a) => a.nodes),
        mean: s.alpha.map((a) => round(a.mean)),
        ownNet: s.alpha.map((a) => round(a.alpha0)),
        h0: s.alpha.map((a) => r4(a.h0)),
        ...(s.jointGap === undefined ? {} : { jointGap: round2(s.jointGap) }),
        ...(PER_POINT ? { innerPerPoint: true } : {}),
      };
    });
    process.stdout.write(JSON.stringify({ made: started, spread } satisfies Part));
  } else if (mode === 'spread-inner') {
    // The inner-node check of the threshold that starts on branch B (see innerShiftB), from a part's staircases or the shipped ones.
    const from = ARGS[2] ? ((JSON.parse(readFileSync(ARGS[2], 'utf8')) as Part).branches ?? []) : PRECOMPUTED3;
    const inner = skips.map((c) => {
      const pre = from.find((p) => p.c === c && p.epsilon === 0);
      if (!pre) throw new Error(`no three-layer staircase at c = ${c}`);
      const t0 = Date.now();
      const r = innerShiftB(c, pre.path, pre.alphaC, RUN_QUADRATURE);
      console.error(`c = ${c}: layer ${r.layer + 1} inner ${INNER_PAIR.join('→')}: ${r.innerShift} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      return { c, layer: r.layer, innerShift: round2(r.innerShift), nodes: r.nodes };
    });
    process.stdout.write(JSON.stringify({ made: started, inner } satisfies Part));
  } else if (mode === 'spread-write') {
    const parts = ARGS.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    // An `inner` part replaces a row's inner-node check; each row's inner nodes are read off its staircase; the
    // error comes from the stored spread and shift, so that every row states it by the same rule (spreadError).
    const inner = parts.flatMap((p) => p.inner ?? []);
    // A later part's row for a skip replaces an earlier one's (a `spread-shipped` part first keeps the other rows).
    const bySkip = new Map<number, SpreadRow>();
    for (const r of parts.flatMap((p) => p.spread ?? [])) bySkip.set(r.c, r);
    const rows = [...bySkip.values()]
      .map((r) => {
        const pre = PRECOMPUTED3.find((p) => p.c === r.c && p.epsilon === 0);
        if (!pre) throw new Error(`no shipped three-layer staircase at c = ${r.c}`);
        const { b, lead } = crossingRows(pre.path, pre.alphaC);
        const nodes = [QUADRATURE.inner, QUADRATURE.inner];
        // Where both start together the second threshold is the first's (its error adds the gap, jointError).
        if (b !== null) nodes[1 - lead] = innerNodesB(QUADRATURE, b[1 + lead]);
        const innerShift = r.innerShift.map((x, l) => inner.find((i) => i.c === r.c && i.layer === l)?.innerShift ?? x);
        const own = r.sd.map((sd, l) => spreadError(sd, innerShift[l], nodes[l]));
        const alphaErr = own.map((e, l) => round2(r.jointGap !== undefined && l !== lead ? jointError(own[lead], r.jointGap) : e));
        const row = { c: r.c, lead: r.lead, replicates: r.replicates, alphaErr, sd: r.sd, innerShift, nodes, mean: r.mean, ownNet: r.ownNet, h0: r.h0 };
        return { ...row, ...(r.jointGap === undefined ? {} : { jointGap: r.jointGap }), ...(r.innerPerPoint ? { innerPerPoint: true } : {}) };
      })
      .sort((a, b) => a.c - b.c);
    const provenance = writeProvenance(parts, SCRIPT, []);
    const out = resolve(fileURLToPath(new URL('.', import.meta.url)), '../src/models/smi/theory/precomputed3Spread.ts');
    writeFileSync(out, renderSpread3(rows, provenance));
    console.error(`wrote ${out}: ${rows.length} skips`);
  } else if (mode === 'shipped') {
    const p = PRECOMPUTED3_PROVENANCE;
    process.stdout.write(
      JSON.stringify({
        ...shippedMeta(p),
        branches: PRECOMPUTED3,
        last: PRECOMPUTED3_LAST,
      } satisfies Part),
    );
  } else if (mode === 'spread-shipped') {
    process.stdout.write(JSON.stringify({ ...shippedMeta(PRECOMPUTED3_SPREAD_PROVENANCE), spread: PRECOMPUTED3_SPREAD } satisfies Part));
  } else if (mode === 'write') {
    const parts = ARGS.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    const byKey = new Map<string, PathRow>();
    for (const b of parts.flatMap((p) => p.branches ?? [])) byKey.set(`${b.c}|${b.epsilon}`, b);
    const last = parts.flatMap((p) => p.last ?? []).sort((a, b) => a.c - b.c);
    const patched: number[] = [];
    for (const l of last) {
      const b = byKey.get(`${l.c}|0`);
      if (!b) continue;
      const path = [[l.alpha3, 0, 0, 0], ...b.path.slice(1)];
      if (!(path[1][0] > l.alpha3)) throw new Error(`α_c,3 = ${l.alpha3} lies beyond the first computed point of the path at c = ${l.c}`);
      byKey.set(`${l.c}|0`, { ...b, alphaC: [b.alphaC[0], b.alphaC[1], l.alpha3], path });
      patched.push(l.c);
    }
    const provenance = writeProvenance(parts, SCRIPT, [
      patched.length
        ? `Paths at c = ${patched.join(', ')} (ε = 0): α_c,3 and the first point from the last parts; the other points, α_c,1 and α_c,2 included, from the branch parts.`
        : undefined,
      ...[...byKey.values()].filter((b) => b.epsilon !== 0).map((b) => `The path at (c, ε) = (${b.c}, ${b.epsilon}) is entirely from its branch part.`),
    ]);
    writeFileSync(
      resolve(import.meta.dirname, '../src/models/smi/theory/precomputed3.ts'),
      renderPrecomputed3({ branches: [...byKey.values()], last, provenance }),
    );
  } else if (mode === 'heldout') {
    const files = ARGS.slice(1);
    const parts = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    const held = parts.flatMap((p) => p.branches ?? []).sort((a, b) => a.c - b.c);
    const runs = parts.map((p) => (p.made ? `${p.made.command} (version ${p.made.version}, commit ${p.made.commit})` : '(no record)'));
    writeFileSync(
      resolve(import.meta.dirname, '../src/models/smi/theory/skipGridHeldOut3.ts'),
      `import type { Precomputed3 } from './precomputed3';

/**
 * Three-layer staircases computed directly at skips off the shipped grid, with the quadrature of the shipped
 * ones (innerPerPoint on a row: an inner net per outer point), to measure the interpolation in c against
 * (skipGridError3.ts). Not read by the explorer. Made by:
${runs.map((r) => ` *   ${r}`).join('\n')}
 * and written here by: npx tsx scripts/${SCRIPT} heldout ${files.map((f) => f.split('/').pop()).join(' ')}
 */
export const HELD_OUT3: Precomputed3[] = ${formatData(held)};
`,
    );
  } else if (mode === 'compare' || mode === 'leaveout') {
    const shipped = PRECOMPUTED3.filter((p) => p.epsilon === 0).map(rowsToBranches3);
    const grid = shipped.map(splitStaircase).filter((p): p is StaircaseParts => p !== null);
    const out = [];
    for (const order of [2, 4] as const) {
      if (mode === 'compare') {
        const held = ARGS.slice(1).flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as Part).branches ?? []);
        for (const h of held) out.push({ order, ...compareStaircase(rowsToBranches3(h), grid, order) });
      } else {
        const cs = grid.map((g) => g.c).sort((a, b) => a - b);
        for (const c of cs.slice(1, -1))
          out.push({
            order,
            ...compareStaircase(
              shipped.find((b) => b.c === c)!,
              grid.filter((g) => g.c !== c),
              order,
            ),
          });
      }
    }
    for (const r of out) console.error(JSON.stringify(r));
    process.stdout.write(JSON.stringify({ made: started, [mode]: out }));
  } else {
    console.error('usage: smi3-precompute.ts branches|last|shipped|write|compare|leaveout|spread|spread-inner|spread-write …');
    process.exit(2);
  }
}

// Run only when invoked as a script, so renderPrecomputed3 can be imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
