import { useShallow } from 'zustand/react/shallow';
import { fieldOf, type NumberField } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { ParamControl } from '../../../ui/ParamControl';
import { PresetList } from '../../../ui/PresetList';
import { SMI_PRESETS } from '../presets';
import { STAIRCASE3_SKIPS } from '../theory/skipGridError3';
import { thresholdsOf, useSmiTheory } from './theory';

/** Which of layers 1 and 2 follows the last one depends on c (layer 1 at c = 1, layer 2 at c = 2; they may start together). */
function nextLayers(alphaC: number[] | null, skip: number): string {
  if (!alphaC || alphaC.length !== 3 || !Number.isFinite(alphaC[0]) || !Number.isFinite(alphaC[1])) return 'layers 1 and 2, in an order that depends on c';
  if (alphaC[0] === alphaC[1]) return `layers 1 and 2 together (c = ${skip})`;
  return alphaC[0] < alphaC[1] ? `layer 1 and then layer 2 (c = ${skip})` : `layer 2 and then layer 1 (c = ${skip})`;
}

/** The parameter column: presets, what the model is, its parameters and the published-convention overlay. */
export function SmiControls() {
  const s = useExplorer(
    useShallow((x) => ({ alpha: x.alpha, skip: x.skip, layers: x.layers, alphaMax: x.alphaMax, smiPaperSe: x.smiPaperSe, present: x.present })),
  );
  const t = useSmiTheory();
  const depth = s.layers === 3 ? 3 : 2;
  return (
    <aside className="controls" aria-label="Parameters">
      <PresetList title="Sequence-model figures" open={!s.present} presets={SMI_PRESETS} />
      {depth === 2 ? (
        <p className="model-blurb">
          Two tied attention layers on M = 2 tokens x ∈ ℝ^(D×2): z_ℓ = w_ℓᵀx/√D, A(z) = softmax(zzᵀ) + c·I, u = A(z₁)z₂, output y = softmax(uuᵀ); α = n/D. Layer
          2 (the last) is learned first, layer 1 only at a second threshold: the grand staircase.
        </p>
      ) : (
        <p className="model-blurb">
          Three tied attention layers on M = 2 tokens: u = A(A(z₁)z₂)·A(z₁)·z₃, output y = softmax(uuᵀ), A(z) = softmax(zzᵀ) + c·I. Layer 3 (the last) is
          learned first, then {nextLayers(thresholdsOf(t, true), s.skip)}: a staircase of three steps.
        </p>
      )}
      <ParamControl
        field={fieldOf('alpha') as NumberField}
        value={s.alpha}
        max={s.alphaMax}
        hint="samples per dimension, n/D"
        onChange={(v) => setState({ alpha: v })}
      />
      <ParamControl field={fieldOf('skip') as NumberField} value={s.skip} hint="skip-connection strength" onChange={(v) => setState({ skip: v })} />
      <ParamControl
        field={fieldOf('layers') as NumberField}
        value={depth}
        hint="number of attention layers (2 or 3)"
        onChange={(v) => setState({ layers: v })}
      />
      <ParamControl field={fieldOf('alphaMax') as NumberField} value={s.alphaMax} hint="right end of the plot" onChange={(v) => setState({ alphaMax: v })} />
      <fieldset className="toggles">
        <legend>Published convention</legend>
        <label>
          <input type="checkbox" checked={s.smiPaperSe} onChange={(e) => setState({ smiPaperSe: e.target.checked })} data-testid="smi-paper-se" /> also the
          state evolution with the published variance floor ε = 10⁻³ (c = 1)
        </label>
      </fieldset>
      {depth === 2 ? (
        <>
          <p className="model-blurb">
            With the exact state evolution both layers are recovered perfectly from α = 1 on (each sample gives two numbers, u up to its sign, for two unknown
            directions). The published curves approach 1 slowly instead because their code adds 10⁻³ to the variances; with that floor this state evolution
            reproduces them.
          </p>
          <p className="model-blurb">
            One direction per layer. Thresholds come from the linearised state evolution; the published threshold table disagrees with it (α₂ = 0.144 vs 0.1855
            at c = 1, below the bound 1/6 that two tokens impose) and is drawn as “paper values”.
          </p>
        </>
      ) : (
        <p className="model-blurb" data-testid="smi-depth3-note">
          Three layers, one direction each. Staircases ship for c = {STAIRCASE3_SKIPS.join(', ')} and are interpolated in c between them, so c moves the
          staircase at once, with the interpolation's measured error in the badge; computing one directly takes 20–30 minutes of quadrature (CLI: smi curve
          --layers 3 --compute yes). The inner posterior is 4-D and is importance-sampled on a net of its own at each outer point (one fixed net, whose error
          does not average out, had put α_c,1 0.04 too low and α_c,2 0.11 too high at c = 1); each threshold's ± is measured. Each sample gives two numbers for
          three directions, so the exact state evolution reaches Q = I at α = 3/2. Circles: the published three-layer state evolution, which floors the
          variances at 10⁻³ and lags behind near every onset.
        </p>
      )}
    </aside>
  );
}
