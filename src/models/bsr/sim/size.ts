import type { InstanceSpec } from './instance';

// How large a simulated BSR problem is, apart from the simulation's code: the page checks a run's memory with
// this file alone and loads the simulations only when one runs.

/** The problem's dimensions: token size d, sequence length L, rank r and number of samples n. */
export function sizesOf(spec: Pick<InstanceSpec, 'd' | 'beta' | 'rho' | 'alpha'>): { d: number; L: number; r: number; n: number } {
  const d = Math.round(spec.d);
  const L = Math.max(1, Math.round(spec.beta * d));
  const r = Math.max(1, Math.round(spec.rho * d));
  const n = Math.max(1, Math.round(spec.alpha * d * L));
  return { d, L, r, n };
}

/** Bytes the instance occupies (tokens in single precision dominate). */
export function instanceBytes(spec: Pick<InstanceSpec, 'd' | 'beta' | 'rho' | 'alpha'>): number {
  const { d, L, n } = sizesOf(spec);
  return 4 * n * d * L + 8 * (n + 3 * d * L);
}

/**
 * Largest instance a run may allocate. A browser tab or worker rarely gets more than 1.5 GiB without failing,
 * unless the device reports 8 GiB of memory or more (navigator.deviceMemory, Chromium's browsers): then the
 * tokens may fill most of the 4 GiB a WebAssembly memory can hold (d = 200 at α = 0.5 needs 3.0 GiB).
 */
export const MAX_INSTANCE_BYTES = ((globalThis as { navigator?: { deviceMemory?: number } }).navigator?.deviceMemory ?? 0) >= 8 ? 3.5 * 2 ** 30 : 1.5 * 2 ** 30;

/** A run's memory against what it may allocate, and its sizes. */
export function simMemory(req: Pick<InstanceSpec, 'd' | 'beta' | 'rho' | 'alpha'>): { bytes: number; allowed: boolean; sizes: ReturnType<typeof sizesOf> } {
  const bytes = instanceBytes(req);
  return { bytes, allowed: bytes <= MAX_INSTANCE_BYTES, sizes: sizesOf(req) };
}
