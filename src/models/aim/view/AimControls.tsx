import { useShallow } from 'zustand/react/shallow';
import { fieldOf, type NumberField } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { FamilyPicker } from '../../../ui/FamilyPicker';
import { ParamControl } from '../../../ui/ParamControl';
import { PresetList } from '../../../ui/PresetList';
import { AIM_PRESETS } from '../presets';
import { useAimAxes } from './geometry';
import { PublishedNote } from './PublishedNote';

/** The parameter column: presets, what the model is, its parameters, the family of curves and the axis. */
export function AimControls() {
  const { hard, T, top } = useAimAxes();
  const s = useExplorer(
    useShallow((x) => ({ alpha: x.alpha, rho: x.rho, alphaMax: x.alphaMax, axis: x.axis, family: x.family, familyValues: x.familyValues, present: x.present })),
  );
  return (
    <aside className="controls" aria-label="Parameters">
      <PresetList title="Attention-model figures" open={!s.present} presets={AIM_PRESETS.filter((p) => p.group === 'aim')} />
      <PresetList title="Attention-model simulations (5–15 s each)" open={false} presets={AIM_PRESETS.filter((p) => p.group === 'aim-simulation')} />
      <p className="model-blurb">
        Tokens x ∈ ℝ^(T×D), target S = WWᵀ/√(rD), h = (xSxᵀ − Tr S·I)/√D, output y = softmax or hardmax of each row of h; α = n/D², ρ = r/D.
        {hard
          ? ' Hardmax (T = 2) keeps only which entry of each row is largest.'
          : ' The softmax can be inverted up to one shift per sample, so the error depends on α and T only through ᾱ = (T²+T−2)α.'}
      </p>
      <ParamControl field={fieldOf('alpha') as NumberField} value={s.alpha} max={top} hint="samples per D², n/D²" onChange={(v) => setState({ alpha: v })} />
      <ParamControl field={fieldOf('rho') as NumberField} value={s.rho} hint="width of the target, r/D" onChange={(v) => setState({ rho: v })} />
      <fieldset className="toggles">
        <legend>Output channel</legend>
        <label>
          <input type="radio" name="aim-channel" checked={!hard} onChange={() => setState({ channel: 'softmax' })} /> softmax (any T)
        </label>
        <label>
          <input type="radio" name="aim-channel" checked={hard} onChange={() => setState({ channel: 'hardmax' })} data-testid="aim-hardmax" /> hardmax (T = 2)
        </label>
      </fieldset>
      {!hard && <ParamControl field={fieldOf('T') as NumberField} value={T} hint="tokens per sequence" onChange={(v) => setState({ T: Math.round(v) })} />}
      <ParamControl
        field={fieldOf('alphaMax') as NumberField}
        value={s.alphaMax}
        hint={hard ? 'right end of the plot, in α' : 'right end of the plot, in ᾱ'}
        onChange={(v) => setState({ alphaMax: v })}
      />
      <FamilyPicker
        s={s}
        set={setState}
        kinds={
          hard
            ? [['rho', 'one curve per ρ']]
            : [
                ['rho', 'one curve per ρ'],
                ['T', 'one curve per T (they collapse on ᾱ)'],
              ]
        }
      />
      <fieldset className="toggles">
        <legend>Horizontal axis</legend>
        <label>
          <input type="radio" name="aim-axis" checked={s.axis === 'alpha'} onChange={() => setState({ axis: 'alpha' })} /> α = n/D²
        </label>
        <label>
          <input type="radio" name="aim-axis" checked={s.axis === 'alphaTilde'} onChange={() => setState({ axis: 'alphaTilde' })} data-testid="aim-axis-bar" />{' '}
          {hard ? 'ᾱ = α/ρ = n/(Dr)' : 'ᾱ = (T²+T−2)α'}
        </label>
      </fieldset>
      {hard && <PublishedNote />}
    </aside>
  );
}
