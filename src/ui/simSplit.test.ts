import { afterEach, describe, expect, it } from 'vitest';
import { setSpawn } from '../bridge/bridge';
import { exposeModels } from '../bridge/endpoint';
import type { WorkerLike } from '../bridge/lane';
import { simulatePoint, type SimRequest } from '../models/bsr/simPoint';
import { mergeSeeds, splitSeeds } from './simSplit';
import { setSimPoolSize, simStore } from './simStore';

class FakeWorker implements WorkerLike {
  addEventListener() {}
  terminate() {}
}

const base: SimRequest = {
  algo: 'amp',
  d: 14,
  beta: 1,
  rho: 0.5,
  delta: 0,
  alpha: 0.4,
  seed: 3,
  seeds: 3,
  damping: 0.5,
  maxIter: 12,
  lr: 0.1,
  steps: 50,
  init: 'small',
  averages: 2,
};

afterEach(() => setSimPoolSize(1));

describe('a simulated point split into single-seed jobs', () => {
  it('splits seed by seed (seed + s, seeds 1) and leaves single-seed requests and requests without a first seed whole', () => {
    const jobs = splitSeeds<{ alpha: number; seeds: number; seed?: number }>([base, { ...base, alpha: 0.6, seeds: 1 }, { alpha: 0.7, seeds: 2 }]);
    expect(jobs.map((j) => [j.point, j.seedIndex, j.request.seed, j.request.seeds])).toEqual([
      [0, 0, 3, 1],
      [0, 1, 4, 1],
      [0, 2, 5, 1],
      [1, 0, 3, 1],
      [2, 0, undefined, 2],
    ]);
  });

  for (const algo of ['amp', 'gd', 'agd'] as const) {
    it(`merges back into the point the worker computes from the whole request (BSR ${algo}: finals, mean, std, outcomes, messages, theory)`, () => {
      const req: SimRequest = { ...base, algo };
      const whole = simulatePoint(req);
      const merged = mergeSeeds(
        req,
        splitSeeds([req]).map((j) => simulatePoint(j.request as SimRequest)),
      );
      expect(merged.request).toBe(req);
      expect(merged.finals).toEqual(whole.finals);
      expect(merged.outcomes).toEqual(whole.outcomes);
      expect(merged.messages).toEqual(whole.messages);
      expect(merged.mean).toBe(whole.mean);
      expect(merged.std).toBe(whole.std);
      expect(merged.theory).toBe(whole.theory);
      expect(merged.singularValues).toEqual(whole.singularValues);
      expect(merged.errorVsK).toEqual(whole.errorVsK);
    });
  }

  it('runs on a pool of lanes and gives the same point as one worker running all the seeds', async () => {
    const spawned: string[] = [];
    setSpawn((laneName = '') => {
      spawned.push(laneName);
      return { worker: new FakeWorker(), endpoint: exposeModels() };
    });
    setSimPoolSize(2);
    const reqs = [base, { ...base, alpha: 0.6 }];
    await simStore.getState().run('bsr', reqs);
    const st = simStore.getState();
    expect(st.error).toBeNull();
    expect(st.progress).toBe(1);
    expect(new Set(spawned)).toEqual(new Set(['simulation-0', 'simulation-1']));
    for (const req of reqs) {
      const got = st.results.find((r) => r.request === req)!;
      const whole = simulatePoint(req);
      expect(got.finals).toEqual(whole.finals);
      expect(got.mean).toBe(whole.mean);
      expect(got.std).toBe(whole.std);
    }
  });
});
