import { type ExplorerState, fieldOf, type NumberField } from '../../state/schema';
import type { SimPanelProps } from './panel';

/** A number setting of a simulation, clamped to its field's range. */
export function NumberInput({ s, set, k, label }: { s: ExplorerState; set: SimPanelProps['set']; k: keyof ExplorerState; label?: string }) {
  const f = fieldOf(k) as NumberField;
  return (
    <label className="sim-field">
      {label ?? f.label}
      <input
        type="number"
        min={f.min}
        max={f.max}
        step={f.integer ? 1 : f.step}
        value={s[k] as number}
        data-testid={`sim-${k}`}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v))
            set({ [k]: Math.min(f.max, Math.max(f.min, f.integer ? Math.round(v) : v)) } as Partial<ExplorerState>);
        }}
      />
    </label>
  );
}
