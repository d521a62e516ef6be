import { describe, expect, it } from 'vitest';
import { PRESETS } from '../models/presets';
import corpus from './linkCorpus.json';
import { DEFAULT_STATE } from './schema';
import { decodeState } from './urlCodec';

const renamed = corpus.renamed as Record<string, string>;

describe('links made before the model boundary', () => {
  it.each(corpus.links.map((l) => [l.id, l] as const))('%s opens the same view', (_id, link) => {
    const d = decodeState(link.hash);
    const expected: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(link.state)) expected[renamed[k] ?? k] = v;
    const got = d.state as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(got[k], k).toEqual(v);
    // Settings added since then keep their defaults.
    for (const k of Object.keys(got)) if (!(k in expected)) expect(got[k], k).toEqual((DEFAULT_STATE as unknown as Record<string, unknown>)[k]);
    expect(d.notices.length).toBe(link.notices);
  });

  it('covers every kind of link: each model, old keys, clamps and unknown keys', () => {
    const states = corpus.links.map((l) => l.state);
    for (const m of ['bsr', 'aim', 'smi']) expect(states.some((s) => s.model === m)).toBe(true);
    expect(corpus.links.some((l) => l.hash.includes('smiDepth='))).toBe(true);
    expect(corpus.links.filter((l) => l.notices > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('holds every preset of every model, so a changed preset link is caught', () => {
    const byId = new Map(corpus.links.map((l) => [l.id, l.hash]));
    for (const p of PRESETS) expect(byId.get(p.id), p.id).toBe(p.hash);
  });
});
