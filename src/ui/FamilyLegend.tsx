import type { Family } from '../state/schema';
import { familyLabel } from './family';
import { familyColor } from './palette';

/** Legend entries for the family curves drawn, in the order and colours the plot gives them. */
export function FamilyLegend({ kind, values }: { kind: Family; values: number[] }) {
  if (kind === 'none' || values.length === 0) return null;
  return (
    <ul className="legend-html legend-family" aria-label="Family of curves" data-testid="family-legend">
      {values.map((v, k) => (
        <li key={v}>
          <span className="swatch solid" style={{ borderColor: familyColor(k) }} /> {familyLabel(kind, v)}
        </li>
      ))}
    </ul>
  );
}
