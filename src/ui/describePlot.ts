import type { PlotInput } from './plotInput';

/** A number as a reader would say it: three significant digits, no exponent above 10⁻³. */
function say(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(3))) : v.toExponential(2);
}

/**
 * What a plot shows, in words, for a screen reader (the SVG's description): each named curve from its first to
 * its last point on the plot and where it first reaches 0, the labelled vertical lines, the cursor and the
 * simulated points. Curves without a name or label (halos, unverified stretches) are left out.
 */
export function describePlot(p: PlotInput, xName: string): string {
  const [x0, x1] = p.xDomain;
  const parts: string[] = [];
  for (const s of p.series) {
    const name = s.name ?? s.label;
    if (!name) continue;
    const idx: number[] = [];
    for (let i = 0; i < s.x.length; i++) if (s.x[i] >= x0 && s.x[i] <= x1 && Number.isFinite(s.y[i])) idx.push(i);
    if (idx.length < 2) continue;
    const a = idx[0];
    const b = idx[idx.length - 1];
    let text = `${name}: from ${say(s.y[a])} at ${xName} = ${say(s.x[a])} to ${say(s.y[b])} at ${xName} = ${say(s.x[b])}`;
    const zero = idx.find((i) => s.y[i] <= 1e-9 && s.y[a] > 1e-9);
    if (zero !== undefined && zero !== b) text += `, reaching 0 at ${xName} ≈ ${say(s.x[zero])}`;
    parts.push(text);
  }
  const lines = (p.vlines ?? []).filter((v) => v.label && Number.isFinite(v.x) && v.x >= x0 && v.x <= x1);
  if (lines.length) parts.push(`vertical lines: ${lines.map((v) => `${v.label} at ${xName} = ${say(v.x)}`).join(', ')}`);
  if (p.cursor !== undefined && Number.isFinite(p.cursor)) parts.push(`cursor at ${xName} = ${say(p.cursor)}`);
  const pts = p.points?.filter((q) => Number.isFinite(q.mean)) ?? [];
  if (pts.length) parts.push(`${pts.length} simulated point${pts.length === 1 ? '' : 's'} with error bars`);
  if (p.markers?.length) parts.push(`${p.markers.length} published point${p.markers.length === 1 ? '' : 's'}`);
  return parts.length ? `${parts.join('; ')}.` : 'Nothing computed yet.';
}
