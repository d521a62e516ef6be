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

/** Backgrounds of projector mode's two themes. */
export const PROJECTOR_BG = { light: '#ffffff', dark: '#15181d' } as const;

/**
 * Projector mode redraws each colour the plots use with one of at least 3:1 contrast on its theme's background
 * (WCAG for lines and large text; palette.test.ts checks every entry): drawn colour → [light, dark]. Hues stay
 * those of the palette above (ridge still orange, α_MNNE still sky blue), darker on white and lighter on black.
 */
export const PROJECTOR_INK: Readonly<Record<string, readonly [string, string]>> = {
  '#0072B2': ['#0072B2', '#56B4E9'],
  '#E69F00': ['#A86800', '#E69F00'],
  '#009E73': ['#00805C', '#1DC290'],
  '#CC79A7': ['#A8437E', '#E48FC0'],
  '#D55E00': ['#C25400', '#F07A2A'],
  '#56B4E9': ['#2E86C1', '#A8DCFF'],
  '#444444': ['#444444', '#C8CCD2'],
  '#000000': ['#000000', '#FFFFFF'],
  '#999999': ['#737373', '#A3A3A3'],
  '#332288': ['#332288', '#9488E8'],
  '#882255': ['#882255', '#E0709F'],
  '#117733': ['#117733', '#3CC46B'],
  '#AA4499': ['#AA4499', '#D77CC8'],
  '#661100': ['#661100', '#D9734F'],
  '#CC6677': ['#B84F61', '#E38894'],
  '#999933': ['#7A7A1F', '#C9C94D'],
  '#44AA99': ['#2E8577', '#5FC9B6'],
  // Pinned curves, the published SMI values, and the axes.
  '#6B7280': ['#6B7280', '#9AA1AD'],
  '#777777': ['#777777', '#A8A8A8'],
  '#888888': ['#767676', '#8E949C'],
};
