import type { Axis } from '../../../state/commonFields';
import { parseList, type ExplorerState } from '../../../state/schema';
import type { SimPointResult } from '../simPoint';
import { toAlphaTilde } from '../theory/thresholds';
import { seedSpread } from '../../../ui/plotInput';
import type { SimMark } from './plotInput';

/** The settings that decide which simulated points belong to the current view. */
export type SimView = Pick<ExplorerState, 'beta' | 'rho' | 'delta' | 'simAlgo' | 'simLr' | 'simInit' | 'simAlphas'>;

/**
 * The points the view shows: run at the current parameters with the chosen algorithm (and, for GD, the
 * same learning rate and initialisation), at one of the α values the link lists.
 */
export function shownPoints(points: readonly SimPointResult[], v: SimView): SimPointResult[] {
  const listed = parseList(v.simAlphas, 16).values;
  return points.filter(
    ({ request: r }) =>
      r.beta === v.beta &&
      r.rho === v.rho &&
      r.delta === v.delta &&
      r.algo === v.simAlgo &&
      (r.algo === 'amp' || r.algo === 'mnne' || (r.lr === v.simLr && r.init === v.simInit)) &&
      listed.includes(r.alpha),
  );
}

/** The GD runs of a learning-rate study at the cursor: one per listed η and initialisation. */
export function studyPoints(points: readonly SimPointResult[], v: Pick<ExplorerState, 'alpha' | 'beta' | 'rho'>, etas: number[]): SimPointResult[] {
  return points.filter(({ request: r }) => r.algo === 'gd' && r.alpha === v.alpha && r.beta === v.beta && r.rho === v.rho && etas.includes(r.lr));
}

/** The last GAMP-RIE point run at exactly these parameters, whose denoiser input the spectrum panel overlays. */
export function lastAmpAt(points: readonly SimPointResult[], v: Pick<ExplorerState, 'alpha' | 'beta' | 'rho' | 'delta'>): SimPointResult | undefined {
  return points.filter(({ request: r }) => r.algo === 'amp' && r.beta === v.beta && r.rho === v.rho && r.delta === v.delta && r.alpha === v.alpha).pop();
}

/** Simulated points as marks on the error plot, on the plotted axis. */
export function simMarks(points: readonly SimPointResult[], axis: Axis): SimMark[] {
  return points.map(({ request: r, mean, std, finals, singles }) => ({
    x: axis === 'alpha' ? r.alpha : toAlphaTilde(r.alpha, r.beta, r.rho),
    mean,
    std,
    ...seedSpread(finals, r.algo === 'agd' ? singles : undefined),
    label: `${r.algo} at α = ${r.alpha}, d = ${r.d}: mean ${mean.toFixed(4)} over ${finals.length} seeds (${finals.map((f) => f.toFixed(3)).join(', ')})`,
  }));
}

/** Gradient descent from the prior is among the points: the view draws 2·E_BO, a posterior sample's error, to compare. */
export function hasGdFromPrior(points: readonly SimPointResult[]): boolean {
  return points.some(({ request: r }) => (r.algo === 'gd' || r.algo === 'agd') && r.init === 'prior');
}
