import { type ExplorerState, parseList } from '../../../state/schema';
import type { AimSimPointResult, AimSimRequest } from '../simPoint';

/** Every setting a simulated point of this model is made from. */
export type SimSettings = Pick<
  ExplorerState,
  | 'channel'
  | 'T'
  | 'rho'
  | 'alpha'
  | 'alphaMax'
  | 'simAlgo'
  | 'simD'
  | 'simSeeds'
  | 'simSeed'
  | 'simDamping'
  | 'simIter'
  | 'simLr'
  | 'simSteps'
  | 'simOpt'
  | 'simK'
  | 'simAlphas'
>;

export const selectSimSettings = (s: ExplorerState): SimSettings => ({
  channel: s.channel,
  T: s.T,
  rho: s.rho,
  alpha: s.alpha,
  alphaMax: s.alphaMax,
  simAlgo: s.simAlgo,
  simD: s.simD,
  simSeeds: s.simSeeds,
  simSeed: s.simSeed,
  simDamping: s.simDamping,
  simIter: s.simIter,
  simLr: s.simLr,
  simSteps: s.simSteps,
  simOpt: s.simOpt,
  simK: s.simK,
  simAlphas: s.simAlphas,
});

const tokensOf = (s: Pick<SimSettings, 'channel' | 'T'>) => (s.channel === 'hardmax' ? 2 : s.T);

/** Gradient descent is implemented for the softmax channel; the nuclear-norm estimator is BSR's only. */
export function simAlgo(s: Pick<SimSettings, 'channel' | 'simAlgo'>): AimSimRequest['algo'] {
  if (s.simAlgo === 'mnne') return 'amp';
  return s.channel === 'hardmax' ? 'amp' : s.simAlgo;
}

export const ALGO_NAMES: Record<AimSimRequest['algo'], string> = { amp: 'GAMP-RIE', gd: 'GD', agd: 'averaged GD' };

/** The simulation request for one α from the view's settings. */
export function simRequest(s: SimSettings, alpha: number): AimSimRequest {
  return {
    algo: simAlgo(s),
    channel: s.channel,
    T: tokensOf(s),
    D: s.simD,
    rho: s.rho,
    alpha,
    seed: s.simSeed,
    seeds: s.simSeeds,
    damping: s.simDamping,
    maxIter: s.simIter,
    lr: s.simLr,
    steps: s.simSteps,
    optimizer: s.simOpt,
    averages: s.simK,
    width: 0,
  };
}

/** The simulated points that belong to the current view (same model, settings and listed α). */
export function shownResults(s: SimSettings, results: AimSimPointResult[]): AimSimPointResult[] {
  const listed = parseList(s.simAlphas, 16).values;
  const algo = simAlgo(s);
  return results.filter(
    (r) =>
      r.request.channel === s.channel &&
      r.request.T === tokensOf(s) &&
      r.request.rho === s.rho &&
      r.request.algo === algo &&
      (algo === 'amp' || (r.request.lr === s.simLr && r.request.optimizer === s.simOpt)) &&
      listed.includes(r.request.alpha),
  );
}

/** The last GAMP-RIE point at exactly this channel, T, ρ and α: its denoiser's eigenvalues go beside the spectrum. */
export function lastAmpAt(
  results: AimSimPointResult[],
  at: { channel: SimSettings['channel']; T: number; rho: number; alpha: number },
): AimSimPointResult | null {
  const T = tokensOf(at);
  const hits = results.filter(
    (r) => r.request.algo === 'amp' && r.request.channel === at.channel && r.request.T === T && r.request.rho === at.rho && r.request.alpha === at.alpha,
  );
  return hits.length ? hits[hits.length - 1] : null;
}

/** α values of a sweep: 8 points across the plotted range (in α = n/D²). */
export function sweepAlphas(s: Pick<SimSettings, 'channel' | 'T' | 'alphaMax'>): number[] {
  const T = tokensOf(s);
  const top = s.channel === 'hardmax' ? s.alphaMax : s.alphaMax / (T * T + T - 2);
  return Array.from({ length: 8 }, (_, i) => Number(((top * (i + 1)) / 9).toPrecision(3)));
}
