import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ExplorerState } from './schema';
import { decodeState, encodeState, formatNumber } from './urlCodec';

describe('URL codec', () => {
  it('round-trips every setting exactly', () => {
    const s: ExplorerState = {
      ...DEFAULT_STATE,
      alpha: 0.123456789012345,
      beta: 2.5,
      rho: 1 / 3,
      delta: 0.1,
      axis: 'alphaTilde',
      alphaMax: 2,
      showRidge: false,
      showLargeBeta: true,
      present: true,
      hideControls: true,
      pane: 'side',
      theme: 'dark',
      show: 'alpha,rho',
    };
    const enc = encodeState(s);
    expect(enc.startsWith('v=1&model=bsr&')).toBe(true);
    const d = decodeState('#' + enc);
    expect(d.notices).toEqual([]);
    expect(d.state).toEqual(s);
  });

  it('reads projector links: the panel, theme and sliders, with a notice for what is not a slider', () => {
    const d = decodeState('#v=1&present=1&pane=side&theme=dark&show=rho,alpha');
    expect(d.notices).toEqual([]);
    expect(d.state).toMatchObject({ present: true, pane: 'side', theme: 'dark', show: 'rho,alpha' });
    expect(decodeState('#v=1&present=1&show=none').state.show).toBe('none');
    const bad = decodeState('#v=1&present=1&show=alpha,wobble&pane=left&theme=purple');
    expect(bad.state).toMatchObject({ show: 'alpha', pane: 'main', theme: 'light' });
    expect(bad.notices.join(' ')).toMatch(/projector sliders: ignored “wobble” \(not a slider/);
    expect(bad.notices.join(' ')).toMatch(/projected panel: “left” is not one of main, side; using main/);
    expect(bad.notices.join(' ')).toMatch(/projector theme: “purple” is not one of light, dark/);
    // An old presentation link still opens, in projector mode, and hideControls still reads.
    const old = decodeState('#v=1&alpha=0.3&beta=1&rho=0.5&delta=0&present=1&hideControls=1&panel=phase');
    expect(old.notices).toEqual([]);
    expect(old.state).toMatchObject({ present: true, hideControls: true, pane: 'main', show: '' });
    // The projector's settings are written only when changed.
    expect(encodeState({ ...DEFAULT_STATE, present: true })).not.toMatch(/&(pane|theme|show)=/);
  });

  it('writes short, readable numbers', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(0.3)).toBe('0.3');
    expect(encodeState(DEFAULT_STATE)).toBe('v=1&model=bsr&alpha=0.3&rho=0.5&axis=alpha&alphaMax=1.2&family=none&beta=1&delta=0&panel=phase&plane=alpha-rho');
  });

  it('clamps out-of-range values and says so', () => {
    const d = decodeState('#v=1&beta=1000&rho=-1&delta=0.2');
    expect(d.state.beta).toBe(100);
    expect(d.state.rho).toBe(0.001);
    expect(d.state.delta).toBe(0.2);
    expect(d.notices.join(' ')).toMatch(/β = 1000 is outside \[0\.01, 100\]; set to 100/);
    expect(d.notices.join(' ')).toMatch(/ρ = -1 is outside/);
  });

  it('rejects non-numbers, bad flags and bad choices with a specific notice', () => {
    const d = decodeState('#v=1&alpha=abc&present=maybe&axis=sideways&rho=');
    expect(d.state.alpha).toBe(DEFAULT_STATE.alpha);
    expect(d.state.rho).toBe(DEFAULT_STATE.rho);
    expect(d.state.present).toBe(false);
    expect(d.state.axis).toBe('alpha');
    expect(d.notices).toHaveLength(4);
    expect(d.notices[0]).toMatch(/α: “abc” is not a number/);
  });

  it('ignores unknown keys and reports them', () => {
    const d = decodeState('#v=1&beta=2&foo=1&bar');
    expect(d.state.beta).toBe(2);
    expect(d.notices).toEqual(['Ignored unknown link keys: foo, bar.']);
  });

  it('handles missing, future and malformed versions and encodings without throwing', () => {
    expect(decodeState('#beta=2').notices[0]).toMatch(/no format version/);
    expect(decodeState('#v=7&beta=2').notices[0]).toMatch(/version 7/);
    const d = decodeState('#v=1&beta=%E0%A4%A&rho=0.2');
    expect(d.state.rho).toBe(0.2);
    expect(d.notices[0]).toMatch(/malformed/);
    expect(decodeState('').state).toEqual(DEFAULT_STATE);
    expect(decodeState('#&&&').notices.length).toBeGreaterThan(0);
  });
});

describe('family lists in links', () => {
  it('round-trip and report bad items', () => {
    const d = decodeState('#v=1&family=rho&familyValues=0.1,0.2,x,-1,0.5');
    expect(d.state.family).toBe('rho');
    expect(d.state.familyValues).toBe('0.1,0.2,0.5');
    expect(d.notices[0]).toMatch(/ignored x, -1/);
    expect(decodeState('#' + encodeState(d.state)).state).toEqual(d.state);
  });
});
