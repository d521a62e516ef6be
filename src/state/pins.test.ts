import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './urlCodec';
import { readPins, readPinsField, writePins } from './pins';

describe('pins', () => {
  it('round-trips through their link text, numbers exact', () => {
    const pins = [
      { beta: 1, rho: 0.5, delta: 0 },
      { beta: 2.5, rho: 0.05, delta: 1e-4 },
    ];
    const text = writePins(pins);
    expect(text).toBe('beta1_rho0.5_delta0~beta2.5_rho0.05_delta0.0001');
    expect(readPins(text)).toEqual({ pins, bad: [] });
    expect(encodeURIComponent(text)).toBe(text);
  });

  it('sets aside what it cannot read, and a fifth pin, with a notice', () => {
    const r = readPinsField('beta1_rho0.5~beta_rho~x1~y2~z3~w4');
    expect(r.value).toBe('beta1_rho0.5~x1~y2~z3');
    expect(r.notice).toMatch(/“beta_rho”.*“w4 \(at most 4 pins\)”/);
  });

  it('travel in the link and back', () => {
    const d = decodeState('#v=1&pins=beta2_rho0.3_delta0.1');
    expect(d.state.pins).toBe('beta2_rho0.3_delta0.1');
    expect(d.notices).toEqual([]);
    expect(encodeState(d.state)).toContain('pins=beta2_rho0.3_delta0.1');
    expect(decodeState('#v=1&pins=%3Cscript%3E').notices[0]).toMatch(/pinned curves: ignored/);
  });
});
