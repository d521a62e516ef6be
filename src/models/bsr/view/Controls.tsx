import { useShallow } from 'zustand/react/shallow';
import { fieldOf, type NumberField } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { FamilyPicker } from '../../../ui/FamilyPicker';
import { ParamControl } from '../../../ui/ParamControl';
import { PresetList } from '../../../ui/PresetList';
import { BSR_PRESETS } from '../presets';

const FAMILIES = [
  ['rho', 'one curve per ρ'],
  ['beta', 'one curve per β'],
] as const;

/** The parameter column: presets, sliders with typed values, axis, curves and families. */
export function Controls() {
  const s = useExplorer(
    useShallow((st) => ({
      alpha: st.alpha,
      beta: st.beta,
      rho: st.rho,
      delta: st.delta,
      axis: st.axis,
      alphaMax: st.alphaMax,
      present: st.present,
      showRidge: st.showRidge,
      showLowRank: st.showLowRank,
      showLargeBeta: st.showLargeBeta,
      family: st.family,
      familyValues: st.familyValues,
    })),
  );
  const { alpha, beta, rho, delta, axis, alphaMax } = s;
  const alphaField = fieldOf('alpha') as NumberField;
  const alphaTop = axis === 'alpha' ? alphaMax : Math.min(alphaField.max, (alphaMax * rho * (1 + beta)) / beta);
  return (
    <aside className="controls" aria-label="Parameters">
      <PresetList title="Paper figures" open={!s.present} presets={BSR_PRESETS.filter((p) => !p.group)} />
      <PresetList title="Simulation experiments (about a minute each)" open={false} presets={BSR_PRESETS.filter((p) => p.group === 'simulation')} />
      <ParamControl field={alphaField} value={alpha} max={alphaTop} hint="samples per entry of S, n/(dL)" onChange={(v) => setState({ alpha: v })} />
      <ParamControl field={fieldOf('beta') as NumberField} value={beta} hint="sequence length / token dimension, L/d" onChange={(v) => setState({ beta: v })} />
      <ParamControl field={fieldOf('rho') as NumberField} value={rho} hint="rank / token dimension, r/d" onChange={(v) => setState({ rho: v })} />
      <ParamControl field={fieldOf('delta') as NumberField} value={delta} hint="label noise variance" onChange={(v) => setState({ delta: v })} />
      <ParamControl field={fieldOf('alphaMax') as NumberField} value={alphaMax} hint="right end of the plot" onChange={(v) => setState({ alphaMax: v })} />
      <fieldset className="toggles">
        <legend>Horizontal axis</legend>
        <label>
          <input type="radio" name="axis" checked={axis === 'alpha'} onChange={() => setState({ axis: 'alpha' })} /> α = n/(dL)
        </label>
        <label>
          <input type="radio" name="axis" checked={axis === 'alphaTilde'} onChange={() => setState({ axis: 'alphaTilde' })} data-testid="axis-alphaTilde" /> α̃ =
          n/(r(d+L))
        </label>
      </fieldset>
      <fieldset className="toggles">
        <legend>Curves</legend>
        <label>
          <input type="checkbox" checked={s.showRidge} onChange={(e) => setState({ showRidge: e.target.checked })} /> ridge baseline
        </label>
        <label title="Shown on the α̃ axis, where it is defined">
          <input type="checkbox" checked={s.showLowRank} onChange={(e) => setState({ showLowRank: e.target.checked })} data-testid="toggle-lowrank" /> low-rank
          limit r = O(1) {axis === 'alpha' && <small>(on the α̃ axis)</small>}
        </label>
        <label>
          <input type="checkbox" checked={s.showLargeBeta} onChange={(e) => setState({ showLargeBeta: e.target.checked })} data-testid="toggle-largebeta" />{' '}
          large-β limit
        </label>
      </fieldset>
      <FamilyPicker s={s} set={setState} kinds={FAMILIES} />
    </aside>
  );
}
