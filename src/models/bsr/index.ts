import type { ModelDefinition } from '../contract';
import { fitCursor } from '../linkFit';
import { CURVE_LANE, type CurveInputs, curveRequest } from './curveRequest';
import { BSR_FIELDS } from './fields';

/** Bilinear sequence regression: a low-rank matrix read through sequences of tokens. */
export const bsrModel: ModelDefinition = {
  id: 'bsr',
  title: 'Bilinear sequence regression',
  menuLabel: 'BSR: bilinear sequence regression',
  fields: BSR_FIELDS,
  loadApi: async () => (await import('./api')).bsrApi,
  loadCommands: async () => (await import('./cli')).bsrCommands,
  fitLink(s) {
    const { alpha, alphaMax, axis, beta, rho } = s as { alpha: number; alphaMax: number; axis: string; beta: number; rho: number };
    // The plot runs to alphaMax on its axis; on the α̃ axis that is α = α̃·ρ(1+β)/β.
    const top = axis === 'alpha' ? alphaMax : (alphaMax * rho * (1 + beta)) / beta;
    return fitCursor(alpha, top, axis === 'alpha' ? `α ≤ ${alphaMax}` : `α̃ ≤ ${alphaMax}, α ≤ ${Number(top.toPrecision(4))} at β = ${beta}, ρ = ${rho}`);
  },
  // The view's first curve comes from the draft table (useDraft), so that is what is sent.
  firstRequest: (s) => ({
    lane: CURVE_LANE,
    method: 'curve',
    req: curveRequest(s as unknown as CurveInputs, true),
    settled: curveRequest(s as unknown as CurveInputs, false),
  }),
  // The explorer's simulation defaults (fields.ts / commonFields.ts), as a request of simPoint.ts.
  projector: {
    mainLabel: 'Error curve',
    sliders: [
      {
        key: 'alpha',
        hint: 'n/(dL)',
        max: (s) => {
          const { alphaMax, axis, beta, rho } = s as { alphaMax: number; axis: string; beta: number; rho: number };
          return axis === 'alpha' ? alphaMax : Math.min(10, (alphaMax * rho * (1 + beta)) / beta);
        },
      },
      { key: 'beta', hint: 'L/d' },
      { key: 'rho', hint: 'r/d' },
      { key: 'delta', hint: 'noise' },
      { key: 'alphaMax', hint: 'plot end' },
    ],
    shown: ['alpha', 'beta', 'rho', 'delta'],
    side: {
      key: 'panel',
      tabs: [
        ['phase', 'Phase diagram'],
        ['spectrum', 'Spectrum'],
        ['landscape', 'Landscape'],
        ['strong', 'Strong recovery'],
      ],
    },
  },
  simulation: {
    defaults: { algo: 'amp', d: 60, beta: 1, rho: 0.5, delta: 0, damping: 0.5, maxIter: 60, lr: 0.1, steps: 2000, init: 'prior', averages: 8 },
    choices: { algo: ['amp', 'gd', 'agd', 'mnne'], init: ['prior', 'small'] },
  },
};
