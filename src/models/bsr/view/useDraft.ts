import { useSettled } from '../../../ui/useSettled';

/** How long β and ρ must be still before curves are computed from the full mmse table again. */
export const SETTLE_MS = 150;

/**
 * True while the shape (β, ρ) is moving: every new shape needs a new mmse table, so panels then ask for the
 * draft table (errors within 10⁻⁵ of the full one, half the cost) and show their result as stale, with no
 * readout; once the shape has been still for SETTLE_MS they ask for the full table.
 */
export function useShapeDraft(beta: number, rho: number): boolean {
  const shape = `${beta}|${rho}`;
  return useSettled(shape, SETTLE_MS) !== shape;
}
