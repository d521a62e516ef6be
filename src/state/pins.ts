/**
 * Pinned curves: up to four saved settings of the model's curve inputs, drawn as labelled ghosts beside the
 * live curve. In a link: pins separated by `~`, each a `_`-separated list of a key and its number with nothing
 * between (`beta1_rho0.5_delta0~beta2_rho0.5_delta0`); every character is one a URL keeps as is.
 */

export const MAX_PINS = 4;

export type Pin = Record<string, number>;

const PAIR = /^([A-Za-z]+)(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

/** The pins in a link's text, and a notice for the parts that could not be read. */
export function readPins(raw: string): { pins: Pin[]; bad: string[] } {
  const pins: Pin[] = [];
  const bad: string[] = [];
  for (const item of raw.split('~').filter((x) => x !== '')) {
    const pin: Pin = {};
    const ok = item.split('_').every((pair) => {
      const m = PAIR.exec(pair);
      if (!m || !Number.isFinite(Number(m[2]))) return false;
      pin[m[1]] = Number(m[2]);
      return true;
    });
    if (!ok || Object.keys(pin).length === 0) bad.push(item);
    else if (pins.length >= MAX_PINS) bad.push(`${item} (at most ${MAX_PINS} pins)`);
    else pins.push(pin);
  }
  return { pins, bad };
}

export function writePins(pins: Pin[]): string {
  return pins
    .map((p) =>
      Object.entries(p)
        .map(([k, v]) => `${k}${v}`)
        .join('_'),
    )
    .join('~');
}

/** The link field's reader: keeps the readable pins, written back in the canonical form. */
export function readPinsField(raw: string): { value: string; notice?: string } {
  const { pins, bad } = readPins(raw);
  return { value: writePins(pins), ...(bad.length ? { notice: `ignored ${bad.map((b) => `“${b.slice(0, 40)}”`).join(', ')}` } : {}) };
}
