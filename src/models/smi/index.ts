import type { ModelDefinition } from '../contract';
import { fitCursor } from '../linkFit';
import { SMI_CURVE_LANE, staircaseRequest } from './curveRequest';
import { SMI_FIELDS } from './fields';

/** Deep tied attention as a sequence multi-index model: two or three layers on two tokens. */
export const smiModel: ModelDefinition = {
  id: 'smi',
  title: 'Deep tied attention (SMI)',
  menuLabel: 'SMI / deep attention',
  fields: SMI_FIELDS,
  loadApi: async () => (await import('./api')).smiApi,
  loadCommands: async () => (await import('./cli')).smiCommands,
  fitLink(s) {
    const { alpha, alphaMax } = s as { alpha: number; alphaMax: number };
    return fitCursor(alpha, alphaMax, `α ≤ ${alphaMax}`);
  },
  // The view's first staircase (a draft: without the plug-in error, which follows once c is still).
  firstRequest: (s) => ({
    lane: SMI_CURVE_LANE,
    method: 'curve',
    req: staircaseRequest(s as unknown as { layers: number; skip: number; alphaMax: number }, true),
  }),
  projector: {
    mainLabel: 'Overlaps per layer',
    sliders: [
      { key: 'alpha', hint: 'n/D', max: (s) => (s as { alphaMax: number }).alphaMax },
      { key: 'skip', hint: 'skip' },
      { key: 'layers', hint: 'layers' },
      { key: 'alphaMax', hint: 'plot end' },
    ],
    shown: ['alpha', 'skip', 'layers'],
    side: {
      key: 'smiPanel',
      tabs: [
        ['thresholds', 'Thresholds vs c'],
        ['gen', 'Generalisation error'],
      ],
    },
  },
};
