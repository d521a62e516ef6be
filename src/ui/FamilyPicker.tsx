import { useEffect, useState } from 'react';
import { type ExplorerState, type Family, parseList } from '../state/schema';
import { FAMILY_DEFAULTS, familyText as shownText } from './family';

/** The family of extra curves (one per value of a parameter) and its values, typed as a list. */
export function FamilyPicker({
  s,
  set,
  kinds,
}: {
  s: Pick<ExplorerState, 'family' | 'familyValues'>;
  set: (patch: Partial<ExplorerState>) => void;
  kinds: ReadonlyArray<readonly [Family, string]>;
}) {
  // With no values typed the family draws its defaults, and the box shows them.
  const [familyText, setFamilyText] = useState(shownText(s.family, s.familyValues));
  useEffect(() => setFamilyText(shownText(s.family, s.familyValues)), [s.family, s.familyValues]);
  const badFamily = parseList(familyText).bad;
  const kind = kinds.some(([k]) => k === s.family) ? s.family : 'none';
  return (
    <fieldset className="toggles">
      <legend>Family of curves</legend>
      <label>
        <select
          value={kind}
          onChange={(e) => {
            const kind = e.target.value as Family;
            // Values typed for one parameter rarely suit another: a new kind starts from its defaults.
            set({ family: kind, familyValues: FAMILY_DEFAULTS[kind] });
          }}
          aria-label="Family of curves: parameter varied"
          data-testid="family-kind"
        >
          <option value="none">none</option>
          {kinds.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <input
        type="text"
        aria-label="family values, comma separated"
        value={familyText}
        placeholder="e.g. 0.1, 0.2, 0.5, 1, 2"
        onChange={(e) => setFamilyText(e.target.value)}
        onBlur={() => set({ familyValues: parseList(familyText).values.join(',') })}
        onKeyDown={(e) => e.key === 'Enter' && set({ familyValues: parseList(familyText).values.join(',') })}
      />
      {badFamily.length > 0 && <span className="param-error">ignored: {badFamily.join(', ')} (numbers in (0, 100], at most 8)</span>}
    </fieldset>
  );
}
