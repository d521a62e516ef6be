import { useEffect, useState } from 'react';
import { fieldOf, parseList, type ExplorerState, type Family, type NumberField } from '../../../state/schema';
import { ParamControl } from '../../../ui/ParamControl';
import { PRESETS, type Preset } from '../../../shell/presets';

interface Props {
  s: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}

/** The parameter column: presets, sliders with typed values, axis, curves and families. */
export function Controls({ s, set }: Props) {
  const { alpha, beta, rho, delta, axis, alphaMax } = s;
  const alphaField = fieldOf('alpha') as NumberField;
  const alphaTop = axis === 'alpha' ? alphaMax : Math.min(alphaField.max, (alphaMax * rho * (1 + beta)) / beta);
  return (
    <aside className="controls" aria-label="Parameters">
      <PresetList title="Paper figures" open={!s.present} group="theory" />
      <PresetList title="Simulation experiments (about a minute each)" open={false} group="simulation" />
      <ParamControl field={alphaField} value={alpha} max={alphaTop} hint="samples per entry of S, n/(dL)" onChange={(v) => set({ alpha: v })} />
      <ParamControl field={fieldOf('beta') as NumberField} value={beta} hint="sequence length / token dimension, L/d" onChange={(v) => set({ beta: v })} />
      <ParamControl field={fieldOf('rho') as NumberField} value={rho} hint="rank / token dimension, r/d" onChange={(v) => set({ rho: v })} />
      <ParamControl field={fieldOf('delta') as NumberField} value={delta} hint="label noise variance" onChange={(v) => set({ delta: v })} />
      <ParamControl field={fieldOf('alphaMax') as NumberField} value={alphaMax} hint="right end of the plot" onChange={(v) => set({ alphaMax: v })} />
      <fieldset className="toggles">
        <legend>Horizontal axis</legend>
        <label>
          <input type="radio" name="axis" checked={axis === 'alpha'} onChange={() => set({ axis: 'alpha' })} /> α = n/(dL)
        </label>
        <label>
          <input type="radio" name="axis" checked={axis === 'alphaTilde'} onChange={() => set({ axis: 'alphaTilde' })} data-testid="axis-alphaTilde" /> α̃ = n/(r(d+L))
        </label>
      </fieldset>
      <fieldset className="toggles">
        <legend>Curves</legend>
        <label>
          <input type="checkbox" checked={s.showRidge} onChange={(e) => set({ showRidge: e.target.checked })} /> ridge baseline
        </label>
        <label title="Shown on the α̃ axis, where it is defined">
          <input type="checkbox" checked={s.showLowRank} onChange={(e) => set({ showLowRank: e.target.checked })} data-testid="toggle-lowrank" /> low-rank limit r = O(1){' '}
          {axis === 'alpha' && <small>(on the α̃ axis)</small>}
        </label>
        <label>
          <input type="checkbox" checked={s.showLargeBeta} onChange={(e) => set({ showLargeBeta: e.target.checked })} data-testid="toggle-largebeta" /> large-β limit
        </label>
      </fieldset>
      <FamilyPicker s={s} set={set} kinds={[
          ['rho', 'one curve per ρ'],
          ['beta', 'one curve per β'],
        ]}
      />
    </aside>
  );
}

export function PresetList({ title, open, group }: { title: string; open: boolean; group: NonNullable<Preset['group']> }) {
  return (
    <details className="presets" open={open}>
      <summary>{title}</summary>
      <ul>
        {PRESETS.filter((p) => (p.group ?? 'theory') === group).map((p) => (
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

/** The family of extra curves (one per value of a parameter) and its values, typed as a list. */
export function FamilyPicker({ s, set, kinds }: { s: ExplorerState; set: Props['set']; kinds: ReadonlyArray<readonly [Family, string]> }) {
  const [familyText, setFamilyText] = useState(s.familyValues);
  useEffect(() => setFamilyText(s.familyValues), [s.familyValues]);
  const badFamily = parseList(familyText).bad;
  const kind = kinds.some(([k]) => k === s.family) ? s.family : 'none';
  return (
    <fieldset className="toggles">
      <legend>Family of curves</legend>
      <label>
        <select value={kind} onChange={(e) => set({ family: e.target.value as Family })} data-testid="family-kind">
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
