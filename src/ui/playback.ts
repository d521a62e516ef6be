/**
 * Where a played slider is at time t: a sweep over the slider's positions (0 to `positions`) that takes
 * `seconds`, back and forth ('bounce') or starting again from the left ('loop'). Pure, so the motion is
 * tested without a clock.
 */
export function playPosition(t: number, seconds: number, mode: 'bounce' | 'loop', positions: number): number {
  const u = (t / (seconds * 1000)) % (mode === 'bounce' ? 2 : 1);
  return (mode === 'bounce' && u > 1 ? 2 - u : u) * positions;
}

/** The time at which a sweep passes `position` going right: a play started there continues from where it is. */
export function playTimeAt(position: number, seconds: number, positions: number): number {
  return (Math.min(Math.max(position, 0), positions) / positions) * seconds * 1000;
}
