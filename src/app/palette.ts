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
} as const;
