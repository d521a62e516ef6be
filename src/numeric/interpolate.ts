/** Linear interpolation of ys over increasing xs at t (NaN outside the range, or where a neighbour is NaN). */
export function interpolate(xs: ArrayLike<number>, ys: ArrayLike<number>, t: number): number {
  if (xs.length === 0 || t < xs[0] || t > xs[xs.length - 1]) return NaN;
  let i = 1;
  while (i < xs.length - 1 && xs[i] < t) i++;
  const a = xs[i - 1];
  const b = xs[i];
  const f = b === a ? 0 : (t - a) / (b - a);
  return ys[i - 1] + f * (ys[i] - ys[i - 1]);
}
