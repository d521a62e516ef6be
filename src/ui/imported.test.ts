import { describe, expect, it } from 'vitest';
import { importedPoints, parseSweepFile } from './imported';

const file = (points: unknown[], model = 'bsr') => JSON.stringify({ format: 'tokenphase-sweep-results/1', model, version: '0.1.0', points });
const point = (alpha: number, beta: number, mean: number | null) => ({
  request: { algo: 'amp', d: 40, beta, rho: 0.5, delta: 0, alpha },
  alpha,
  seeds: [1, 2],
  mean,
  stderr: 0.01,
});

describe('opened sweep files', () => {
  it('reads a collected sweep and leaves out points with no finished seed instead of drawing them at 0', () => {
    const s = parseSweepFile(file([point(0.3, 1, 0.6), point(0.6, 1, null)]), 'a.json', ['bsr', 'aim']);
    expect(s.points.map((p) => p.alpha)).toEqual([0.3]);
  });

  it('says in one line what is wrong with a file that is not one', () => {
    expect(() => parseSweepFile('nope', 'x.json', ['bsr'])).toThrow(/x.json is not JSON/);
    expect(() => parseSweepFile('{"rows":[]}', 'x.json', ['bsr'])).toThrow(/not a collected sweep/);
    expect(() => parseSweepFile(file([], 'zzz'), 'x.json', ['bsr'])).toThrow(/model zzz/);
  });

  it('places the points of its model on the plotted axis and names every parameter that differs from the view', () => {
    const s = parseSweepFile(file([point(0.3, 1, 0.6), point(0.6, 2, 0.2)]), 'a.json', ['bsr', 'aim']);
    const r = importedPoints([s], 'bsr', { beta: 1, rho: 0.5, delta: 0 }, (a) => 2 * a, { beta: 'β' });
    expect(r.points.map((p) => [p.x, p.mean, p.std])).toEqual([
      [0.6, 0.6, 0.01],
      [1.2, 0.2, 0.01],
    ]);
    expect(r.notes).toEqual(['a.json: points run at β = 2; this view has β = 1.']);
    expect(importedPoints([s], 'aim', {}, (a) => a, {}).points).toEqual([]);
  });
});
