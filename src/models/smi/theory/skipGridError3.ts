/**
 * Measured error of the three-layer interpolation in c (skipGrid3.ts), from scripts/smi3-precompute.ts:
 * - `leaveout`: each inner shipped staircase left out and interpolated from the others (so over twice the
 *   grid's spacing), against itself (LEFT_OUT3);
 * - `compare`: staircases computed directly at skips off the grid (skipGridHeldOut3.ts) against the
 *   interpolation of the shipped grid (STAIRCASE3_INTERPOLATION_ERROR).
 * Overlaps: the largest |ΔQ_ℓ| over α (step 0.001) before the first of layers 1 and 2 starts (layer 3 alone)
 * and from it on. From it on the overlaps of layers 1 and 2 rise steeply (dQ/dα ≈ 5–10 at their start), so a
 * threshold shifted by 0.01 shows as 0.05–0.1 in Q there. Part of these differences is the noise of the direct
 * staircases themselves: their α_c,1 and α_c,2 are known to a few hundredths (precomputed3Spread.ts).
 * Measured with an inner net per outer point in every staircase, shipped (precomputed3.ts) and held out
 * (skipGridHeldOut3.ts). The held-out ones at c = 0.16 and 2.5 had one fixed inner net before; their α_c,1 then lay
 * 0.036 and 0.035 below the interpolation, the size of that net's own error, and set the stated bounds (0.037 for the
 * thresholds, 0.083 for the overlaps from the lead on).
 */

/** The skips of the shipped complete staircases (a test checks them against precomputed3.ts), for the view's text. */
export const STAIRCASE3_SKIPS = [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 4];

/**
 * Left out one at a time (c = 0.1, 0.25, 0.5, 1, 1.5, 2, 3), order 2 (order 4: 0.025, 0.018, 0.13). With one fixed
 * inner net at all but c = 0.5, 1 and 1.5 they were 0.046, 0.043 and 0.14.
 */
export const LEFT_OUT3 = {
  /** largest |Δα_c,1|, |Δα_c,2|: 0.041 and 0.031 at c = 0.5, 0.027 at c = 0.25, 0.026 at c = 1.5, at most 0.021 elsewhere */
  thresholds: 0.042,
  /**
   * 0.055 at c = 1.5 (layer 1's overlap, which starts second there and first at c = 1), 0.028 at c = 0.5, 0.019 at
   * c = 0.25, at most 0.015 elsewhere
   */
  beforeLead: 0.056,
  /** 0.137 (layer 1 at c = 1), 0.124 at c = 1.5, 0.115 at c = 0.5, 0.109 at c = 0.25, at most 0.073 elsewhere */
  fromLead: 0.14,
};

export const STAIRCASE3_INTERPOLATION_ERROR = {
  /**
   * α_c,3, interpolated (cubic in log c) over its own grid of 12 skips (0.05 to 4): left out one at a time,
   * the largest difference is 1.7·10⁻⁴ at c = 0.1 (SE 1.9·10⁻⁴ there), 9.1·10⁻⁵ at c = 0.25, at most
   * 4.4·10⁻⁵ from c = 0.5 on.
   */
  alpha3: 1.7e-4,
  /**
   * α_c,1 and α_c,2: the largest |Δ| at the held-out skips c = 0.16, 0.75, 1.25, 2.5: (0.0029, 0.0027), (0.0073,
   * 0.018), (0.0014, 0.0022), (0.0058, 0.0019). The largest is α_c,2 at c = 0.75, where its curvature in log c between
   * 0.5 and 1 (1.172, 1.156, 1.113) is what linear interpolation misses. Stated: 0.0184, rounded up.
   */
  thresholds: 0.019,
  /** before the lead layer starts: 0.0027, 0.0069, 0.0011, 0.0014 */
  beforeLead: 0.007,
  /** from it on: 0.048, 0.065, 0.051, 0.046 */
  fromLead: 0.065,
};
