/**
 * Links as a tester writes them: the reported cases one by one, then a few hundred seeded random hashes
 * (unknown and repeated keys, numbers out of range or not numbers at all, broken escapes, markup, very long
 * values). Whatever comes in, the state is valid, the cursor is on its plot, the link the page writes back
 * reads without a notice, and every change was said in a notice of one readable line.
 */
import { describe, expect, it } from 'vitest';
import { findModel } from '../models/registry';
import { DEFAULT_STATE, FIELDS, parseList } from './schema';
import { decodeState, encodeState } from './urlCodec';

const notes = (hash: string) => decodeState(hash).notices.join(' | ');

describe('every clamp, rounding and repeated key has its notice', () => {
  it('AIM: α = 10 past the plot is set to its right end, said so, and the cursor is on the plot', () => {
    const d = decodeState('#v=1&model=aim&T=4.5&alpha=10');
    expect(d.state.T).toBe(5);
    // ᾱ range 1.2 at T = 5 is α ≤ 1.2/28 = 0.042857…: rounded down, so the cursor is drawn inside.
    expect(d.state.alpha).toBe(0.0428);
    expect(d.notices).toEqual([
      'T = 4.5 is not a whole number; rounded to 5.',
      'α = 10 is past the right end of the plot (ᾱ ≤ 1.2, so α ≤ 0.04286 at T = 5); set to 0.0428. Widen the α range to place the cursor further right.',
    ]);
  });

  it('a whole-number setting out of range is clamped, not rounded first and called out of range', () => {
    expect(notes('#v=1&model=aim&T=12.5&alpha=0.01')).toBe('T = 12.5 is outside [2, 10]; set to 10.');
    expect(notes('#v=1&model=bsr&simD=2.5')).toBe('d = 2.5 is outside [4, 300]; set to 4.');
    expect(notes('#v=1&model=bsr&simSeeds=2.4')).toBe('seeds = 2.4 is not a whole number; rounded to 2.');
  });

  it('a repeated key is named with every value it had, and the last one is used', () => {
    const d = decodeState('#v=1&model=bsr&beta=2&beta=3&alpha=0.2');
    expect(d.state.beta).toBe(3);
    expect(d.notices).toEqual(['beta appears 2 times in the link (“2”, “3”); the last one is used.']);
  });

  it('BSR and SMI fit the cursor to their plots too, on either BSR axis', () => {
    expect(decodeState('#v=1&model=bsr&alpha=2&alphaMax=1.5').state.alpha).toBe(1.5);
    const t = decodeState('#v=1&model=bsr&axis=alphaTilde&alpha=3&alphaMax=1&beta=1&rho=0.5');
    // α̃ ≤ 1 is α ≤ α̃·ρ(1+β)/β = 1 here.
    expect(t.state.alpha).toBe(1);
    expect(t.notices[0]).toMatch(/^α = 3 is past the right end of the plot \(α̃ ≤ 1, α ≤ 1 at β = 1, ρ = 0\.5\); set to 1\./);
    expect(decodeState('#v=1&model=smi&alpha=3&alphaMax=2').state.alpha).toBe(2);
    // Within the plot nothing is said.
    expect(decodeState('#v=1&model=smi&alpha=1.5&alphaMax=2').notices).toEqual([]);
  });

  it('AIM says which link settings its hardmax channel does not use', () => {
    expect(notes('#v=1&model=aim&channel=hardmax&T=4&alpha=0.5')).toMatch(/T = 4 does not apply to the hardmax channel/);
    expect(notes('#v=1&model=aim&simAlgo=mnne')).toMatch(/simAlgo = mnne .* BSR only: GAMP-RIE is used/);
    expect(notes('#v=1&model=aim&channel=hardmax&simAlgo=gd&alpha=0.5')).toMatch(/softmax channel only/);
  });
});

/** mulberry32, seeded: a failing hash can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  '',
  '-0',
  '1e308',
  '-1e308',
  '5e-324',
  'NaN',
  'Infinity',
  '0x10',
  '1,2,3',
  '%',
  '%E0%A4%A',
  '%00',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '\u202e1',
  '🙂',
  'a'.repeat(5000),
  '1&2',
  '==',
  '1e-7',
  '0.1,0.2,1e9,-3,x,,5',
  'true',
  'softmax',
  'hardmax',
];

function randomHash(r: () => number): string {
  const keys = [...FIELDS.map((f) => f.key), 'v', 'smiDepth', 'constructor', '__proto__', 'toString', 'x', 'α', '%zz'];
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const k = keys[Math.floor(r() * keys.length)];
    const f = FIELDS.find((x) => x.key === k);
    const good =
      f?.kind === 'number' ? String(f.min + r() * (f.max - f.min) * 1.5) : f?.kind === 'choice' ? f.choices[Math.floor(r() * f.choices.length)] : '1';
    const v = r() < 0.5 ? good : NASTY[Math.floor(r() * NASTY.length)];
    parts.push(r() < 0.1 ? k : `${k}=${r() < 0.7 ? encodeURIComponent(v) : v}`);
  }
  return `#${parts.join(r() < 0.1 ? '&&' : '&')}`;
}

describe('adversarial links: 400 seeded random hashes', () => {
  it('decode to a valid state with the cursor on the plot, write back to a link that reads with no notice, and say everything in one line each', () => {
    const r = rng(160_2025);
    for (let i = 0; i < 400; i++) {
      const hash = randomHash(r);
      const d = decodeState(hash);
      const s = d.state as unknown as Record<string, unknown>;
      for (const f of FIELDS) {
        const v = s[f.key];
        if (f.kind === 'number') {
          expect(Number.isFinite(v), `${hash} → ${f.key}`).toBe(true);
          expect((v as number) >= f.min && (v as number) <= f.max, `${hash} → ${f.key} = ${v}`).toBe(true);
          if (f.integer) expect(Number.isInteger(v), `${hash} → ${f.key}`).toBe(true);
        } else if (f.kind === 'choice') expect(f.choices, `${hash} → ${f.key}`).toContain(v);
        else if (f.kind === 'bool') expect(typeof v).toBe('boolean');
        else if (f.kind === 'text') expect(f.read(v as string), `${hash} → ${f.key}`).toEqual({ value: v });
        else expect(parseList(v as string, f.maxItems).bad, `${hash} → ${f.key}`).toEqual([]);
      }
      // The cursor is on the plot: the model's own fit has nothing left to change.
      expect(findModel(d.state.model)?.fitLink?.(s).patch ?? {}, hash).toEqual({});
      for (const n of d.notices) {
        expect(n.length, hash).toBeLessThan(400);
        expect(n, hash).not.toMatch(/[\n\r]/);
      }
      // What the page writes back reads as the same state, with nothing to say.
      const again = decodeState(`#${encodeState(d.state)}`);
      expect(again.notices, hash).toEqual([]);
      expect(again.state, hash).toEqual(d.state);
    }
    expect(Object.keys(DEFAULT_STATE)).not.toContain('__proto__');
  });
});
