/** A readout value: four decimals, scientific below 10⁻³, a dash for NaN or ±∞. */
export const fmt = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(2)) : '—');

/**
 * A value with its error, to the error's first significant digit (two when it starts with 1):
 * 0.71869 ± 0.00031 shows as 0.7187 ± 0.0003. Without an error the value is marked as such.
 */
export function withError(x: number, err: number | undefined): string {
  if (!Number.isFinite(x)) return fmt(x);
  if (!(err !== undefined && Number.isFinite(err) && err > 0)) return `${fmt(x)} (no error estimate)`;
  const lead = Math.floor(Math.log10(err));
  const digits = Math.max(0, -lead + (err / 10 ** lead < 2 ? 1 : 0));
  return `${x.toFixed(digits)} ± ${err.toFixed(digits)}`;
}
