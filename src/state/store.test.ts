import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './schema';
import { createExplorerStore, hashOf, pickState } from './store';

describe('explorer store', () => {
  it('starts from a link, with its notices', () => {
    const s = createExplorerStore('#v=1&beta=2&rho=9999');
    expect(s.getState().beta).toBe(2);
    expect(s.getState().rho).toBe(10);
    expect(s.getState().notices[0]).toMatch(/ρ/);
  });

  it('coalesces a drag of one slider into one undo step', () => {
    let t = 0;
    const s = createExplorerStore('', () => t);
    for (let i = 1; i <= 20; i++) {
      t += 16;
      s.getState().set({ beta: 1 + i / 10 });
    }
    t += 2000;
    s.getState().set({ rho: 0.2 });
    expect(s.getState().past).toHaveLength(2);
    s.getState().undo();
    expect(s.getState().rho).toBe(DEFAULT_STATE.rho);
    expect(s.getState().beta).toBeCloseTo(3, 12);
    s.getState().undo();
    expect(s.getState().beta).toBe(DEFAULT_STATE.beta);
    s.getState().undo();
    expect(s.getState().beta).toBe(DEFAULT_STATE.beta);
  });

  it('resets to the defaults (undoably) and reloads links', () => {
    const s = createExplorerStore('#v=1&beta=3&present=1');
    s.getState().reset();
    expect(pickState(s.getState())).toEqual(DEFAULT_STATE);
    s.getState().undo();
    expect(s.getState().beta).toBe(3);
    s.getState().loadHash('#v=1&delta=0.5');
    expect(s.getState().delta).toBe(0.5);
    expect(s.getState().beta).toBe(DEFAULT_STATE.beta);
  });

  it('ignores no-op sets and produces a link that reproduces the state', () => {
    const s = createExplorerStore();
    s.getState().set({ beta: 1 });
    expect(s.getState().past).toHaveLength(0);
    s.getState().set({ alpha: 0.42, axis: 'alphaTilde' });
    const again = createExplorerStore(hashOf(s.getState()));
    expect(pickState(again.getState())).toEqual(pickState(s.getState()));
  });
});

describe('switching models', () => {
  it('sets what the new view would show at an edge to its defaults, with a notice, and undo brings it back', () => {
    const store = createExplorerStore('');
    expect(store.getState().alpha).toBe(0.3);
    store.getState().switchModel('aim');
    expect(store.getState().model).toBe('aim');
    // BSR's α = 0.3 is the right end of the softmax plot at T = 2 (ᾱ = 1.2) and past α_PR = 0.1875.
    expect(store.getState().alpha).toBe(0.1);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatch(/α = 0\.3 .* set to 0\.1/);
    store.getState().undo();
    expect(store.getState().model).toBe('bsr');
    expect(store.getState().alpha).toBe(0.3);
  });

  it('keeps a setting the new view shows well, without a notice', () => {
    const store = createExplorerStore('#v=1&alpha=0.05');
    store.getState().switchModel('aim');
    expect(store.getState().alpha).toBe(0.05);
    expect(store.getState().notices).toEqual([]);
    store.getState().switchModel('smi');
    expect(store.getState().model).toBe('smi');
    expect(store.getState().alpha).toBe(0.05);
  });
});
