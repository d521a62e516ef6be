import { type ExplorerState, fieldOf, type NumberField } from '../../state/schema';
import { setState, useExplorer } from '../../state/useExplorer';

type NumberKey = { [K in keyof ExplorerState]: ExplorerState[K] extends number ? K : never }[keyof ExplorerState];

/** A number setting of a simulation, read from and written to the store (and so the link), clamped to its field's range. */
export function SimNumber({ k, label }: { k: NumberKey; label?: string }) {
  const value = useExplorer((s) => s[k]);
  const f = fieldOf(k) as NumberField;
  return (
    <label className="sim-field">
      {label ?? f.label}
      <input
        type="number"
        min={f.min}
        max={f.max}
        step={f.integer ? 1 : f.step}
        value={value}
        data-testid={`sim-${k}`}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) setState({ [k]: Math.min(f.max, Math.max(f.min, f.integer ? Math.round(v) : v)) });
        }}
      />
    </label>
  );
}
