/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLORS = {
  bo: '#0072B2',
  ridge: '#E69F00',
  lowRank: '#009E73',
  largeBeta: '#CC79A7',
  pr: '#D55E00',
  mnne: '#56B4E9',
  wr: '#009E73',
  cursor: '#444444',
  sim: '#000000',
  published: '#999999',
} as const;

/**
 * Family curves (one per ρ, β or T), from Paul Tol's muted scheme: none of them is a colour the reference lines
 * above use (Okabe–Ito takes all eight), and the first six have at least 3:1 contrast on white.
 */
export const FAMILY_COLORS = ['#332288', '#882255', '#117733', '#AA4499', '#661100', '#CC6677', '#999933', '#44AA99'];

/** The colour of the k-th curve of a family, as the plot draws it and the legend names it. */
export const familyColor = (k: number) => FAMILY_COLORS[k % FAMILY_COLORS.length];

/** Layers of the deep attention model (Okabe–Ito): layer 1 vermillion, layer 2 blue, layer 3 bluish green. */
export const LAYER = ['#D55E00', '#0072B2', '#009E73'] as const;
