import { parseList, type ExplorerState } from '../../../state/schema';
import type { SimRequest } from '../simPoint';

/** The settings one simulated point is run with. */
export type SimSettings = Pick<
  ExplorerState,
  'simAlgo' | 'simD' | 'beta' | 'rho' | 'delta' | 'simSeed' | 'simSeeds' | 'simDamping' | 'simIter' | 'simLr' | 'simSteps' | 'simInit' | 'simK'
>;

/** The simulation request for one α from the view's settings. */
export function simRequest(s: SimSettings, alpha: number): SimRequest {
  return {
    algo: s.simAlgo,
    d: s.simD,
    beta: s.beta,
    rho: s.rho,
    delta: s.delta,
    alpha,
    seed: s.simSeed,
    seeds: s.simSeeds,
    damping: s.simDamping,
    maxIter: s.simIter,
    lr: s.simLr,
    steps: s.simSteps,
    init: s.simInit,
    averages: s.simK,
  };
}

/** α values of a sweep: 8 points across the plotted range (in α = n/(dL)). */
export function sweepAlphas(s: Pick<ExplorerState, 'axis' | 'alphaMax' | 'beta' | 'rho'>): number[] {
  const top = s.axis === 'alpha' ? s.alphaMax : (s.alphaMax * s.rho * (1 + s.beta)) / s.beta;
  return Array.from({ length: 8 }, (_, i) => Number(((top * (i + 1)) / 9).toPrecision(3)));
}

/** Learning rates a study uses when the link names none. */
export const DEFAULT_ETAS = '0.1,0.2,0.3,0.4,0.5,0.6,0.7';

/** Requests of a learning-rate study: every η with both initialisations, at the current α. */
export function lrStudyRequests(s: SimSettings & Pick<ExplorerState, 'simEtas' | 'alpha'>): SimRequest[] {
  const etas = parseList(s.simEtas, 12).values;
  return etas.flatMap((lr) => (['small', 'prior'] as const).map((init) => ({ ...simRequest(s, s.alpha), algo: 'gd' as const, lr, init })));
}

/** What a link asks to be simulated again: its listed α values, then its learning-rate study. */
export function linkRequests(s: SimSettings & Pick<ExplorerState, 'simAlphas' | 'simEtas' | 'alpha'>): SimRequest[] {
  return [...parseList(s.simAlphas, 16).values.map((a) => simRequest(s, a)), ...lrStudyRequests(s)];
}
