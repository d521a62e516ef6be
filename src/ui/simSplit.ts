import { meanStd } from '../models/simHarness';
import type { SimPoint } from '../models/contract';

/** What a simulated-point request has that the split needs: its α, its seeds (seed, seed + 1, …) and how many. */
export interface SplittableRequest {
  alpha: number;
  seeds: number;
  seed?: number;
}

/** One seed of one point: request `point` of the run, seed index `seedIndex`, asked as a single-seed request. */
export interface SeedJob<R extends SplittableRequest> {
  point: number;
  seedIndex: number;
  request: R;
}

/**
 * A run of points as independent single-seed jobs, in order (point by point, seed by seed), so that a pool of
 * workers can run them side by side. Instance s of a point uses seed + s, so the single-seed request of seed
 * index s is the point's request with seed + s and seeds 1: the same instance, the same numbers.
 */
export function splitSeeds<R extends SplittableRequest>(requests: R[]): SeedJob<R>[] {
  return requests.flatMap((req, point) =>
    req.seeds > 1 && Number.isInteger(req.seed)
      ? Array.from({ length: req.seeds }, (_, s) => ({ point, seedIndex: s, request: { ...req, seed: req.seed! + s, seeds: 1 } }))
      : [{ point, seedIndex: 0, request: req }],
  );
}

/**
 * The point of the original request from its single-seed results, in seed order: finals, outcomes and messages
 * (and averaged GD's single runs) concatenated, mean and std over the finals as the worker computes them, times added; the theory value is
 * the same for every seed, and the model's other fields (the last seed's spectrum, trace…) come from the last.
 */
export function mergeSeeds<R, P extends SimPoint<R>>(request: R, parts: P[]): P {
  const last = parts[parts.length - 1];
  if (parts.length === 1) return { ...last, request };
  const finals = parts.flatMap((p) => p.finals);
  // Averaged GD keeps every single run of every seed.
  const singles = parts.flatMap((p) => (p as { singles?: number[] }).singles ?? []);
  return {
    ...last,
    ...(singles.length ? { singles } : {}),
    request,
    finals,
    outcomes: parts.flatMap((p) => p.outcomes),
    messages: parts.flatMap((p) => p.messages),
    ...meanStd(finals),
    theory: parts[0].theory,
    millis: parts.reduce((s, p) => s + p.millis, 0),
  };
}
