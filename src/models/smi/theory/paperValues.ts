/**
 * Weak-recovery thresholds of the two-layer tied-attention model against the skip strength c, as published
 * in the authors' repository (SPOC-group/SequenceIndexModels, data/alpha_critical.csv). They disagree with
 * the linear stability of the same paper's state evolution (α₂ = 0.1855 there at c = 1, against 0.1436 here,
 * and for M = 2 the linearisation cannot go below 1/6, which these values do for c ≥ 0.75). Shown as
 * "paper values" only; never used to fit or test the theory.
 */
export const PAPER_ALPHA_CRITICAL: ReadonlyArray<{ skip: number; alpha1: number; alpha2: number }> = [
  { skip: 0.0001, alpha1: 0.318331800930651, alpha2: 0.19536818610385773 },
  { skip: 0.01, alpha1: 0.3325266847222539, alpha2: 0.18941822020941937 },
  { skip: 0.1, alpha1: 0.42247405429476104, alpha2: 0.19142873899170545 },
  { skip: 0.5, alpha1: 0.7552121669182138, alpha2: 0.18644020883563048 },
  { skip: 0.5625, alpha1: 0.7818408783076831, alpha2: 0.17969629298056136 },
  { skip: 0.625, alpha1: 0.7965388456685832, alpha2: 0.1730866106452066 },
  { skip: 0.75, alpha1: 0.8237277524918267, alpha2: 0.16096359002295674 },
  { skip: 0.875, alpha1: 0.8228506548798457, alpha2: 0.15200331205433934 },
  { skip: 1.0, alpha1: 0.793646302451566, alpha2: 0.14358446549404996 },
  { skip: 1.25, alpha1: 0.7356785032416565, alpha2: 0.13086094395462916 },
  { skip: 1.5, alpha1: 0.6580675458050763, alpha2: 0.12407481655572462 },
  { skip: 2.0, alpha1: 0.5133383692453267, alpha2: 0.11187752449195658 },
  { skip: 2.5, alpha1: 0.39065976786967194, alpha2: 0.10290529684498781 },
  { skip: 3.0, alpha1: 0.30419681016777106, alpha2: 0.09432894608903773 },
  { skip: 3.5, alpha1: 0.23635469775355897, alpha2: 0.08797467205978199 },
  { skip: 4.0, alpha1: 0.19633579116834615, alpha2: 0.08265563989578797 },
];

/**
 * Overlaps [α, Q₁₁, Q₂₂] of the two-layer model at c = 1 as published (data/BO_2w.csv of the same
 * repository, rounded to 4 digits; tiny negative round-off clipped to 0). Drawn as "paper values" beside
 * this explorer's own state evolution; tests compare against the full-precision file.
 */
export const PAPER_OVERLAPS_C1: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 9.007e-36],
  [0.0333333, 1.185e-23, 3.147e-18],
  [0.0666667, 0, 2.435e-13],
  [0.1, 4.667e-17, 6.872e-9],
  [0.133333, 2.385e-15, 1.283e-5],
  [0.166667, 0, 0.004037],
  [0.2, 0, 0.02939],
  [0.233333, 0, 0.07365],
  [0.266667, 0, 0.1244],
  [0.3, 0, 0.2182],
  [0.333333, 0, 0.2938],
  [0.366667, 0, 0.3884],
  [0.4, 0, 0.4988],
  [0.433333, 9.6e-16, 0.5847],
  [0.466667, 0, 0.6759],
  [0.5, 0, 0.7734],
  [0.533333, 3.839e-8, 0.847],
  [0.566667, 0, 0.898],
  [0.6, 9.304e-8, 0.9212],
  [0.633333, 3.668e-6, 0.9448],
  [0.666667, 1.476e-5, 0.9586],
  [0.7, 8.272e-5, 0.9641],
  [0.733333, 0, 0.9736],
  [0.766667, 0.0001326, 0.9762],
  [0.8, 8.584e-5, 0.9846],
  [0.833333, 0.1872, 0.9917],
  [0.866667, 0.3498, 0.9892],
  [0.9, 0.4511, 0.9929],
  [0.933333, 0.5656, 0.9937],
  [0.966667, 0.6052, 0.9956],
  [1, 0.614, 0.9947],
  [1.03333, 0.6598, 0.9964],
  [1.06667, 0.7222, 0.9978],
  [1.1, 0.7554, 0.9996],
  [1.13333, 0.7733, 0.9978],
  [1.16667, 0.7845, 0.9983],
  [1.2, 0.8226, 0.9978],
  [1.23333, 0.8393, 0.999],
  [1.26667, 0.8391, 0.9985],
  [1.3, 0.8635, 0.9996],
  [1.33333, 0.8737, 0.9986],
  [1.36667, 0.9, 0.9998],
  [1.4, 0.9105, 0.9997],
  [1.43333, 0.9199, 0.998],
  [1.5, 0.9103, 0.9994],
  [1.53333, 0.9163, 0.999],
  [1.56667, 0.9186, 0.999],
  [1.6, 0.9196, 0.9991],
];

/**
 * Three layers at c = 1 as published (data/BO_3w.csv and gen_error_BO_3w.csv of the same repository, a
 * damped iteration with uniform Monte Carlo for the inner 4-D integral and variances floored at 10⁻³), at the
 * points where they are quoted: Q₃₃ alone below α = 1, Q₁₁ and Q₂₂ above.
 */
export const PAPER_OVERLAPS3_C1 = {
  q33: [
    [0.1875, 5e-5],
    [0.25, 0.049],
    [0.3125, 0.165],
    [0.5, 0.635],
    [1.0, 0.977],
  ],
  q11q22: [
    [1.0, 0.028, 0.012],
    [1.125, 0.109, 0.037],
    [1.25, 0.247, 0.132],
    [2.0, 0.548, 0.538],
  ],
  genError: [
    [0, 0.585],
    [0.5, 0.473],
    [1.0, 0.144],
    [2.0, 0.0833],
    [3.0, 0.074],
  ],
} as const;
