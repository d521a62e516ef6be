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

/** Family curves (one per ρ or β): Okabe–Ito without the blue of the current curve. */
export const FAMILY_COLORS = ['#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#999999', '#000000', '#F0E442'];

/** Layers of the deep attention model (Okabe–Ito): layer 1 vermillion, layer 2 blue, layer 3 bluish green. */
export const LAYER = ['#D55E00', '#0072B2', '#009E73'] as const;
