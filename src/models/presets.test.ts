import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';

describe('presets', () => {
  it('each has one sentence saying what to look at, and ids and views of their own', () => {
    for (const p of PRESETS) {
      expect(p.caption, p.id).toMatch(/^[A-Zα-ωᾱ].*\.$/u);
      expect(p.caption.length, p.id).toBeLessThan(220);
    }
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(new Set(PRESETS.map((p) => p.hash)).size).toBe(PRESETS.length);
  });
});
