/// <reference lib="webworker" />
import { warmGamp } from '../../src/models/bsr/sim/gamp';
import { createInstance } from '../../src/models/bsr/sim/instance';
import { heavyRows, gampIterations, simRows } from '../rows/sim';
import { summary } from '../rows/types';

export type BenchMessage = { only: string[] } | { cold: number };

const post = (m: unknown) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<BenchMessage>) => {
  const msg = e.data;
  if ('cold' in msg) {
    // The first run of this worker, iteration by iteration, after the warm-up a simulated point does.
    const d = msg.cold;
    warmGamp();
    const times = gampIterations(createInstance({ d, beta: 1, rho: 0.5, delta: 0, alpha: 0.5, seed: 1 }), 8);
    const warm = summary(times.slice(2)).median_ms;
    post({ name: `bsr.gamp.first.d${d}`, median_ms: times[0], p95_ms: times[0], second_ms: times[1], warm_ms: warm, first_over_warm: times[0] / warm });
  } else {
    const rows = [
      ...simRows.filter((r) => !msg.only.length || msg.only.some((p) => r.name.startsWith(p))),
      ...heavyRows.filter((r) => msg.only.includes(r.name)),
    ];
    for (const row of rows) {
      try {
        const r = row.run();
        post({ name: row.name, what: row.what, median_ms: r.median_ms, p95_ms: r.p95_ms, ...r.extra });
      } catch (err) {
        post({ name: row.name, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  post('done');
};
