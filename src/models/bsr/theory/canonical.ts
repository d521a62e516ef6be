/**
 * The theory depends only on the shape of the d×L problem up to transposition, so every formula is
 * written for β = L/d ≥ 1. A problem with β < 1 is the transposed one with (1/β, ρ/β) and the same α.
 */
export interface Shape {
  beta: number;
  rho: number;
}

export function canonicalShape(beta: number, rho: number): Shape {
  return beta >= 1 ? { beta, rho } : { beta: 1 / beta, rho: rho / beta };
}

/** Throws a RangeError naming the offending parameter; the message is shown to users as is. */
export function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive finite number (got ${value})`);
}

export function assertNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0 (got ${value})`);
}
