/**
 * Weak-recovery thresholds of the two-layer tied-attention model against the skip strength c, as published
 * in the authors' repository (SPOC-group/SequenceIndexModels, data/alpha_critical.csv). They disagree with
 * the linear stability of the same paper's state evolution (α₂ ≈ 0.188 there at c = 1, against 0.1436 here,
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
