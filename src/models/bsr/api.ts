import { lruMemo } from '../../numeric/memo';
import { landscape, phaseColumn, spectrumAt, strongCurves } from './panelsApi';
import type { SimPointResult, SimRequest } from './simPoint';
import { simMemory } from './sim/size';
import type { SimProgress } from '../simHarness';
import { boCurve } from './theory/curve';
import { largeBetaError, largeBetaRho, lowRankError } from './theory/limits';
import { alphaMNNE, alphaPR, alphaTildeWR, toAlphaTilde } from './theory/thresholds';

/** Everything a view needs for the BSR error panel, computed in one call (one worker round trip). */
export interface BsrCurveRequest {
  beta: number;
  rho: number;
  delta: number;
  alphas: number[];
  /** From the draft table (errors within 10⁻⁵ of the full one): for a curve that follows a dragged slider. */
  draft?: boolean;
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

/** Bilinear sequence regression's worker API: every method takes one request (and a progress callback where it streams). */
export const bsrApi = {
  curve(req: BsrCurveRequest): BsrCurveResponse {
    const t0 = performance.now();
    const c = boCurve({ beta: req.beta, rho: req.rho, delta: req.delta }, req.alphas, req.draft);
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
  phaseColumn,
  spectrum: spectrumAt,
  landscape,
  strongCurves,
  // The simulations' code (instances, GAMP-RIE, GD, the kernels) loads on the first simulated point, so a
  // worker that only draws curves starts without it.
  simulatePoint: async (req: SimRequest, progress?: (p: SimProgress) => void): Promise<SimPointResult> =>
    (await import('./simPoint')).simulatePoint(req, progress),
  simMemory,
};

export type BsrApi = typeof bsrApi;
