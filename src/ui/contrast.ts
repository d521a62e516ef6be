/** WCAG 2 contrast of two colours given as #rgb or #rrggbb. */

function channels(hex: string): [number, number, number] {
  let h = hex.replace('#', '').trim();
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(h)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2): 0 for black, 1 for white. */
export function luminance(hex: string): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio, from 1 (same colour) to 21 (black on white); WCAG asks ≥ 3 for lines and large text. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `rgb(r, g, b)` as a browser serialises a colour: how an inline style reads back. */
export function rgbText(hex: string): string {
  const [r, g, b] = channels(hex);
  return `rgb(${r}, ${g}, ${b})`;
}

/** `rgb(…)` or `rgba(…)` (a computed style) → #rrggbb. */
export function hexOf(rgb: string): string {
  const m = rgb.match(/\d+(\.\d+)?/g);
  if (!m || m.length < 3) throw new Error(`not an rgb colour: ${rgb}`);
  return `#${m
    .slice(0, 3)
    .map((x) => Math.round(Number(x)).toString(16).padStart(2, '0'))
    .join('')}`;
}
