import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSpawn } from '../bridge/bridge';
import type { ModelEndpoint } from '../bridge/endpoint';
import { exposeModels } from '../bridge/endpoint';
import type { WorkerLike } from '../bridge/lane';
import { FIRST_REPORT_MS, MIN_STALL_MS, simStore, stallClock } from './simStore';

class FakeWorker implements WorkerLike {
  terminated = false;
  addEventListener() {}
  terminate() {
    this.terminated = true;
  }
}

/** A worker whose point at α = 0.2 reports progress twice, 100 ms apart, and then falls silent, as a killed worker does. */
function dyingEndpoint(): ModelEndpoint {
  return {
    ping: () => 'pong',
    async call(_model, _method, req, progress) {
      const { alpha } = req as { alpha: number };
      if (alpha !== 0.2) return { request: req, finals: [0.5], outcomes: ['converged'], mean: 0.5, std: 0, theory: 0.5, messages: [], millis: 1 };
      progress?.({ t: 1, mse: 0.9, aux: 0.9, done: 0.1, seedIndex: 0 });
      await new Promise((r) => setTimeout(r, 100));
      progress?.({ t: 2, mse: 0.8, aux: 0.8, done: 0.2, seedIndex: 0 });
      return new Promise(() => {});
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  setSpawn(() => ({ worker: new FakeWorker(), endpoint: exposeModels() }));
});

describe('simulation runs whose worker dies', () => {
  it('the deadline is 60 s before the first report, then ten times the longest gap, at least 15 s', () => {
    let t = 0;
    const next = stallClock(() => t);
    expect(next()).toBe(FIRST_REPORT_MS);
    t += 4000;
    expect(next()).toBe(40_000);
    t += 100;
    expect(next()).toBe(40_000);
    const quick = stallClock(() => t);
    quick();
    t += 50;
    expect(quick()).toBe(MIN_STALL_MS);
  });

  it('a worker that falls silent mid-run is detected, the panel says so in words, the points already computed stay, and the next run uses a fresh worker', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const spawned: FakeWorker[] = [];
    setSpawn(() => {
      const worker = new FakeWorker();
      spawned.push(worker);
      return { worker, endpoint: dyingEndpoint() };
    });
    const run = simStore.getState().run('bsr', [
      { alpha: 0.1, seeds: 1 },
      { alpha: 0.2, seeds: 1 },
    ]);
    await vi.advanceTimersByTimeAsync(100 + MIN_STALL_MS - 1000);
    expect(simStore.getState().running).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    await run;
    const st = simStore.getState();
    expect(st.running).toBe(false);
    expect(st.error).toBe(
      'Stopped: the simulation worker did not answer for 15 s; it was restarted. The points computed before are kept; Run again starts a fresh worker.',
    );
    expect(st.results.map((r) => r.request.alpha)).toEqual([0.1]);
    expect(spawned[0].terminated).toBe(true);
    await simStore.getState().run('bsr', [{ alpha: 0.3, seeds: 1 }]);
    expect(spawned).toHaveLength(2);
    expect(simStore.getState().error).toBeNull();
    expect(simStore.getState().results.map((r) => r.request.alpha)).toEqual([0.1, 0.3]);
  });
});
