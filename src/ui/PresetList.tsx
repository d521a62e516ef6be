import type { Preset } from './preset';

/** A folding list of preset links. */
export function PresetList({ title, open, presets }: { title: string; open: boolean; presets: readonly Preset[] }) {
  return (
    <details className="presets" open={open}>
      <summary>{title}</summary>
      <ul>
        {presets.map((p) => (
          <li key={p.id}>
            <a href={p.hash} data-testid={`preset-${p.id}`}>
              {p.title}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
