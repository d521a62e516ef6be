/**
 * Measured error of the three-layer interpolation in c (skipGrid3.ts), from scripts/smi3-precompute.ts:
 * - `leaveout`: each inner shipped staircase left out and interpolated from the others (so over twice the
 *   grid's spacing), against itself (LEFT_OUT3);
 * - `compare`: staircases computed directly at skips off the grid (skipGridHeldOut3.ts) against the
 *   interpolation of the shipped grid (STAIRCASE3_INTERPOLATION_ERROR).
 * Overlaps: the largest |ΔQ_ℓ| over α (step 0.001) before the first of layers 1 and 2 starts (layer 3 alone)
 * and from it on. From it on the overlaps of layers 1 and 2 rise steeply (dQ/dα ≈ 5–10 at their start), so a
 * threshold shifted by 0.01 shows as 0.05–0.1 in Q there. Most of these differences are the noise of the
 * direct staircases themselves: their α_c,1 and α_c,2 have no error estimate, and the second of them is set
 * where a slowly rising, noisy α·L crosses 1 (ThresholdsPanel).
 */

/** The skips of the shipped complete staircases (a test checks them against precomputed3.ts), for the view's text. */
export const STAIRCASE3_SKIPS = [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 4];

/** Left out one at a time (c = 0.1, 0.25, 0.5, 1, 1.5, 2, 3), order 2. */
export const LEFT_OUT3 = {
  /** largest |Δα_c,1|, |Δα_c,2|: 0.050 at c = 2 (0.011 at c = 0.1, 0.040 at c = 0.25, 0.010 at c = 3) */
  thresholds: 0.05,
  beforeLead: 0.031,
  fromLead: 0.141,
};

export const STAIRCASE3_INTERPOLATION_ERROR = {
  /**
   * α_c,3, interpolated (cubic in log c) over its own grid of 12 skips (0.05 to 4): left out one at a time,
   * the largest difference is 1.7·10⁻⁴ at c = 0.1 (SE 1.9·10⁻⁴ there), 9.1·10⁻⁵ at c = 0.25, at most
   * 4.4·10⁻⁵ from c = 0.5 on.
   */
  alpha3: 1.7e-4,
  /**
   * α_c,1 and α_c,2: the largest |Δ| at the held-out skips c = 0.16, 0.75, 1.25, 2.5: (0.0027, 0.0036),
   * (0.040, 0.103), (0.0094, 0.0071), (0.0057, 0.0092). At c = 0.75 the direct α_c,2 lies above both
   * neighbours' values (1.245 against 1.190 at c = 0.5 and 1.107 at c = 1): the scatter of the direct
   * values, not the interpolation's.
   */
  thresholds: 0.104,
  /** before the lead layer starts: 0.0038, 0.0069, 0.0011, 0.0015 */
  beforeLead: 0.007,
  /** from it on: 0.024, 0.22 (layer 2 at c = 0.75, where its start is 0.10 off), 0.033, 0.070 */
  fromLead: 0.22,
};
