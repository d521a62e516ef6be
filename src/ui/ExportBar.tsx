import { useState, type RefObject } from 'react';
import { csvText, download, jsonText, pngBlob, svgText, type PanelData } from './export';

/** SVG · PNG · CSV · JSON downloads of one panel: the figure and exactly the data it plots. */
export function ExportBar({ svg, data }: { svg: RefObject<HTMLElement | null>; data: PanelData | null }) {
  const [error, setError] = useState<string | null>(null);
  const el = () => svg.current?.querySelector('svg') ?? null;
  const base = data ? `tokenphase-${data.name}` : 'tokenphase';
  const act = async (kind: 'svg' | 'png' | 'csv' | 'json') => {
    const s = el();
    if (!data || !s) return;
    try {
      setError(null);
      if (kind === 'svg') download(`${base}.svg`, new Blob([svgText(s, data)], { type: 'image/svg+xml' }));
      if (kind === 'png') download(`${base}.png`, await pngBlob(s, data, 2));
      if (kind === 'csv') download(`${base}.csv`, new Blob([csvText(data)], { type: 'text/csv' }));
      if (kind === 'json') download(`${base}.json`, new Blob([jsonText(data)], { type: 'application/json' }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form; a <fieldset> would bring form styling
    <div className="export-bar" role="group" aria-label="Export">
      <span>Export</span>
      {(['svg', 'png', 'csv', 'json'] as const).map((k) => (
        <button key={k} disabled={!data} onClick={() => void act(k)} data-testid={`export-${data?.name.split('-')[0] ?? 'panel'}-${k}`}>
          {k.toUpperCase()}
        </button>
      ))}
      {error && <span className="param-error">{error}</span>}
    </div>
  );
}
