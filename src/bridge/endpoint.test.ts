import { describe, expect, it } from 'vitest';
import { modelById } from '../models/registry';
import { decodeState } from '../state/urlCodec';
import { exposeModels } from './endpoint';

describe('a link primed in the worker (boot.ts → primeLink)', () => {
  const hash = '#v=1&model=bsr&alpha=0.3&beta=1.3&rho=0.4&delta=0.05';
  const first = () => {
    const state = decodeState(hash).state as unknown as Record<string, unknown>;
    return modelById('bsr').firstRequest!(state);
  };

  it("hands its job's answer to the page's identical call, once", async () => {
    const ep = exposeModels();
    const job = ep.primeLink(hash);
    expect(job).toBeDefined();
    const f = first();
    const a = await ep.call('bsr', f.method, f.req);
    expect(a).toBe(await job);
    // Taken: the next identical call computes afresh.
    const b = await ep.call('bsr', f.method, f.req);
    expect(b).not.toBe(a);
  });

  it('reads a link as the page does: an unknown model is the default one, and a malformed link never throws', async () => {
    const ep = exposeModels();
    const job = ep.primeLink('#v=1&model=nope&alpha=0.3&beta=1.3&rho=0.4&delta=0.05');
    const f = first();
    expect(await ep.call('bsr', f.method, f.req)).toBe(await job);
    expect(() => ep.primeLink('#%E0%A4%A&model=%')).not.toThrow();
  });
});
