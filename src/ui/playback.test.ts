import { describe, expect, it } from 'vitest';
import { playPosition, playTimeAt } from './playback';

describe('playPosition', () => {
  it('goes right over one sweep, then back (bounce) or from the left again (loop)', () => {
    const at = (t: number, mode: 'bounce' | 'loop') => playPosition(t, 10, mode, 1000);
    expect([0, 2500, 5000, 10000].map((t) => at(t, 'bounce'))).toEqual([0, 250, 500, 1000]);
    expect(at(12500, 'bounce')).toBeCloseTo(750, 9);
    expect(at(20000, 'bounce')).toBeCloseTo(0, 9);
    expect(at(12500, 'loop')).toBeCloseTo(250, 9);
  });

  it('starts where the slider is', () => {
    expect(playPosition(playTimeAt(420, 8, 1000), 8, 'bounce', 1000)).toBeCloseTo(420, 9);
    expect(playTimeAt(-5, 8, 1000)).toBe(0);
  });
});
