import { useEffect, useState } from 'react';

/** How long the inputs of a table must be still before curves are computed from the full table again. */
export const DRAFT_SETTLE_MS = 150;

/**
 * True while `tableKey` (the inputs a model's denoising table depends on, e.g. β and ρ) keeps changing, and for
 * the first DRAFT_SETTLE_MS after a panel appears: every new value needs a new table, so panels then ask for the
 * draft table (errors within 10⁻⁵ of the full one, half the cost; a full table already built serves it) and show
 * their result as stale, with no readout. Once the inputs have been still for DRAFT_SETTLE_MS they ask for the
 * full table. Starting with a draft puts the first curve of a page on screen sooner.
 */
export function useDraft(tableKey: string): boolean {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setSettled(tableKey), DRAFT_SETTLE_MS);
    return () => clearTimeout(t);
  }, [tableKey]);
  return settled !== tableKey;
}
