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
 * Measured after the c = 0.5, 1 and 2 staircases were recomputed with the current estimate of L_ℓ.
 */

/** The skips of the shipped complete staircases (a test checks them against precomputed3.ts), for the view's text. */
export const STAIRCASE3_SKIPS = [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 4];

/** Left out one at a time (c = 0.1, 0.25, 0.5, 1, 1.5, 2, 3), order 2 (order 4: 0.096, 0.019, 0.23). */
export const LEFT_OUT3 = {
  /**
   * largest |Δα_c,1|, |Δα_c,2|: 0.090 (α_c,2 at c = 1, between 1.227 at c = 0.5 and 1.073 at c = 1.5; the second
   * start falls steeply from c = 1 to 1.25), 0.056 at c = 1.5, 0.042 at c = 0.5, 0.032 at c = 2, at most 0.023
   * elsewhere
   */
  thresholds: 0.09,
  /** 0.031 at c = 2, 0.027 at c = 0.5, 0.021 at c = 0.25, at most 0.013 elsewhere */
  beforeLead: 0.032,
  /** 0.21 (layer 2 at c = 1, where its start is 0.09 off), 0.137, 0.117, at most 0.108 elsewhere */
  fromLead: 0.21,
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
   * (0.012, 0.022), (0.0024, 0.043), (0.0021, 0.0042); 0.040 and 0.103 at c = 0.75 before the c = 0.5 and 1
   * staircases were recomputed, (0.0057, 0.0092) at c = 2.5 before the c = 2 one was. The largest, α_c,2 at c = 1.25, is where the second start falls steeply with c
   * (1.22 at c = 1, 1.10 at 1.25, 1.07 at 1.5).
   */
  thresholds: 0.044,
  /** before the lead layer starts: 0.0038, 0.0064, 0.0021, 0.0022 */
  beforeLead: 0.0065,
  /** from it on: 0.024, 0.079, 0.088, 0.044 (0.22 at c = 0.75 before the recomputation, 0.070 at c = 2.5) */
  fromLead: 0.089,
};
