import { describe, expect, it } from 'vitest';
import { dataFor, statusFor } from './fresh';

const data = { bo: [0.5] };

describe('a result belongs to the inputs it was computed for', () => {
  it('is used only for those inputs', () => {
    expect(dataFor({ data, dataKey: 'a', status: 'ready' }, 'a')).toBe(data);
    expect(dataFor({ data, dataKey: 'a', status: 'ready' }, 'b')).toBeNull();
    expect(dataFor({ data: null, dataKey: null, status: 'computing' }, 'a')).toBeNull();
  });
  it('is stale for other inputs (computing when there is none), never ready', () => {
    expect(statusFor({ data, dataKey: 'a', status: 'ready' }, 'a')).toBe('ready');
    expect(statusFor({ data, dataKey: 'a', status: 'stale' }, 'a')).toBe('stale');
    expect(statusFor({ data, dataKey: 'a', status: 'ready' }, 'b')).toBe('stale');
    expect(statusFor({ data: null, dataKey: null, status: 'ready' }, 'b')).toBe('computing');
    expect(statusFor({ data, dataKey: 'a', status: 'failed' }, 'b')).toBe('failed');
  });
});
