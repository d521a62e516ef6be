import { afterEach, describe, expect, it } from 'vitest';
import { addSeed, clearSeeds, decodeSeeds, encodeSeeds, fromSeed, seededAnswer } from './seeds';
import { modelClient } from './bridge';

afterEach(clearSeeds);

describe('seeds written into the page', () => {
  it('come back equal, with what plain JSON loses: NaN, ±∞ and typed arrays', () => {
    const v = { a: [1, Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 0.1 + 0.2], t: new Float64Array([1.5, Number.NaN]), n: null, s: 'x' };
    expect(decodeSeeds(encodeSeeds(v))).toEqual(v);
    // A number that happens to look like the tag is kept as the object it was.
    expect(decodeSeeds(encodeSeeds({ $num: 'NaN', other: 1 }))).toEqual({ $num: 'NaN', other: 1 });
  });

  it('cannot close the script element they are written into', () => {
    const text = encodeSeeds({ s: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(decodeSeeds(text)).toEqual({ s: '</script><script>alert(1)</script>' });
  });

  it('answer a call with exactly their request, as a copy, without a worker', async () => {
    addSeed({ model: 'bsr', method: 'curve', req: { beta: 1, alphas: [0, 0.5] }, answer: { bo: [1, 0.5] } });
    // No worker factory is installed here: a call that is not seeded would throw.
    const client = modelClient<{ curve: (r: { beta: number; alphas: number[] }) => { bo: number[] } }>('bsr');
    const a = await client.call('curve', { beta: 1, alphas: [0, 0.5] });
    expect(a).toEqual({ bo: [1, 0.5] });
    a.bo[0] = 7;
    expect(client.seeded('curve', { beta: 1, alphas: [0, 0.5] })).toEqual({ bo: [1, 0.5] });
    expect(client.seeded('curve', { beta: 1, alphas: [0, 0.6] })).toBeUndefined();
    expect(seededAnswer('aim', 'curve', { beta: 1, alphas: [0, 0.5] })).toBeUndefined();
    // A view tells a seeded answer from one computed here (its timing is the build's).
    expect(fromSeed(a)).toBe(true);
    expect(fromSeed(structuredClone(a))).toBe(false);
    expect(fromSeed(undefined)).toBe(false);
  });
});
