import type { ModelDefinition } from '../contract';
import { AIM_FIELDS } from './fields';

/** The attention-indexed model: a softmax or hardmax attention map of an extensive-rank target. */
export const aimModel: ModelDefinition = {
  id: 'aim',
  title: 'Attention-indexed model',
  menuLabel: 'AIM: attention-indexed model',
  fields: AIM_FIELDS,
  loadApi: async () => (await import('./api')).aimApi,
  loadCommands: async () => (await import('./cli')).aimCommands,
  // The explorer's simulation defaults (fields.ts / commonFields.ts), as a request of simPoint.ts; width 0 is the teacher's r.
  simulation: {
    defaults: { algo: 'amp', channel: 'softmax', T: 2, D: 60, rho: 0.5, damping: 0.5, maxIter: 60, lr: 0.1, steps: 2000, optimizer: 'adam', averages: 8, width: 0 },
    choices: { algo: ['amp', 'gd', 'agd'], channel: ['softmax', 'hardmax'], optimizer: ['adam', 'gd'] },
  },
};
