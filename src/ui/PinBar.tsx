import { MAX_PINS, type Pin, readPins, writePins } from '../state/pins';
import { setState, useExplorer } from '../state/useExplorer';

/** Pinned curves are drawn in grey, dashed: ghosts beside the live curve, never mistaken for it. */
export const PIN_COLOR = '#6b7280';
export const PIN_DASH = '4 3';

/** How a pin's key is read out: a symbol (`ρ` gives `ρ = 0.5`), or a function of the value (`hardmax`). */
export type PinSymbols = Readonly<Record<string, string | ((v: number) => string)>>;

/** `pin 2: β = 1, ρ = 0.5, Δ = 0` from a pin and the symbols of its keys. */
export function pinLabel(k: number, pin: Pin, symbols: PinSymbols): string {
  const parts = Object.entries(pin)
    .filter(([key]) => symbols[key])
    .map(([key, v]) => {
      const sym = symbols[key];
      return typeof sym === 'function' ? sym(v) : `${sym} = ${v}`;
    });
  return `pin ${k + 1}: ${parts.join(', ')}`;
}

/**
 * Under a plot: "Pin this curve" saves the current settings (`current`, the model's curve inputs) as a ghost,
 * and each pin is listed with its settings and a button that removes it. At most MAX_PINS, all in the link.
 */
export function PinBar({ current, symbols, usable }: { current: Pin; symbols: PinSymbols; usable: (p: Pin) => boolean }) {
  const text = useExplorer((s) => s.pins);
  const pins = readPins(text).pins;
  const same = (a: Pin, b: Pin) => Object.keys(b).every((k) => a[k] === b[k]);
  const pinned = pins.some((p) => same(p, current));
  return (
    <div className="pin-bar" data-testid="pin-bar">
      <button
        type="button"
        onClick={() => setState({ pins: writePins([...pins, current]) })}
        disabled={pins.length >= MAX_PINS || pinned}
        title={pinned ? 'This curve is pinned already' : `Keep this curve on the plot as a grey ghost to compare with (at most ${MAX_PINS})`}
        data-testid="pin-add"
      >
        Pin this curve
      </button>
      {pins.map((p, k) => (
        <span key={writePins([p])} className="pin-item" data-testid="pin-item">
          <span className="swatch dashed" style={{ borderColor: PIN_COLOR }} /> {pinLabel(k, p, symbols)}
          {!usable(p) && ' (not a curve of this view)'}
          <button
            type="button"
            className="pin-remove"
            aria-label={`Remove pin ${k + 1}`}
            onClick={() => setState({ pins: writePins(pins.filter((_, i) => i !== k)) })}
            data-testid={`pin-remove-${k + 1}`}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
