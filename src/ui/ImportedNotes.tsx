import type { PanelData } from './export';
import type { ErrorBarPoint } from './plotInput';

/** Under a plot with points from opened sweep files: what they are, and where their parameters differ from the view. */
export function ImportedNotes({ notes, count }: { notes: string[]; count: number }) {
  if (count === 0) return null;
  return (
    <div className="imported-notes" data-testid="sweep-notes">
      <p>
        □ {count} point{count === 1 ? '' : 's'} from opened sweep files (mean ± standard error over seeds); in exported figures, not in the link.
      </p>
      {notes.map((n) => (
        <p key={n} className="warning" role="status">
          ⚠ {n}
        </p>
      ))}
    </div>
  );
}

/** A panel's export with the opened sweep points it draws, so they travel with the exported figure's data. */
export function withImported(data: PanelData, points: ErrorBarPoint[]): PanelData {
  if (points.length === 0) return data;
  return { ...data, params: { ...data.params, sweepPoints: points.map((p) => ({ x: p.x, mean: p.mean, stderr: p.std, label: p.label })) } };
}
