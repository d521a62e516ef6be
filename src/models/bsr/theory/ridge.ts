import { assertNonNegative } from './canonical';

/**
 * Ridge regression on the vectorised input vec(X) ∈ R^{dL}, which ignores the sequence structure:
 * the baseline every structured estimator is compared with. Error per entry of S, noise excluded.
 */
export function ridgeError(alpha: number, delta: number, lambda: number): number {
  assertNonNegative('α', alpha);
  assertNonNegative('Δ', delta);
  assertNonNegative('λ', lambda);
  if (alpha === 0) return 1;
  if (lambda === 0) return ridgelessError(alpha, delta);
  const g = alpha;
  const p = g + lambda;
  const c = g - lambda;
  const t = Math.sqrt((p - 1) ** 2 + 4 * lambda);
  const m = (2 * g) / (p + t + 1);
  const Q = (4 * g * (g * (p + t - 3) + (1 + delta) * (p + t + 1))) / ((p + t + 1) * (p * p - 2 * c + t * t + 2 * t * (p + 1) + 1));
  return 1 - 2 * m + Q;
}

/** λ → 0⁺ (minimum-norm interpolator): 1 − α + αΔ/(1−α) below α = 1, Δ/(α−1) above. */
function ridgelessError(alpha: number, delta: number): number {
  if (alpha < 1) return 1 - alpha + (alpha * delta) / (1 - alpha);
  if (alpha > 1) return delta / (alpha - 1);
  return delta > 0 ? Infinity : 0;
}

/** Optimal regularisation λ = Δ (the Bayes estimator for an i.i.d. Gaussian S). */
export function ridgeOptimalError(alpha: number, delta: number): number {
  assertNonNegative('α', alpha);
  assertNonNegative('Δ', delta);
  const g = alpha;
  return 1 - (2 * g) / (Math.sqrt(2 * (g + 1) * delta + (g - 1) ** 2 + delta * delta) + g + delta + 1);
}
