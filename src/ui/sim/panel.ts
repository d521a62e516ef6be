/** The α of a plain run: the listed ones and the cursor, sorted, at most 16. */
export function runAlphas(listed: number[], cursor: number): number[] {
  return [...new Set([...listed, cursor])].sort((a, b) => a - b).slice(-16);
}

/** Time left, as `12 s` or `1 min 5 s`. */
export const fmtTime = (ms: number) => (ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.ceil((ms % 60_000) / 1000)} s`);
