import { describe, expect, it } from 'vitest';
import type { SimPointResult, SimRequest } from '../simPoint';
import { lastAmpAt, shownPoints, simMarks, studyPoints, type SimView } from './simSelection';

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
    expect(m).toMatchObject({ x: 0.6, mean: 0.25, std: 0.01 });
    expect(m.label).toBe('amp at α = 0.6, d = 20: 0.2500 ± 0.0100 over 2 seeds');
    expect(simMarks([point({ alpha: 0.6, beta: 2, rho: 0.4 })], 'alphaTilde')[0].x).toBeCloseTo((0.6 * 2) / (0.4 * 3), 12);
  });
});
