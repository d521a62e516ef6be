import { softmaxAlphaPR, softmaxCurve, softmaxFactor, symmetricTableFor } from './aim/theory/softmax';
import { brent } from '../numeric/brent';
import { lruMemo } from '../numeric/memo';
import { SymmetricSpectrum } from './aim/theory/spectrum';
import { hardmaxCurve, hardmaxLowRankCurve } from './aim/theory/hardmax';
import { aimPhaseColumn } from './aim/theory/phase';
import { testErrorT2 } from './aim/theory/testError';
import { boCurve } from './bsr/theory/curve';
import { landscape, phaseColumn, spectrumAt, strongCurves } from './bsr/panelsApi';
import { largeBetaError, largeBetaRho, lowRankError } from './bsr/theory/limits';
import { alphaMNNE, alphaPR, alphaTildeWR, toAlphaTilde } from './bsr/theory/thresholds';

/** Everything a view needs for the BSR error panel, computed in one call (one worker round trip). */
export interface BsrCurveRequest {
  beta: number;
  rho: number;
  delta: number;
  alphas: number[];
}

export interface BsrCurveResponse {
  alpha: number[];
  alphaTilde: number[];
  bo: number[];
  ridge: number[];
  status: string[];
  /** Low-rank (r = O(1)) limit at the same α̃, and β → ∞ limit at the same α and ρ. */
  lowRank: number[];
  largeBeta: number[];
  warnings: string[];
  alphaPR: number;
  alphaMNNE: number;
  /** The same thresholds on the α̃ axis. */
  alphaTildePR: number;
  alphaTildeMNNE: number;
  alphaTildeWR: number;
  millis: number;
}

/** α_MNNE depends only on (β, ρ) and costs a root search over quadratures: keep recent ones. */
const mnneByKey = lruMemo(64, (key: string) => {
  const [beta, rho] = key.split('|').map(Number);
  return alphaMNNE(beta, rho);
});
const cachedMNNE = (beta: number, rho: number) => mnneByKey(`${beta}|${rho}`);

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

export const theoryApi = {
  aimCurve(req: { T: number; rho: number; alphas: number[] }): AimCurveResponse {
    const t0 = performance.now();
    const c = softmaxCurve(req.T, req.rho, req.alphas);
    return {
      alpha: c.alpha,
      alphaBar: c.alphaBar,
      mmse: c.mmse,
      gaussian: c.alphaBar.map((ab) => Math.max(0, 1 - ab)),
      status: c.status,
      testError: req.T === 2 ? c.mmse.map((m) => (Number.isFinite(m) ? testErrorT2('softmax', 1 + req.rho - m, m) : NaN)) : null,
      alphaPR: softmaxAlphaPR(req.T, req.rho),
      millis: performance.now() - t0,
    };
  },
  /** Hardmax curve; with `published`, also the curve of the published output function, for comparison. */
  aimHardmax(req: { rho: number; published?: boolean; points?: number }) {
    const t0 = performance.now();
    const c = hardmaxCurve(req.rho, req.points ?? 80);
    const lowRank = hardmaxLowRank();
    const pub = req.published ? hardmaxCurve(req.rho, req.points ?? 80, 'published') : null;
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
  aimPhaseColumn,
  /** The denoising problem at the fixed point: softmax from its closed form, hardmax from the error m given. */
  aimSpectrum(req: { T: number; rho: number; alpha: number; points: number; hardmaxError?: number }) {
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
  phaseColumn,
  spectrumAt,
  landscape,
  strongCurves,
  bsrCurve(req: BsrCurveRequest): BsrCurveResponse {
    const t0 = performance.now();
    const c = boCurve({ beta: req.beta, rho: req.rho, delta: req.delta }, req.alphas);
    return {
      alpha: c.alpha,
      alphaTilde: c.alphaTilde,
      bo: c.bo,
      ridge: c.ridge,
      status: c.status,
      lowRank: c.alphaTilde.map((a) => lowRankError(a, req.beta, req.delta).error),
      largeBeta: c.alpha.map((a) => largeBetaError(a, largeBetaRho(req.beta, req.rho), req.delta).error),
      warnings: c.warnings,
      alphaPR: alphaPR(req.beta, req.rho),
      alphaMNNE: cachedMNNE(req.beta, req.rho),
      alphaTildePR: toAlphaTilde(alphaPR(req.beta, req.rho), req.beta, req.rho),
      alphaTildeMNNE: toAlphaTilde(cachedMNNE(req.beta, req.rho), req.beta, req.rho),
      alphaTildeWR: alphaTildeWR(req.beta, req.delta),
      millis: performance.now() - t0,
    };
  },
};

export type TheoryApi = typeof theoryApi;
