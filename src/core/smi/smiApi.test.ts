import { describe, expect, it } from 'vitest';
import { smiApi } from '../smiApi';
import { PAPER_ALPHA_CRITICAL } from './paperValues';
import { PRECOMPUTED_THRESHOLDS } from './precomputed';

describe('smiApi (shipped SMI data)', () => {
  it('serves the thresholds-vs-skip panel from the shipped grid at once, with the published values beside it', () => {
    const r = smiApi.thresholdsVsSkip();
    expect(r.skip).toEqual(PRECOMPUTED_THRESHOLDS.map((p) => p.c));
    expect(r.source.every((s) => s === 'precomputed')).toBe(true);
    expect(r.alpha1).toHaveLength(r.skip.length);
    expect(r.paper.skip).toHaveLength(PAPER_ALPHA_CRITICAL.length);
    expect(r.millis).toBeLessThan(100);
    const g = smiApi.thresholdsVsSkip([1, 0.5]);
    expect(g.skip).toEqual([1, 0.5]);
    expect(g.source).toEqual(['precomputed', 'precomputed']);
    expect(smiApi.thresholds(2, 1).source).toBe('precomputed');
  });

  it('gives the exact curve (perfect recovery at α = 1) by default and the published convention on request', () => {
    const alphas = [0.1, 0.5, 0.9, 1.2];
    const ex = smiApi.curve(2, 1, alphas);
    expect(ex.source).toBe('precomputed');
    expect(ex.epsilon).toBe(0);
    expect(ex.overlaps[0][3]).toBe(1);
    expect(ex.status.every((s) => s === 'converged')).toBe(true);
    const pa = smiApi.curve(2, 1, alphas, { convention: 'paper' });
    expect(pa.source).toBe('precomputed');
    expect(pa.epsilon).toBe(0.001);
    expect(Math.abs(pa.overlaps[0][3] - 0.823)).toBeLessThan(0.05);
    expect(pa.overlaps[0][2]).toBeLessThan(ex.overlaps[0][2]);
    for (const s of [0.5, 2]) expect(smiApi.curve(2, s, [0.6]).source).toBe('precomputed');
  });
});
