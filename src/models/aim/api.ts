import { brent } from '../../numeric/brent';
import { lruMemo } from '../../numeric/memo';
import { aimSimMemory } from './sim/size';
import type { AimSimPointResult, AimSimRequest } from './simPoint';
import type { SimProgress } from '../simHarness';
import { hardmaxCurve, hardmaxLowRankCurve, hardmaxSolve, hardmaxWeakRecovery } from './theory/hardmax';
import { aimPhaseColumn } from './theory/phase';
import { softmaxAlphaPR, softmaxCurve, softmaxFactor, symmetricTableFor } from './theory/softmax';
import { SymmetricSpectrum } from './theory/spectrum';
import { testErrorT2 } from './theory/testError';

/** The hardmax ρ → 0 curve does not depend on anything: computed once. */
const hardmaxLowRank = lruMemo(1, () => hardmaxLowRankCurve()).bind(null, 0);

/** The attention-indexed model's error curve, in the shape the error panel draws. */
export interface AimCurveResponse {
  alpha: number[];
  alphaBar: number[];
  mmse: number[];
  /** ρ → ∞ (Gaussian prior) line 1 − (T²+T−2)α. */
  gaussian: number[];
  status: string[];
  /** Bayes-optimal test error per sample (T = 2 only; null otherwise). */
  testError: number[] | null;
  alphaPR: number;
  millis: number;
}

/** Points between evaluations of the softmax test error on a draft curve: it is smooth in α and costs 0.1 ms a point. */
const DRAFT_STRIDE = 6;

/**
 * The T = 2 softmax test error along a curve, evaluated every `stride` points and at each stride's midpoint:
 * where the midpoint lies within 1e-4 of the straight line the stride is drawn linearly through the three, else
 * (near α_PR, where the error bends sharply) every point is evaluated.
 */
function softmaxTestError(mmse: number[], rho: number, stride: number): number[] {
  const at = (i: number) => (Number.isFinite(mmse[i]) ? testErrorT2('softmax', 1 + rho - mmse[i], mmse[i]) : NaN);
  const out = new Array<number>(mmse.length);
  const line = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) out[k] = out[a] + ((out[b] - out[a]) * (k - a)) / (b - a);
  };
  const last = mmse.length - 1;
  out[0] = at(0);
  for (let i = 0; i < last; i += stride) {
    const j = Math.min(i + stride, last);
    out[j] = at(j);
    if (j - i < 2) continue;
    const m = (i + j) >> 1;
    out[m] = at(m);
    if (Math.abs(out[m] - (out[i] + ((out[j] - out[i]) * (m - i)) / (j - i))) <= 1e-4) {
      line(i, m);
      line(m, j);
    } else for (let k = i + 1; k < j; k++) if (k !== m) out[k] = at(k);
  }
  return out;
}

/** The attention-indexed model's worker API: every method takes one request (and a progress callback where it streams). */
export const aimApi = {
  /** `draft`: from the draft denoising table (errors within 10⁻⁵ of the full one), while ρ is dragged. */
  curve(req: { T: number; rho: number; alphas: number[]; draft?: boolean }): AimCurveResponse {
    const t0 = performance.now();
    const c = softmaxCurve(req.T, req.rho, req.alphas, req.draft);
    return {
      alpha: c.alpha,
      alphaBar: c.alphaBar,
      mmse: c.mmse,
      gaussian: c.alphaBar.map((ab) => Math.max(0, 1 - ab)),
      status: c.status,
      testError: req.T === 2 ? softmaxTestError(c.mmse, req.rho, req.draft ? DRAFT_STRIDE : 1) : null,
      alphaPR: softmaxAlphaPR(req.T, req.rho),
      millis: performance.now() - t0,
    };
  },
  /** Hardmax curve; with `published`, also the curve of the published output function, for comparison; `draft` as for `curve`. */
  hardmax(req: { rho: number; published?: boolean; points?: number; draft?: boolean }) {
    const t0 = performance.now();
    const c = hardmaxCurve(req.rho, req.points ?? 80, 'correct', undefined, 'table', req.draft);
    const lowRank = hardmaxLowRank();
    const pub = req.published ? hardmaxCurve(req.rho, req.points ?? 80, 'published', undefined, 'table', req.draft) : null;
    return {
      rho: req.rho,
      alpha: c.alpha,
      mmse: c.mmse,
      monotone: c.monotone,
      testError: c.mmse.map((m) => testErrorT2('hardmax', 1 + req.rho - m, m)),
      lowRank,
      published: pub && { alpha: pub.alpha, mmse: pub.mmse, monotone: pub.monotone },
      millis: performance.now() - t0,
    };
  },
  /** The published hardmax curve against the correct one at one point, and the ρ → 0 threshold of each. */
  publishedComparison(req: { rho: number; alpha: number }) {
    return {
      rho: req.rho,
      alpha: req.alpha,
      mmse: hardmaxSolve(req.rho, req.alpha).mmse,
      publishedMmse: hardmaxSolve(req.rho, req.alpha, 'published').mmse,
      alphaBarC: hardmaxLowRank().alphaBarWR,
      publishedAlphaBarC: hardmaxWeakRecovery('published'),
    };
  },
  phaseColumn: aimPhaseColumn,
  /** The denoising problem at the fixed point: softmax from its closed form, hardmax from the error m given. */
  spectrum(req: { T: number; rho: number; alpha: number; points: number; hardmaxError?: number }) {
    let m: number;
    let delta: number;
    if (req.hardmaxError !== undefined) {
      m = req.hardmaxError;
      if (!(m > 0 && m < 1)) return { status: 'failed', delta: NaN, bands: [], s: [], density: [], mass: NaN };
      const table = symmetricTableFor(req.rho);
      delta = Math.exp(brent((l) => table.mmse(Math.exp(l)) - m, Math.log(1e-12), Math.log(1e8), { xtol: 1e-12 }).x);
    } else {
      const c = softmaxCurve(req.T, req.rho, [req.alpha]);
      m = c.mmse[0];
      if (c.status[0] !== 'converged' || !(m > 0) || req.alpha <= 0) return { status: c.status[0], delta: NaN, bands: [], s: [], density: [], mass: NaN };
      delta = m / (softmaxFactor(req.T) * req.alpha);
    }
    const sp = new SymmetricSpectrum(req.rho, delta);
    const lo = sp.bands[0].lo;
    const hi = sp.bands[sp.bands.length - 1].hi;
    const pad = 0.05 * (hi - lo);
    const grid = Array.from({ length: req.points }, (_, i) => lo - pad + ((hi - lo + 2 * pad) * i) / (req.points - 1));
    for (const b of sp.bands) grid.push(b.lo, b.hi);
    grid.sort((a, b) => a - b);
    return { status: 'converged', delta, bands: sp.bands, s: grid, density: grid.map((x) => sp.density(x)), mass: sp.mass() };
  },
  // As for BSR: the simulations' code (instances, GAMP-RIE, GD, ml-matrix) loads on the first simulated point.
  simulatePoint: async (req: AimSimRequest, progress?: (p: SimProgress) => void): Promise<AimSimPointResult> =>
    (await import('./simPoint')).simulateAimPoint(req, progress),
  simMemory: aimSimMemory,
};

export type AimApi = typeof aimApi;
