/** A readout value: four decimals, scientific below 10⁻³, a dash for NaN or ±∞. */
export const fmt = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(2)) : '—');
