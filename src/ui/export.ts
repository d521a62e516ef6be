import { VERSION } from '../version';

/** Exactly the data a panel plots, with the parameters it was computed for. */
export interface PanelData {
  name: string;
  params: Record<string, unknown>;
  columns: Record<string, ArrayLike<number | string | boolean>>;
}

const STYLE_PROPS = [
  'font-size',
  'font-family',
  'font-weight',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'text-anchor',
];
/** The exported figure's background (below); a label's halo takes it, whatever the page's theme. */
const EXPORT_BACKGROUND = '#ffffff';

/**
 * Standalone SVG text: computed styles inlined as attributes (no CSS classes, no external fonts),
 * with the parameters and app version in <desc>, so it opens cleanly in vector editors.
 */
export function svgText(svg: SVGSVGElement, data: PanelData): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const d = dst[i] as Element;
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !d.hasAttribute(p) && (el.tagName === 'text' || p.startsWith('stroke') || p === 'fill' || p === 'opacity')) d.setAttribute(p, v);
    }
    // A text painted stroke first has a halo of the panel's colour behind it (.marker-label).
    if (el.tagName === 'text' && cs.getPropertyValue('paint-order').startsWith('stroke')) d.setAttribute('stroke', EXPORT_BACKGROUND);
    d.removeAttribute('class');
    d.removeAttribute('style');
    d.removeAttribute('data-testid');
  });
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 500').split(/\s+/).map(Number);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.removeAttribute('tabindex');
  clone.removeAttribute('class');
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = `Tokenphase ${VERSION} — ${data.name} — ${JSON.stringify(data.params)}`;
  clone.insertBefore(desc, clone.firstChild);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', EXPORT_BACKGROUND);
  clone.insertBefore(bg, desc.nextSibling);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** PNG at `scale`× the SVG's size, rendered from the standalone SVG. */
export async function pngBlob(svg: SVGSVGElement, data: PanelData, scale = 2): Promise<Blob> {
  const text = svgText(svg, data);
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 500').split(/\s+/).map(Number);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the figure could not be rendered to PNG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function csvText(data: PanelData): string {
  const head = [
    `# Tokenphase ${VERSION}`,
    `# panel: ${data.name}`,
    ...Object.entries(data.params).map(([k, v]) => `# ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`),
  ];
  const names = Object.keys(data.columns);
  const n = Math.max(0, ...names.map((k) => data.columns[k].length));
  const rows = Array.from({ length: n }, (_, i) =>
    names
      .map((k) => {
        const v = data.columns[k][i];
        return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'NaN') : v === undefined ? '' : String(v);
      })
      .join(','),
  );
  return [...head, names.join(','), ...rows].join('\n') + '\n';
}

export function jsonText(data: PanelData): string {
  const columns = Object.fromEntries(
    Object.entries(data.columns).map(([k, v]) => [k, Array.from(v as ArrayLike<unknown>, (x) => (typeof x === 'number' && !Number.isFinite(x) ? null : x))]),
  );
  return JSON.stringify({ app: 'Tokenphase', version: VERSION, panel: data.name, params: data.params, columns }, null, 2);
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
