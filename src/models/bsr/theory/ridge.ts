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

/**
 * Optimal regularisation λ = Δ (the Bayes estimator for an i.i.d. Gaussian S):
 * E = 1 − 2α/(s + α + Δ + 1) with s = √(2(α+1)Δ + (α−1)² + Δ²). Written so that no step overflows or
 * cancels: every term is divided by m = max(α, Δ, 1), and above α = Δ + 1, where 1 − 2α/(…) would lose
 * every digit, the difference is rationalised (s² − (α−Δ−1)² = 4αΔ), giving E → Δ/α at large α.
 */
export function ridgeOptimalError(alpha: number, delta: number): number {
  assertNonNegative('α', alpha);
  assertNonNegative('Δ', delta);
  const m = Math.max(alpha, delta, 1);
  const g = alpha / m;
  const dl = delta / m;
  const one = 1 / m;
  const s = Math.sqrt(2 * (g + one) * dl + (g - one) ** 2 + dl * dl);
  const den = s + g + dl + one;
  if (alpha > delta + 1) return (4 * g * dl) / ((s + g - dl - one) * den);
  return (s - g + dl + one) / den;
}
