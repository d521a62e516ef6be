import { afterEach, describe, expect, it } from 'vitest';
import { answerTime } from '../ui/answerTime';
import { forgetAnswers, keptFromEarlier, keptLike, lane, modelClient, Pool, prime, RECENT_ANSWERS, setSpawn } from './bridge';
import { exposeModels, type ModelEndpoint } from './endpoint';
import { BridgeError, type WorkerLike } from './lane';
import type { BsrApi } from '../models/bsr/api';

/** A stand-in for a Web Worker: runs the real endpoint in-process, and can be made to crash. */
class FakeWorker implements WorkerLike {
  terminated = false;
  private readonly listeners: Array<(e: Event) => void> = [];
  addEventListener(_type: 'error' | 'messageerror', l: (e: Event) => void) {
    this.listeners.push(l);
  }
  terminate() {
    this.terminated = true;
  }
  crash(message: string) {
    for (const l of this.listeners) l({ message } as unknown as Event);
  }
}

function install(endpoint: () => ModelEndpoint = exposeModels) {
  const spawned: FakeWorker[] = [];
  setSpawn(() => {
    const worker = new FakeWorker();
    spawned.push(worker);
    return { worker, endpoint: endpoint() };
  });
  return spawned;
}

/** An endpoint whose calls never answer, as a worker stuck in a loop. */
const stuck = (): ModelEndpoint => ({ call: () => new Promise(() => {}), ping: () => 'pong' });

afterEach(() => setSpawn(() => ({ worker: new FakeWorker(), endpoint: exposeModels() })));

describe('worker bridge', () => {
  it('runs a model method by name with one request object, through the registry', async () => {
    install();
    const r = await modelClient<BsrApi>('bsr').call('curve', { beta: 1, rho: 0.5, delta: 0, alphas: [0.2, 0.4] });
    expect(r.bo).toHaveLength(2);
    expect(r.bo[0]).toBeGreaterThan(r.bo[1]);
  });

  it('a primed answer serves the first identical call alone, without a worker; others go to the worker', async () => {
    const spawned = install(stuck);
    forgetAnswers();
    const req = { beta: 1, rho: 0.5, delta: 0, alphas: [0.2] };
    const answer = { bo: [0.42] };
    prime('bsr', 'curve', req, Promise.resolve(answer));
    // Another request (or model, or method) does not take it: it waits on the stuck worker.
    let other = false;
    modelClient<BsrApi>('bsr')
      .call('curve', { ...req, alphas: [0.3] })
      .then(
        () => {
          other = true;
        },
        () => {}, // cancelled when the next test installs its workers
      );
    expect(await modelClient<BsrApi>('bsr').call('curve', { ...req })).toBe(answer);
    expect(other).toBe(false);
    // Taken without `keep`: not kept. (With it, see the test of `keep`.)
    expect(modelClient<BsrApi>('bsr').kept('curve', req)).toBe(false);
    expect(spawned).toHaveLength(1);
    // Taken once: the same request again goes to the worker, which never answers.
    const next = modelClient<BsrApi>('bsr').call('curve', req);
    next.catch(() => {});
    const again = await Promise.race([next, new Promise((r) => setTimeout(() => r('waiting'), 20))]);
    expect(again).toBe('waiting');
  });

  it("a primed answer that has arrived is the client's `seeded` answer, then kept; before it arrives there is none", async () => {
    install(stuck);
    forgetAnswers();
    const client = modelClient<BsrApi>('bsr');
    const req = { beta: 1.5, rho: 0.5, delta: 0, alphas: [0.2] };
    const answer = { bo: [0.37] };
    let arrive: (a: unknown) => void = () => {};
    prime('bsr', 'curve', req, new Promise((r) => (arrive = r)));
    expect(client.seeded('curve', req)).toBeUndefined();
    arrive(answer);
    await Promise.resolve();
    await Promise.resolve();
    expect(client.seeded('curve', { ...req, alphas: [0.3] })).toBeUndefined();
    expect(client.seeded('curve', { ...req })).toBe(answer);
    // Taken, and kept for the view's later returns: `seeded` gives a copy; a call asks the worker (stuck here).
    expect(client.seeded('curve', req)).toEqual(answer);
    expect(client.seeded('curve', req)).not.toBe(answer);
    const next = client.call('curve', req);
    next.catch(() => {});
    expect(await Promise.race([next, new Promise((r) => setTimeout(() => r('waiting'), 20))])).toBe('waiting');
  });

  it("the answers of recent calls made with `keep` are the client's `seeded` answers, as copies, the oldest forgotten first", async () => {
    install();
    forgetAnswers();
    const client = modelClient<BsrApi>('bsr');
    const req = (alpha: number) => ({ beta: 1, rho: 0.5, delta: 0, alphas: [alpha] });
    expect(client.seeded('curve', req(0.2))).toBeUndefined();
    const keep = { keep: true };
    // A primed answer taken by a call with `keep` is kept too.
    const primedAnswer = await client.call('curve', req(0.15));
    prime('bsr', 'curve', req(0.1), Promise.resolve(primedAnswer));
    expect(await client.call('curve', req(0.1), keep)).toBe(primedAnswer);
    expect(client.seeded('curve', req(0.1))).toEqual(primedAnswer);
    expect(client.kept('curve', req(0.2))).toBe(false);
    const a = await client.call('curve', req(0.2), keep);
    expect(client.kept('curve', req(0.2))).toBe(true);
    const held = client.seeded('curve', req(0.2));
    expect(held).toEqual(a);
    expect(held).not.toBe(a);
    // A badge names its time as an earlier call's; the answer of the call itself is this call's.
    expect(answerTime({ ...held, millis: 12.3 })).toBe('12 ms');
    expect(answerTime(keptLike(held, { ...held, millis: 12.3 }))).toBe('kept from earlier (12 ms)');
    expect(answerTime({ ...a, millis: 12.3 })).toBe('12 ms');
    expect(keptFromEarlier(keptLike(held, { ...held, draft: true }))).toBe(true);
    expect(keptFromEarlier(keptLike(a, { ...a }))).toBe(false);
    // A caller that changes what it received does not change what the next one gets.
    a.bo[0] = -1;
    expect(client.seeded('curve', req(0.2))?.bo[0]).toBe(held?.bo[0]);
    // Another request, method or model has none.
    expect(client.seeded('curve', req(0.3))).toBeUndefined();
    expect(modelClient<BsrApi>('aim' as 'bsr').seeded('curve', req(0.2))).toBeUndefined();
    // A call without `keep` (a phase map's row, a run) is not kept, and pushes out none of the kept answers.
    await client.call('curve', req(0.25));
    expect(client.kept('curve', req(0.25))).toBe(false);
    expect(client.seeded('curve', req(0.25))).toBeUndefined();
    for (let k = 0; k < RECENT_ANSWERS; k++) await client.call('curve', req(0.5 + k / 1000));
    expect(client.seeded('curve', req(0.2))).toBeDefined();
    // Asking keeps an answer fresh; beyond RECENT_ANSWERS the least recently used goes.
    for (let k = 1; k < RECENT_ANSWERS; k++) await client.call('curve', req(0.3 + k / 1000), keep);
    expect(client.seeded('curve', req(0.2))).toBeDefined();
    await client.call('curve', req(0.9), keep);
    expect(client.seeded('curve', req(0.301))).toBeUndefined();
    expect(client.seeded('curve', req(0.2))).toBeDefined();
    forgetAnswers();
    expect(client.seeded('curve', req(0.2))).toBeUndefined();
  });

  it('recall: one request for a view, whose run keeps the answer that its seeded looks up', async () => {
    install();
    forgetAnswers();
    const client = modelClient<BsrApi>('bsr');
    const q = client.recall('curve', { beta: 1, rho: 0.5, delta: 0, alphas: [0.4] }, { lane: 'recall-test' });
    expect(q.seeded()).toBeUndefined();
    const a = await q.run();
    expect(client.kept('curve', { beta: 1, rho: 0.5, delta: 0, alphas: [0.4] })).toBe(true);
    expect(q.seeded()).toEqual(a);
    expect(keptFromEarlier(q.seeded())).toBe(true);
    expect(client.recall('curve', { beta: 1, rho: 0.5, delta: 0, alphas: [0.41] }).seeded()).toBeUndefined();
    forgetAnswers();
  });

  it('streams progress to the page while a run goes on', async () => {
    install();
    const seen: number[] = [];
    const req = {
      algo: 'amp',
      d: 20,
      beta: 1,
      rho: 0.5,
      delta: 0,
      alpha: 0.5,
      seed: 1,
      seeds: 1,
      damping: 0.5,
      maxIter: 8,
      lr: 0.1,
      steps: 10,
      init: 'prior',
      averages: 1,
    } as const;
    const r = await modelClient<BsrApi>('bsr').call('simulatePoint', req, { onProgress: (p) => seen.push(p.t) });
    expect(r.finals).toHaveLength(1);
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  it('names an unknown model or method instead of failing silently', async () => {
    install();
    await expect(lane('x').call('nope', 'curve', {})).rejects.toThrow(/unknown model 'nope'/);
    await expect(lane('x').call('bsr', 'nope', {})).rejects.toThrow(/no method nope/);
  });

  it('a worker that dies rejects its calls with the reason, and the next call starts a fresh worker', async () => {
    const spawned = install(stuck);
    const pending = lane('curve').call('bsr', 'curve', {});
    spawned[0].crash('out of memory');
    const e = await pending.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BridgeError);
    expect((e as BridgeError).kind).toBe('crashed');
    expect((e as Error).message).toMatch(/curve worker stopped: out of memory/);
    expect(spawned[0].terminated).toBe(true);
    lane('curve')
      .call('bsr', 'curve', {})
      .catch(() => {});
    expect(spawned).toHaveLength(2);
  });

  it('a call that neither answers nor reports progress within its stall deadline is taken as hung', async () => {
    const spawned = install(stuck);
    const e = await lane('sim')
      .call('bsr', 'curve', {}, { stallMs: 30 })
      .catch((x: unknown) => x);
    expect((e as BridgeError).kind).toBe('hung');
    expect((e as Error).message).toMatch(/did not answer/);
    expect(spawned[0].terminated).toBe(true);
  });

  it('abort cancels the call at once', async () => {
    install(stuck);
    const ac = new AbortController();
    const pending = lane('gd').call('bsr', 'curve', {}, { signal: ac.signal });
    ac.abort();
    const e = await pending.catch((x: unknown) => x);
    expect((e as BridgeError).kind).toBe('cancelled');
  });

  it('progress the answer overtook reaches a caller that keeps every report (a simulation trace), and no other', async () => {
    // The answer and the progress come on different message channels; here the last report comes after the answer.
    install(() => ({
      call: (_m, _method, _req, progress) => {
        progress?.({ t: 1 });
        setTimeout(() => progress?.({ t: 2 }), 5);
        return Promise.resolve('answer');
      },
      ping: () => 'pong',
    }));
    const kept: unknown[] = [];
    const live: unknown[] = [];
    expect(await lane('late-kept').call('bsr', 'x', {}, { onProgress: (p) => kept.push(p), lateProgress: true })).toBe('answer');
    expect(await lane('late-live').call('bsr', 'x', {}, { onProgress: (p) => live.push(p) })).toBe('answer');
    await new Promise((r) => setTimeout(r, 20));
    expect(kept).toEqual([{ t: 1 }, { t: 2 }]);
    expect(live).toEqual([{ t: 1 }]);
  });

  it('progress after a cancellation is dropped even for a caller that keeps late reports', async () => {
    let report: ((p: unknown) => void) | undefined;
    install(() => ({
      call: (_m, _method, _req, progress) => {
        report = progress;
        return new Promise(() => {});
      },
      ping: () => 'pong',
    }));
    const got: unknown[] = [];
    const pending = lane('late-cancelled').call('bsr', 'x', {}, { onProgress: (p) => got.push(p), lateProgress: true });
    lane('late-cancelled').restart();
    expect(((await pending.catch((e: unknown) => e)) as BridgeError).kind).toBe('cancelled');
    report?.({ t: 3 });
    expect(got).toEqual([]);
  });

  it('a pool delivers every result, and a newer map cancels the older one', async () => {
    install();
    const pool = new Pool('test', 2);
    const got: number[] = [];
    const first = pool.map(
      [1, 2, 3, 4],
      async (_l, t) => t * 10,
      (i, r) => got.push(i * 1000 + r),
    );
    const second = pool.map(
      [5, 6],
      async (_l, t) => t,
      () => {},
    );
    expect(await first).toBe('cancelled');
    expect(await second).toBe('done');
    // The second map was asked for before any task of the first came back: none of the first's is delivered.
    expect(got).toEqual([]);
    const all: number[] = [];
    expect(
      await pool.map(
        [1, 2, 3],
        async (_l, t) => t,
        (i, r) => all.push(i * 10 + r),
      ),
    ).toBe('done');
    expect(all.sort()).toEqual([1, 12, 23]);
  });

  it('a pool of depth 2 keeps two tasks queued on each lane, so a worker never waits for the page between tasks', async () => {
    install();
    // The most tasks open at once on each lane, for a pool of that depth.
    const mostOpen = async (depth: 1 | 2) => {
      const pool = new Pool(`depth${depth}`, 2, depth);
      const open = new Map<string, number>();
      const most = new Map<string, number>();
      const order: number[] = [];
      await pool.map(
        Array.from({ length: 12 }, (_, i) => i),
        async (l, t) => {
          open.set(l, (open.get(l) ?? 0) + 1);
          most.set(l, Math.max(most.get(l) ?? 0, open.get(l)!));
          await new Promise((r) => setTimeout(r, 1));
          open.set(l, open.get(l)! - 1);
          return t;
        },
        (_i, r) => order.push(r),
      );
      expect(order.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      return Object.fromEntries(most);
    };
    expect(await mostOpen(2)).toEqual({ 'depth2-0': 2, 'depth2-1': 2 });
    // Simulation runs keep one per lane: a queued run could not report progress and would look hung.
    expect(await mostOpen(1)).toEqual({ 'depth1-0': 1, 'depth1-1': 1 });
  });
});
