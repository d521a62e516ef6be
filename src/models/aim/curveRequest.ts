import { CURVE_POINTS } from '../../ui/family';
import type { AimState } from './fields';
import { aimTop } from './plotRange';

/** The worker lane of the main curve. */
export const AIM_CURVE_LANE = 'aim.curve';

/** The α grid of the main softmax curve: evenly spaced from 0 to the plot's right end `top`. */
export const softmaxAlphas = (top: number): number[] => Array.from({ length: CURVE_POINTS }, (_, i) => (top * i) / (CURVE_POINTS - 1));

/**
 * The view's main-curve request for this state (`draft`: from the draft table, as while ρ moves and for a
 * panel's first curve), one function for the view and the start-up request so the two are identical.
 */
export function mainCurveRequest(
  s: Pick<AimState, 'channel' | 'T' | 'aimPublished'> & { rho: number; alphaMax: number },
  draft: boolean,
):
  | { method: 'curve'; req: { T: number; rho: number; alphas: number[]; draft: boolean } }
  | { method: 'hardmax'; req: { rho: number; published: boolean; draft: boolean } } {
  if (s.channel === 'hardmax') return { method: 'hardmax', req: { rho: s.rho, published: s.aimPublished, draft } };
  return { method: 'curve', req: { T: s.T, rho: s.rho, alphas: softmaxAlphas(aimTop(s.channel, s.T, s.alphaMax)), draft } };
}
