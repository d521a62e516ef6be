/** The α of a plain run: the listed ones and the cursor, sorted, at most 16. */
export function runAlphas(listed: number[], cursor: number): number[] {
  return [...new Set([...listed, cursor])].sort((a, b) => a - b).slice(-16);
}
