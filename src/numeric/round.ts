/** x rounded down to `digits` significant digits, so a value cut to a range's end stays inside it. */
export function floorSig(x: number, digits = 3): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const p = Number(x.toPrecision(digits));
  if (p <= x) return p;
  const unit = 10 ** (Math.floor(Math.log10(x)) - digits + 1);
  return Number((p - unit).toPrecision(digits));
}

/** x rounded up to `digits` significant digits, so a stated error bound is never shown smaller than it is. */
export function ceilSig(x: number, digits = 1): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const p = Number(x.toPrecision(digits));
  if (p >= x) return p;
  const unit = 10 ** (Math.floor(Math.log10(x)) - digits + 1);
  return Number((p + unit).toPrecision(digits));
}

/** The largest 1, 2 or 5 × 10^k not above x (x > 0): a round number a reader says aloud. */
export function niceBelow(x: number): number {
  const e = Math.floor(Math.log10(x));
  const m = x / 10 ** e;
  return Number(((m >= 5 ? 5 : m >= 2 ? 2 : 1) * 10 ** e).toPrecision(12));
}
