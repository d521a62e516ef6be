import { describe, expect, it } from 'vitest';
import type { SimPointResult, SimRequest } from '../simPoint';
import { hasGdFromPrior, lastAmpAt, shownPoints, simMarks, studyPoints, type SimView } from './simSelection';

const base: SimRequest = {
  algo: 'amp',
  d: 20,
  beta: 1,
  rho: 0.5,
  delta: 0,
  alpha: 0.3,
  seed: 1,
  seeds: 2,
  damping: 0.5,
  maxIter: 30,
  lr: 0.1,
  steps: 200,
  init: 'prior',
  averages: 2,
};
const point = (over: Partial<SimRequest>, mean = 0.5): SimPointResult => ({
  request: { ...base, ...over },
  finals: [mean, mean],
  outcomes: ['converged', 'converged'],
  mean,
  std: 0.01,
  theory: 0.5,
  messages: [],
  millis: 1,
  singularValues: [],
  zeta: 0.2,
  errorVsK: [],
});
const view: SimView = { beta: 1, rho: 0.5, delta: 0, simAlgo: 'amp', simLr: 0.1, simInit: 'prior', simAlphas: '0.3,0.5' };

describe('which simulated points the view shows', () => {
  it('keeps the points at the current parameters, algorithm and listed α', () => {
    const keep = [point({ alpha: 0.3 }), point({ alpha: 0.5 })];
    const drop = [point({ alpha: 0.4 }), point({ rho: 0.4 }), point({ beta: 2 }), point({ delta: 0.1 }), point({ algo: 'mnne' })];
    expect(shownPoints([...keep, ...drop], view)).toEqual(keep);
  });
  it('for GD, also the learning rate and initialisation', () => {
    const gd = { ...view, simAlgo: 'gd' as const };
    const a = point({ algo: 'gd' });
    expect(shownPoints([a, point({ algo: 'gd', lr: 0.2 }), point({ algo: 'gd', init: 'small' })], gd)).toEqual([a]);
  });
  it('the learning-rate study: GD at the cursor, one of the listed η', () => {
    const a = point({ algo: 'gd', lr: 0.3 });
    expect(
      studyPoints(
        [a, point({ algo: 'gd', lr: 0.4 }), point({ algo: 'amp', lr: 0.3 }), point({ algo: 'gd', lr: 0.3, alpha: 0.5 })],
        { alpha: 0.3, beta: 1, rho: 0.5 },
        [0.1, 0.3],
      ),
    ).toEqual([a]);
  });
  it('the spectrum overlay: the last GAMP-RIE point at exactly these parameters', () => {
    const first = point({});
    const last = point({}, 0.6);
    expect(lastAmpAt([first, last, point({ alpha: 0.5 })], { alpha: 0.3, beta: 1, rho: 0.5, delta: 0 })).toBe(last);
    expect(lastAmpAt([first], { alpha: 0.3, beta: 1, rho: 0.5, delta: 0.1 })).toBeUndefined();
  });
  it('marks sit at the point’s α, or its α̃ on that axis', () => {
    const [m] = simMarks([point({ alpha: 0.6, beta: 2, rho: 0.4 }, 0.25)], 'alpha');
    // The bar spans the seeds' finals and each seed is a dot of its own.
    expect(m).toMatchObject({ x: 0.6, mean: 0.25, std: 0.01, lo: 0.25, hi: 0.25, runs: [0.25, 0.25] });
    expect(m.label).toBe('amp at α = 0.6, d = 20: mean 0.2500 over 2 seeds (0.250, 0.250)');
    expect(simMarks([point({ alpha: 0.6, beta: 2, rho: 0.4 })], 'alphaTilde')[0].x).toBeCloseTo((0.6 * 2) / (0.4 * 3), 12);
  });
});

describe('simulated points against 2·E_BO', () => {
  it('averaged GD draws its single runs, not its averages, as dots; GD from the prior asks for 2·E_BO', () => {
    const agd = { ...point({ algo: 'agd', init: 'prior' }, 0.4), finals: [0.4], singles: [1.2, 1.6, 0.9] };
    const [m] = simMarks([agd], 'alpha');
    expect(m).toMatchObject({ lo: 0.4, hi: 0.4, runs: [1.2, 1.6, 0.9] });
    expect(hasGdFromPrior([agd])).toBe(true);
    expect(hasGdFromPrior([point({ algo: 'gd', init: 'small' })])).toBe(false);
    expect(hasGdFromPrior([point({})])).toBe(false);
  });
});
