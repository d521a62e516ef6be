import { describe, expect, it } from 'vitest';
import { aimAxes, onAxis } from './geometry';

describe('the error plot axes', () => {
  it('softmax: ᾱ = (T²+T−2)α, the range given in ᾱ', () => {
    const a = aimAxes({ channel: 'softmax', T: 3, rho: 0.5, alphaMax: 1.2, axis: 'alpha' });
    expect([a.hard, a.T, a.k, a.top, a.xMax, a.xLabel]).toEqual([false, 3, 10, 0.12, 0.12, 'α = n / D²']);
    const bar = aimAxes({ channel: 'softmax', T: 3, rho: 0.5, alphaMax: 1.2, axis: 'alphaTilde' });
    expect([bar.xMax, bar.xLabel, onAxis(bar, 0.05)]).toEqual([1.2, 'ᾱ = (T² + T − 2) α', 0.5]);
  });

  it('hardmax: T = 2, ᾱ = α/ρ, the range given in α', () => {
    const a = aimAxes({ channel: 'hardmax', T: 5, rho: 0.5, alphaMax: 2, axis: 'alphaTilde' });
    expect([a.hard, a.T, a.k, a.top, a.xMax, a.xLabel]).toEqual([true, 2, 2, 2, 4, 'ᾱ = α / ρ = n / (Dr)']);
    expect(onAxis({ ...a, axis: 'alpha' }, 0.3)).toBe(0.3);
  });
});
