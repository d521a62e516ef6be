/**
 * The sampling error of the shipped two-layer SMI branches (src/models/smi/theory/precomputed.ts, from α_c,1 on),
 * written to src/models/smi/theory/bothSpread.ts:
 *
 *   npx tsx scripts/smi-both-spread.ts measure 0.05,0.1 [replicates] > part1.json
 *   npx tsx scripts/smi-both-spread.ts nets branches.json … > part2.json
 *   SPREAD_NOTE="…" npx tsx scripts/smi-both-spread.ts write part1.json part2.json …
 *
 * `measure`: at some shipped nodes (SPREAD_Q1 and each branch's last), α is solved at fixed q₁ on `replicates`
 * randomised replicates of the net (5 unless given; replicatedTwoLayerPoint, three evaluations of the moments per
 * net). `nets`: every node of branches solved so in the first place (`smi-precompute.ts points-both-nets`), from the
 * nets' own α and q₂ kept in their part. The replicates' spread is the sampling error of one net's α; a node that is
 * a mean over R replicates (bothReplicates) has that over √R. Holding q₂ fixed instead of solving its fixed point
 * would overstate α's spread about threefold: a net whose F₁ is high has F₂ high too, and the fixed point in q₂ takes
 * much of it back. Carried to Q₁₁ by the branch's local slope dQ₁₁/dα, it is how far the drawn two-layer branch may
 * sit from the exact state evolution.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_QUADRATURE, type SmiQuadrature } from '../src/models/smi/theory/channel';
import { type NetAnswer, nodeError } from '../src/models/smi/theory/computedBranches';
import { replicatedTwoLayerPoint } from '../src/models/smi/theory/stateEvolution';
import type { BothSpreadRow } from '../src/models/smi/theory/bothSpread';
import { PRECOMPUTED, PRECOMPUTED_QUADRATURE } from '../src/models/smi/theory/precomputed';
import { formatData, type PartMeta, provenanceComment, thisRun, writeProvenance } from './precompute-output';

const SCRIPT = 'smi-both-spread.ts';
const round2 = (x: number) => Number(x.toPrecision(2));

/** The nodes measured (with each branch's last): where Q₁₁ rises, where the error carried to it is largest, and high. */
const SPREAD_Q1 = [0.01, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8];

interface Part extends PartMeta {
  spread: BothSpreadRow[];
}

/** The largest errors of Q₁₁ and Q₂₂ over a skip's nodes (columns 4 and 5). */
const overlapErrorOf = (nodes: number[][]) => [4, 5].map((j) => round2(Math.max(...nodes.map((n) => n[j]))));

/**
 * The row of node i of the branch b, from its α and q₂ solved on R nets each (nodeReplicates: the nets the node
 * itself is a mean over); nodeError says how the errors are taken.
 */
function nodeRow(c: number, b: number[][], i: number, nets: NetAnswer[], nodeReplicates: number): number[] {
  const [alpha, q1] = b[i];
  const e = nodeError(b, i, nets, nodeReplicates);
  console.error(
    `  c = ${c}, q₁ = ${q1}: α ±${e.alpha.toExponential(2)}, node − mean ${e.dev.toExponential(2)}, Q₁₁ ±${e.q11.toExponential(2)}, Q₂₂ ±${e.q22.toExponential(2)} [${nets.map((p) => `${p.alpha.toFixed(4)}/${p.q2.toFixed(5)}`).join(' ')}]`,
  );
  return [q1, alpha, round2(e.alpha), round2(e.dev), round2(e.q11), round2(e.q22)];
}

function measure(c: number, R: number): BothSpreadRow {
  const row = PRECOMPUTED.find((p) => p.c === c && p.epsilon === 0);
  if (!row) throw new Error(`no shipped two-layer branch at c = ${c}`);
  // Nodes corrected for the inner grid are the denser grid's answers on their nets: their spread is that grid's.
  const refine = PRECOMPUTED_QUADRATURE.refine * (row.bothGridCheck?.check ?? 1);
  const quad: SmiQuadrature = { ...DEFAULT_QUADRATURE, outer: PRECOMPUTED_QUADRATURE.outer, refine };
  const b = row.both;
  const nodeReplicates = row.bothReplicates ?? 1;
  const picks = b.map((_, i) => i).filter((i) => SPREAD_Q1.includes(b[i][1]) || i === b.length - 1);
  const nodes = picks.map((i) => {
    const [, q1, q2] = b[i];
    return nodeRow(c, b, i, replicatedTwoLayerPoint(c, q1, quad, q2, R).nets, nodeReplicates);
  });
  return { c, replicates: R, nodeReplicates, nodes, overlapError: overlapErrorOf(nodes) };
}

/**
 * The rows of branches solved on R nets with each net's own α and q₂ kept (`smi-precompute.ts points-both-nets`,
 * bothNets): every node's error from its own nets, no further computation.
 */
function fromNets(b: { c: number; both: number[][]; bothNets: number[][]; bothReplicates: number }): BothSpreadRow {
  const R = b.bothReplicates;
  const nodes = b.both.slice(1).map((_, j) => {
    const flat = b.bothNets[j + 1];
    const nets = Array.from({ length: R }, (_, k) => ({ alpha: flat[2 * k], q2: flat[2 * k + 1] }));
    return nodeRow(b.c, b.both, j + 1, nets, R);
  });
  return { c: b.c, replicates: R, nodeReplicates: R, nodes, overlapError: overlapErrorOf(nodes) };
}

function render(rows: BothSpreadRow[], p: ReturnType<typeof writeProvenance>): string {
  return `/**
 * The sampling error of the shipped two-layer branches (precomputed.ts), from α_c,1 on: at some of each branch's
 * nodes, the node solved at its q₁ on randomised replicates of the net; from their spread and the node's distance from
 * their mean, its error in α and, carried by the branch's slopes, in Q₁₁ and Q₂₂ at fixed α. Generated by
 * scripts/smi-both-spread.ts, which says how.
${provenanceComment(p)}
 */
export interface BothSpreadRow {
  c: number;
  /** randomised replicates the spread is taken over */
  replicates: number;
  /** the shipped nodes' own replicates (1: one net, the fixed net 0) */
  nodeReplicates: number;
  /**
   * rows [q₁, α of the shipped node, its error, its α − the replicates' mean, the errors of Q₁₁ and Q₂₂ at fixed α
   * there]; an error is the larger of one net's spread over √nodeReplicates and the node's distance from the
   * replicates' mean plus that mean's standard error
   */
  nodes: number[][];
  /** the largest errors of Q₁₁ and of Q₂₂ over the nodes */
  overlapError: number[];
}

export const BOTH_SPREAD_PROVENANCE = ${formatData({ command: p.command, version: p.version, commit: p.commit, ...(p.note ? { note: p.note } : {}) })};

export const BOTH_SPREAD: BothSpreadRow[] = ${formatData(rows)};
`;
}

function main(): void {
  const started = thisRun(SCRIPT);
  const [mode, list, rArg] = process.argv.slice(2);
  if (mode === 'measure') {
    const R = Number(rArg ?? 6);
    const spread = list
      .split(',')
      .map(Number)
      .map((c) => {
        const t0 = Date.now();
        const r = measure(c, R);
        console.error(`c = ${c}: Q₁₁, Q₂₂ ±${r.overlapError.join(', ±')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        return r;
      });
    process.stdout.write(JSON.stringify({ made: started, spread } satisfies Part));
  } else if (mode === 'nets') {
    // Branch parts of points-both-nets: the skips they hold, their rows from the nets they were solved on.
    type NetsPart = PartMeta & { branches: { c: number; both: number[][]; bothNets?: number[][]; bothReplicates?: number }[] };
    const parts = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')) as NetsPart);
    const spread = parts.flatMap((p) =>
      p.branches.flatMap((b) => (b.bothNets && b.bothReplicates ? [fromNets({ ...b, bothNets: b.bothNets, bothReplicates: b.bothReplicates })] : [])),
    );
    // Its own run is recorded: the computation it reads is recorded in precomputed.ts, which the parts were written to.
    process.stdout.write(JSON.stringify({ made: started, spread } satisfies Part));
  } else if (mode === 'write') {
    const parts = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Part);
    const byC = new Map<number, BothSpreadRow>();
    // The summary is derived again from the nodes, so a part written before its form changed reads the same.
    for (const r of parts.flatMap((p) => p.spread)) byC.set(r.c, { ...r, overlapError: overlapErrorOf(r.nodes) });
    const rows = [...byC.values()].sort((a, b) => a.c - b.c);
    writeFileSync(
      resolve(import.meta.dirname, '../src/models/smi/theory/bothSpread.ts'),
      render(rows, writeProvenance(parts, SCRIPT, [process.env.SPREAD_NOTE])),
    );
  } else {
    console.error('usage: smi-both-spread.ts measure c1,c2,… [replicates] | nets branches.json … | write part.json …');
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
