import { interpolateInLogSkip, type SkipSeries } from './skipGrid';
import { type Branch3Point, type Branches3, leadLayer } from './stateEvolution3';

/**
 * The three-layer staircase at any skip c between shipped ones, read off the shipped staircases without
 * quadrature, so the c slider moves it live (a staircase computed directly takes 20–30 minutes).
 *
 * A shipped staircase is one path in three parts, each walked at fixed nodes (stateEvolution3.ts):
 *   A: layer 3 alone, at q₃ ∈ BRANCH_A_Q3, until the lead layer starts at α_L (its q₃ there is q₃ᴬ);
 *   B: the lead layer (1 or 2, whichever starts first) at q_lead ∈ BRANCH_Q1, until the other starts at α_O
 *      (empty where both start at α_L, as no shipped staircase does now);
 *   C: all three, again at q_lead ∈ BRANCH_Q1.
 * Which of layers 1 and 2 leads changes with c (layer 1 up to c = 1 and at 4, layer 2 at 1.5–3), so the parts are matched
 * across skips by role (lead, other), while α_c,1 and α_c,2, each smooth in c, are interpolated by layer and
 * say which layer leads at c. α_c,3 = 1/L₃(0) is interpolated over its own finer grid (with errors).
 * Every node is interpolated in log c across the skips that have it; a node is kept where the skips on both
 * sides of c have it and its α falls inside its part at c. The error of this against staircases computed
 * directly at skips off the grid is measured by scripts/smi3-precompute.ts (`heldout`, `leaveout`).
 */

/** A staircase as stored (rows [α, Q₁₁, Q₂₂, Q₃₃], null for a threshold beyond the path) as branches. */
export function rowsToBranches3(p: {
  c: number;
  epsilon: number;
  alphaC: readonly (number | null)[];
  path: readonly (readonly number[])[];
  monotone: boolean;
}): Branches3 {
  return {
    c: p.c,
    epsilon: p.epsilon,
    alphaC: [p.alphaC[0] ?? NaN, p.alphaC[1] ?? NaN, p.alphaC[2] ?? NaN],
    path: p.path.map((r) => ({ alpha: r[0], q: [r[1], r[2], r[3]] })),
    monotone: p.monotone,
  };
}

/** A shipped staircase split into its parts, with the lead layer (0 or 1) and the thresholds by layer. */
export interface StaircaseParts {
  c: number;
  alphaC: [number, number, number];
  lead: 0 | 1;
  /** A: [α, q₃] at the q₃ nodes, without the start at α_c,3 and the end at α_L */
  a: [number, number][];
  /** q₃ where the lead layer starts */
  q3AtLead: number;
  /** B: [α, q_lead, q₃] at the q_lead nodes, without its ends */
  b: [number, number, number][];
  /** q_lead and q₃ where the other layer starts */
  atOther: [number, number];
  /** C: [α, q_lead, q_other, q₃] at the q_lead nodes */
  cPart: [number, number, number, number][];
}

/** A complete shipped staircase (all three thresholds on the path) split into its parts; null otherwise. */
export function splitStaircase(br: Branches3): StaircaseParts | null {
  const [a1, a2, a3] = br.alphaC;
  if (![a1, a2, a3].every(Number.isFinite)) return null;
  const lead = leadLayer(
    br.path.map((p) => [p.alpha, ...p.q]),
    a1,
    a2,
  );
  const other = 1 - lead;
  const aL = Math.min(a1, a2);
  const aO = Math.max(a1, a2);
  const at = (alpha: number) => br.path.find((p) => p.alpha === alpha);
  const startLead = at(aL);
  const startOther = at(aO);
  if (!startLead || !startOther) return null;
  const rows = br.path.slice(1);
  return {
    c: br.c,
    alphaC: [a1, a2, a3],
    lead,
    a: rows.filter((p) => p.alpha < aL).map((p) => [p.alpha, p.q[2]]),
    q3AtLead: startLead.q[2],
    b: rows.filter((p) => p.alpha > aL && p.alpha < aO).map((p) => [p.alpha, p.q[lead], p.q[2]]),
    atOther: [startOther.q[lead], startOther.q[2]],
    cPart: rows.filter((p) => p.alpha > aO).map((p) => [p.alpha, p.q[lead], p.q[other], p.q[2]]),
  };
}

/**
 * Order of the interpolation in log c: 2 is linear between the two skips around c, 4 cubic through four.
 * The nodes carry the noise of one fixed outer net (they are not replicated), which a cubic amplifies; the
 * choice is the one with the smaller left-out error (skipGridError3.ts).
 */
export const STAIRCASE3_ORDER: 2 | 4 = 2;

function series(parts: readonly StaircaseParts[], value: (p: StaircaseParts) => number | undefined): SkipSeries {
  const c: number[] = [];
  const y: number[] = [];
  for (const p of parts) {
    const v = value(p);
    if (v !== undefined && Number.isFinite(v)) {
      c.push(p.c);
      y.push(v);
    }
  }
  return { c, y };
}

/** The value at c where the skips on both sides of c have the node, else NaN. */
function across(parts: readonly StaircaseParts[], c: number, value: (p: StaircaseParts) => number | undefined, order: 2 | 4): number {
  const s = series(parts, value);
  // Only a node known at the two shipped skips around c is interpolated (never extrapolated past a gap).
  const lo = parts.filter((p) => p.c <= c).at(-1);
  const hi = parts.find((p) => p.c >= c);
  if (!lo || !hi || !s.c.includes(lo.c) || !s.c.includes(hi.c)) return NaN;
  return interpolateInLogSkip(s, c, order);
}

/**
 * The staircase at skip c from the shipped complete staircases (sorted or not) and α_c,3 at c (interpolated
 * over its own grid). NaN thresholds and an empty path outside the shipped range.
 */
export function staircaseAt(shipped: readonly StaircaseParts[], alpha3: number, c: number, order: 2 | 4 = STAIRCASE3_ORDER): Branches3 {
  const parts = [...shipped].sort((x, y) => x.c - y.c);
  const alpha1 = across(parts, c, (p) => p.alphaC[0], order);
  const alpha2 = across(parts, c, (p) => p.alphaC[1], order);
  const empty: Branches3 = { c, epsilon: 0, alphaC: [NaN, NaN, alpha3], path: [], monotone: false };
  if (![alpha1, alpha2, alpha3].every(Number.isFinite)) return empty;
  const lead: 0 | 1 = alpha1 <= alpha2 ? 0 : 1;
  const aL = Math.min(alpha1, alpha2);
  const aO = Math.max(alpha1, alpha2);
  const qv = (qLead: number, qOther: number, q3: number): [number, number, number] => (lead === 0 ? [qLead, qOther, q3] : [qOther, qLead, q3]);
  const path: Branch3Point[] = [{ alpha: alpha3, q: [0, 0, 0] }];
  const last = () => path[path.length - 1];
  // Overlaps do not fall as α grows: a node's interpolated overlap is kept at least the previous one's.
  const push = (alpha: number, q: [number, number, number], below: number) => {
    if (!(alpha > last().alpha && alpha < below)) return;
    path.push({ alpha, q: q.map((x, l) => Math.min(Math.max(x, last().q[l]), 1)) as [number, number, number] });
  };

  // A: the q₃ nodes that every skip around c has.
  const q3Nodes = [...new Set(parts.flatMap((p) => p.a.map((r) => r[1])))].sort((x, y) => x - y);
  for (const q3 of q3Nodes)
    push(
      across(parts, c, (p) => p.a.find((r) => r[1] === q3)?.[0], order),
      [0, 0, q3],
      aL,
    );
  const q3L = across(parts, c, (p) => p.q3AtLead, order);
  push(aL, [0, 0, q3L], Number.POSITIVE_INFINITY);

  // B, matched by the lead layer's overlap.
  const bNodes = [...new Set(parts.flatMap((p) => p.b.map((r) => r[1])))].sort((x, y) => x - y);
  for (const q of bNodes) {
    const pick = (p: StaircaseParts) => p.b.find((r) => r[1] === q);
    push(
      across(parts, c, (p) => pick(p)?.[0], order),
      qv(
        q,
        0,
        across(parts, c, (p) => pick(p)?.[2], order),
      ),
      aO,
    );
  }
  const [qLO, q3O] = [0, 1].map((k) => across(parts, c, (p) => p.atOther[k], order));
  push(aO, qv(qLO, 0, q3O), Number.POSITIVE_INFINITY);

  // C, matched by the lead layer's overlap.
  const cNodes = [...new Set(parts.flatMap((p) => p.cPart.map((r) => r[1])))].sort((x, y) => x - y);
  for (const q of cNodes) {
    const pick = (p: StaircaseParts) => p.cPart.find((r) => r[1] === q);
    const v = [0, 2, 3].map((k) => across(parts, c, (p) => pick(p)?.[k], order));
    if (v.every(Number.isFinite)) push(v[0], qv(q, v[1], v[2]), Number.POSITIVE_INFINITY);
  }
  // Both starts must be on the path for the thresholds to be read off it.
  const complete = path.some((p) => p.alpha === aL) && path.some((p) => p.alpha === aO);
  return { c, epsilon: 0, alphaC: [alpha1, alpha2, alpha3], path, monotone: complete };
}
