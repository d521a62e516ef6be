import { boCurve } from './bsr/curve';
import { landscape, phaseColumn, spectrumAt, strongCurves } from './panelsApi';
import { largeBetaError, largeBetaRho, lowRankError } from './bsr/limits';
import { alphaMNNE, alphaPR, alphaTildeWR, toAlphaTilde } from './bsr/thresholds';

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
const mnneCache = new Map<string, number>();
function cachedMNNE(beta: number, rho: number): number {
  const key = `${beta}|${rho}`;
  let v = mnneCache.get(key);
  if (v === undefined) {
    v = alphaMNNE(beta, rho);
    mnneCache.set(key, v);
    if (mnneCache.size > 64) mnneCache.delete(mnneCache.keys().next().value as string);
  }
  return v;
}

export const theoryApi = {
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
