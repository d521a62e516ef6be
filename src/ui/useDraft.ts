import { useSettled } from './useSettled';

/** How long the inputs of a table must be still before curves are computed from the full table again. */
export const DRAFT_SETTLE_MS = 150;

/**
 * True while `tableKey` (the inputs a model's denoising table depends on, e.g. β and ρ) keeps changing: every
 * new value needs a new table, so panels then ask for the draft table (errors within 10⁻⁵ of the full one,
 * half the cost) and show their result as stale, with no readout; once the inputs have been still for
 * DRAFT_SETTLE_MS they ask for the full table.
 */
export function useDraft(tableKey: string): boolean {
  return useSettled(tableKey, DRAFT_SETTLE_MS) !== tableKey;
}
