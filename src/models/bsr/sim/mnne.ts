import { CholeskyDecomposition, Matrix, SVD } from 'ml-matrix';
import type { Outcome, RunResult } from '../../contract';
import { rescaledError, type Instance } from './instance';

export interface MnneOptions {
  /** ADMM penalty; the iteration is insensitive to it within an order of magnitude. */
  penalty?: number;
  maxIter?: number;
  /** Stop when both ‖S − Z‖ and the change of Z fall below tol (per entry, rescaled units). */
  tol?: number;
  /** Called after every iteration; return false to stop (cancellation). */
  onIteration?: (it: MnneIteration) => boolean | void;
}

export interface MnneIteration {
  t: number;
  /** Error ‖S − S*‖²/(dL) of the feasible iterate S. */
  error: number;
  /** ‖S − Z‖ per entry: distance of the feasible iterate to the low-rank one. */
  gap: number;
}

export interface MnneResult extends RunResult<MnneIteration> {
  /** Error of the final feasible iterate. */
  error: number;
  /** max |⟨X̃_μ, Ŝ⟩ − y_μ|: how exactly the estimate interpolates the data. */
  residual: number;
  estimate: Float64Array;
}

/** Largest instance the exact solver accepts: it factorises the n×n Gram matrix of the tokens. */
export const MNNE_MAX_SAMPLES = 4000;

/**
 * Minimal nuclear-norm estimator: min ‖S‖_* subject to ⟨X̃_μ, S⟩ = y_μ, by ADMM on S = Z with an exact
 * projection onto the affine constraint (Cholesky of XXᵀ, once) and singular-value thresholding of Z.
 * Meant for small d (noiseless data), to show its threshold α_MNNE against the Bayes-optimal one.
 */
export function runMnne(inst: Instance, opts: MnneOptions = {}): MnneResult {
  const t0 = Date.now();
  const { d, L, n, tokens, y, S } = inst;
  const m = d * L;
  if (n > MNNE_MAX_SAMPLES) throw new RangeError(`the nuclear-norm solver handles at most ${MNNE_MAX_SAMPLES} samples (this run has ${n}); lower d or α`);
  const penalty = opts.penalty ?? 1;
  const maxIter = opts.maxIter ?? 2000;
  const tol = opts.tol ?? 1e-10;
  const A = new Matrix(n, m);
  const row = new Float32Array(m);
  for (let mu = 0; mu < n; mu++) {
    tokens.row(mu, row);
    for (let k = 0; k < m; k++) A.set(mu, k, row[k]);
  }
  const chol = new CholeskyDecomposition(A.mmul(A.transpose()));
  if (!chol.isPositiveDefinite()) throw new Error('the token Gram matrix is singular (more samples than entries?); the constraint set is a point');
  const Y = Matrix.columnVector(Array.from(y));
  // Projection onto {S : A vec(S) = y}: P(v) = v − Aᵀ (AAᵀ)⁻¹ (A v − y).
  const project = (v: Matrix) => v.clone().sub(A.transpose().mmul(chol.solve(A.mmul(v).sub(Y))));
  let Z = Matrix.zeros(m, 1);
  let U = Matrix.zeros(m, 1);
  let Svec = Matrix.zeros(m, 1);
  const iterations: MnneIteration[] = [];
  let outcome: Outcome = 'max-iter';
  for (let t = 1; t <= maxIter; t++) {
    Svec = project(Z.clone().sub(U));
    const M = Matrix.from1DArray(d, L, Svec.clone().add(U).to1DArray());
    const svd = new SVD(M, { autoTranspose: true });
    const thr = 1 / penalty;
    const shrunk = svd.diagonal.map((s) => Math.max(0, s - thr));
    const Zm = svd.leftSingularVectors.mmul(Matrix.diag(shrunk)).mmul(svd.rightSingularVectors.transpose());
    const Znew = Matrix.columnVector(Zm.to1DArray());
    const change = Znew.clone().sub(Z).norm() / Math.sqrt(m);
    Z = Znew;
    U = U.add(Svec.clone().sub(Z));
    const gap = Svec.clone().sub(Z).norm() / Math.sqrt(m);
    const it = { t, error: rescaledError(Svec.to1DArray(), S), gap };
    iterations.push(it);
    if (opts.onIteration && opts.onIteration(it) === false) {
      outcome = 'cancelled';
      break;
    }
    if (gap < tol && change < tol) {
      outcome = 'converged';
      break;
    }
  }
  const est = Float64Array.from(Svec.to1DArray());
  const pred = A.mmul(Svec);
  let residual = 0;
  for (let mu = 0; mu < n; mu++) residual = Math.max(residual, Math.abs(pred.get(mu, 0) - y[mu]));
  return { iterations, outcome, message: '', error: rescaledError(est, S), residual, estimate: est, millis: Date.now() - t0 };
}
