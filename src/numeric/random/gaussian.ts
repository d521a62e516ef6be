import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Seeded standard normal samples (polar Box–Muller on pure-rand's xoroshiro128+), so every
 * simulation is reproducible from its seed in the browser, in workers and in Node alike.
 */
export function createGaussian(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  const rng = xoroshiro128plus(seed | 0);
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u: number;
    let v: number;
    let r: number;
    do {
      u = 2 * uniformFloat64(rng) - 1;
      v = 2 * uniformFloat64(rng) - 1;
      r = u * u + v * v;
    } while (r >= 1 || r === 0);
    const f = Math.sqrt((-2 * Math.log(r)) / r);
    spare = v * f;
    return u * f;
  };
}

/** Fills `out` with i.i.d. N(0, σ²) samples and returns it. */
export function fillGaussian<T extends { length: number; [i: number]: number }>(out: T, gauss: () => number, sigma = 1): T {
  for (let i = 0; i < out.length; i++) out[i] = sigma * gauss();
  return out;
}

/**
 * An independent seed for a named stream (teacher/data vs. each initialisation), so that runs that
 * share a user-facing seed never reuse the same random numbers (murmur3 finaliser).
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) | 0;
}
