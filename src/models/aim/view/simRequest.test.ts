import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../../state/schema';
import type { AimSimPointResult } from '../simPoint';
import { lastAmpAt, selectSimSettings, shownResults, simAlgo, simRequest, type SimSettings, sweepAlphas } from './simRequest';

const settings = (over: Partial<SimSettings> = {}): SimSettings => ({ ...selectSimSettings(DEFAULT_STATE), channel: 'softmax', T: 3, rho: 0.5, ...over });

const point = (req: Partial<AimSimPointResult['request']>, mean = 0.3): AimSimPointResult => ({
  request: { ...simRequest(settings(), 0.1), ...req },
  finals: [mean],
  outcomes: ['converged'],
  mean,
  std: 0,
  theory: 0.3,
  messages: [],
  millis: 1,
  eigenvalues: [],
  delta: 1,
  errorVsK: [],
});

describe('simulation requests of the attention model', () => {
  it('builds one request per α from the settings; hardmax runs GAMP-RIE at T = 2', () => {
    const s = settings({ simAlgo: 'agd', simD: 40, simSeed: 7, simSeeds: 2, simK: 5, simOpt: 'gd', simLr: 0.05, simSteps: 300 });
    expect(simRequest(s, 0.15)).toEqual({
      algo: 'agd',
      channel: 'softmax',
      T: 3,
      D: 40,
      rho: 0.5,
      alpha: 0.15,
      seed: 7,
      seeds: 2,
      damping: s.simDamping,
      maxIter: s.simIter,
      lr: 0.05,
      steps: 300,
      optimizer: 'gd',
      averages: 5,
      width: 0,
    });
    expect(simRequest({ ...s, channel: 'hardmax' }, 0.3)).toMatchObject({ algo: 'amp', channel: 'hardmax', T: 2 });
    expect(simAlgo({ channel: 'softmax', simAlgo: 'mnne' })).toBe('amp');
  });

  it('takes the whole state as well as the selected settings (a link re-runs its points from the state)', () => {
    expect(simRequest({ ...DEFAULT_STATE, channel: 'softmax', T: 3 }, 0.2)).toEqual(simRequest(settings({ rho: DEFAULT_STATE.rho }), 0.2));
  });

  it('shows the points of this channel, T, ρ, algorithm and listed α only', () => {
    const s = settings({ simAlphas: '0.1,0.2' });
    const mine = point({ alpha: 0.1 });
    const results = [mine, point({ alpha: 0.3 }), point({ rho: 0.6 }), point({ T: 2 }), point({ algo: 'gd' }), point({ channel: 'hardmax', T: 2 })];
    expect(shownResults(s, results)).toEqual([mine]);
    // Gradient descent points also need the same learning rate and optimiser.
    const gd = settings({ simAlphas: '0.1', simAlgo: 'gd' });
    const gdPoint = point({ algo: 'gd', lr: gd.simLr, optimizer: gd.simOpt });
    expect(shownResults(gd, [gdPoint, point({ algo: 'gd', lr: gd.simLr * 2, optimizer: gd.simOpt })])).toEqual([gdPoint]);
  });

  it('finds the last GAMP-RIE point at exactly the cursor for the spectrum', () => {
    const a = point({ alpha: 0.1 }, 0.31);
    const b = point({ alpha: 0.1 }, 0.32);
    expect(lastAmpAt([a, b, point({ alpha: 0.2 })], { channel: 'softmax', T: 3, rho: 0.5, alpha: 0.1 })).toBe(b);
    expect(lastAmpAt([a], { channel: 'softmax', T: 3, rho: 0.5, alpha: 0.2 })).toBeNull();
  });

  it('sweeps 8 points across the plotted range, in ᾱ for softmax and in α for hardmax', () => {
    expect(sweepAlphas({ channel: 'softmax', T: 2, alphaMax: 0.9 })).toEqual([0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2]);
    expect(sweepAlphas({ channel: 'hardmax', T: 5, alphaMax: 0.9 })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
  });
});
