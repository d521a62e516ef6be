/**
 * What a model view does to a link's settings before drawing them, said in words: the URL codec calls the
 * model's `fitLink` after reading the link, and every change it makes comes with a notice (the README
 * promises one for every clamp). Pure functions, so the CLI bundle that imports the registry stays small.
 */
import { floorSig } from '../numeric/round';

export interface LinkFit {
  patch: Record<string, unknown>;
  notices: string[];
}

/**
 * The cursor α must lie on the plot: a link's α past the right end `top` (α units) is set to the end,
 * rounded down to three digits so that the cursor is drawn inside the plot, never just past it.
 */
export function fitCursor(alpha: number, top: number, range: string): LinkFit {
  if (!(alpha > top)) return { patch: {}, notices: [] };
  const a = floorSig(top, 3);
  return {
    patch: { alpha: a },
    notices: [`α = ${alpha} is past the right end of the plot (${range}); set to ${a}. Widen the α range to place the cursor further right.`],
  };
}

export function mergeFits(...fits: LinkFit[]): LinkFit {
  return { patch: Object.assign({}, ...fits.map((f) => f.patch)), notices: fits.flatMap((f) => f.notices) };
}
