import type { Precomputed3 } from './precomputed3';

/** Three-layer staircases computed directly at skips off the shipped grid (scripts/smi3-precompute.ts branches C). */
export const HELD_OUT3: Precomputed3[] = [];
