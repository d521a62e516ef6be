import type { AimInstanceSpec } from './instance';

// How large a simulated attention-model problem is, apart from the simulation's code: the page checks a run's
// memory with this file alone and loads the simulations only when one runs.

/** The problem's dimensions: tokens per sequence T, token size D, rank r and number of samples n. */
export function aimSizesOf(spec: Pick<AimInstanceSpec, 'T' | 'D' | 'rho' | 'alpha'>): { T: number; D: number; r: number; n: number } {
  const D = Math.round(spec.D);
  const T = Math.round(spec.T);
  const r = Math.max(1, Math.round(spec.rho * D));
  const n = Math.max(1, Math.round(spec.alpha * D * D));
  return { T, D, r, n };
}

/**
 * Bytes a run holds: tokens, outputs and one token-sized array (the plain passes keep M·x_a for
 * every token; the WebAssembly ones a copy of the tokens in their memory), plus a few D×D matrices. Gradient descent adds smaller per-sample buffers.
 */
export function aimInstanceBytes(spec: Pick<AimInstanceSpec, 'T' | 'D' | 'rho' | 'alpha'>): number {
  const { T, D, n } = aimSizesOf(spec);
  return 8 * (2 * n * T * D + 3 * n * T * T + 8 * D * D);
}

/** Largest instance a run may allocate: a browser tab or worker rarely gets more without failing. */
export const MAX_AIM_BYTES = 1.5 * 2 ** 30;

/** A run's memory against what it may allocate, and its sizes. */
export function aimSimMemory(req: Pick<AimInstanceSpec, 'T' | 'D' | 'rho' | 'alpha'>): {
  bytes: number;
  allowed: boolean;
  sizes: ReturnType<typeof aimSizesOf>;
} {
  const bytes = aimInstanceBytes(req);
  return { bytes, allowed: bytes <= MAX_AIM_BYTES, sizes: aimSizesOf(req) };
}
