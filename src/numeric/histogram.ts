/**
 * Step outline of a histogram. Singular values (`signed` false) start at 0 and carry mass ½, like the
 * symmetrised density; eigenvalues (`signed` true) span their own range with mass 1.
 */
export function histogram(values: number[], bins: number, signed = false): { x: number[]; y: number[] } {
  const lo = signed ? Math.min(...values) : 0;
  const max = lo + (Math.max(...values) - lo) * 1.0001;
  const w = (max - lo) / bins;
  const mass = signed ? 1 : 0.5;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / w))]++;
  const x: number[] = [lo];
  const y: number[] = [0];
  counts.forEach((c, i) => {
    const h = (mass * c) / (values.length * w);
    x.push(lo + i * w, lo + (i + 1) * w);
    y.push(h, h);
  });
  x.push(max);
  y.push(0);
  return { x, y };
}
