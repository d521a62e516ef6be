/** x rounded down to `digits` significant digits, so a value cut to a range's end stays inside it. */
export function floorSig(x: number, digits = 3): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const p = Number(x.toPrecision(digits));
  if (p <= x) return p;
  const unit = 10 ** (Math.floor(Math.log10(x)) - digits + 1);
  return Number((p - unit).toPrecision(digits));
}
