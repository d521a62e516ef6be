import { hardmaxAt, hardmaxCurve } from './hardmax';
import { softmaxCurve, softmaxFactor, symmetricDof } from './softmax';

/**
 * One column of the attention-indexed model's phase diagram over (α, ρ): the Bayes-optimal error
 * along the horizontal axis at one ρ. Softmax is drawn on ᾱ = (T²+T−2)α, where every T gives the
 * same map; hardmax (T = 2) on α itself.
 */
export interface AimPhaseColumnRequest {
  channel: 'softmax' | 'hardmax';
  T: number;
  rho: number;
  /** Horizontal coordinates: ᾱ for softmax, α for hardmax. */
  xs: number[];
}

export interface AimPhaseColumn {
  mmse: number[];
  /** Perfect-recovery threshold in the same horizontal units (NaN: the channel has none). */
  xPR: number;
  failed: number;
}

/**
 * Points of the hardmax curve per column: with its moment from the table a curve costs 2–4 ms, and 200 points put
 * the log-interpolated error within 0.15% of the exact solve over the map (56 points: 1.5%), down to an error of 1e-7.
 */
const HARDMAX_COLUMN_POINTS = 200;

export function aimPhaseColumn(req: AimPhaseColumnRequest): AimPhaseColumn {
  if (req.channel === 'softmax') {
    const k = softmaxFactor(req.T);
    // Cells are colours: the draft table's 10⁻⁵ is far below what a colour shows.
    const c = softmaxCurve(
      req.T,
      req.rho,
      req.xs.map((x) => x / k),
      true,
    );
    return { mmse: c.mmse, xPR: symmetricDof(req.rho), failed: c.status.filter((s) => s === 'failed').length };
  }
  // Down to an error of 1e-7, so that narrow targets (small ρ, whose error falls fastest) stay on the curve up to α = 10.
  const curve = hardmaxCurve(req.rho, HARDMAX_COLUMN_POINTS, 'correct', 1e-7, 'table', true);
  const mmse = hardmaxAt(curve, req.xs);
  return { mmse, xPR: NaN, failed: mmse.filter((v) => !Number.isFinite(v)).length + (curve.monotone ? 0 : req.xs.length) };
}
