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
 * Measured after the c = 0.5, 1 and 1.5 staircases and the held-out ones at c = 0.75 and 1.25 were recomputed with an
 * inner net per outer point (precomputed3.ts); the others have one fixed inner net, whose error differs from skip to
 * skip, so an interpolation across the two kinds carries it (the left-out rows at c = 0.25 and 1.5).
 */

/** The skips of the shipped complete staircases (a test checks them against precomputed3.ts), for the view's text. */
export const STAIRCASE3_SKIPS = [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 4];

/**
 * Left out one at a time (c = 0.1, 0.25, 0.5, 1, 1.5, 2, 3), order 2 (order 4: 0.037, 0.020, 0.16; it was
 * 0.09, 0.032 and 0.21 with one fixed inner net at c = 0.5, 1 and 1.5).
 */
export const LEFT_OUT3 = {
  /**
   * largest |Δα_c,1|, |Δα_c,2|: 0.046 at c = 1.5 (α_c,1, where layer 2 now leads, from c = 1 and 2), 0.043 at c = 0.25
   * (α_c,1, from the fixed-net c = 0.1 and the per-point c = 0.5), 0.025 at c = 0.5, 0.011 at c = 1, at most 0.011 elsewhere
   */
  thresholds: 0.046,
  /** 0.042 at c = 1.5, 0.031 at c = 0.5, 0.029 at c = 0.25, at most 0.016 elsewhere */
  beforeLead: 0.043,
  /** 0.137 (layer 1 at c = 1), 0.114 at c = 0.25, 0.112 at c = 0.5, 0.104 at c = 2, at most 0.068 elsewhere */
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
   * α_c,1 and α_c,2: the largest |Δ| at the held-out skips c = 0.16, 0.75, 1.25, 2.5: (0.0027, 0.0036),
   * (0.0073, 0.018), (0.0014, 0.0022), (0.0021, 0.0042). With one fixed inner net at c = 0.5, 1 and 1.5 and at the
   * held-out c = 0.75 and 1.25 they were (0.012, 0.022) at c = 0.75 and (0.0024, 0.043) at c = 1.25: α_c,2 seemed to
   * fall steeply from c = 1 to 1.25 (1.22, 1.10), which was the fixed net's error at c = 1 (now 1.113, 1.083 at
   * c = 1.25). The largest, α_c,2 at c = 0.75, is its curvature in log c between 0.5 and 1 (1.172, 1.156, 1.113).
   */
  thresholds: 0.019,
  /** before the lead layer starts: 0.0038, 0.0069, 0.0011, 0.0022 */
  beforeLead: 0.007,
  /** from it on: 0.024, 0.065, 0.051, 0.044 (0.079 and 0.088 at c = 0.75 and 1.25 with fixed nets) */
  fromLead: 0.065,
};
