import { describe, expect, it } from 'vitest';
import { simStatus } from './simStatus';

const idle = { running: false, progress: 0, etaMs: null, error: null };

describe('the simulation badge', () => {
  it('counts the points shown when idle', () => {
    expect(simStatus(idle, 0)).toEqual({ status: 'ready', detail: '0 simulated points' });
    expect(simStatus(idle, 1)).toEqual({ status: 'ready', detail: '1 simulated point' });
  });
  it('gives progress and time left while running', () => {
    expect(simStatus({ ...idle, running: true, progress: 0.42, etaMs: 65_000 }, 0)).toEqual({ status: 'computing', detail: '42%, ~1 min 5 s left' });
    expect(simStatus({ ...idle, running: true, progress: 0.01 }, 0).detail).toBe('1%');
  });
  it('tells a cancelled run from a failed one', () => {
    expect(simStatus({ ...idle, error: 'cancelled' }, 2)).toEqual({ status: 'ready', detail: 'cancelled' });
    expect(simStatus({ ...idle, error: 'out of memory' }, 2)).toEqual({ status: 'failed', detail: 'out of memory' });
    expect(simStatus({ ...idle, error: 'cancelled', stopReason: 'stopped: the parameters changed' }, 2).detail).toBe('stopped: the parameters changed');
  });
});
