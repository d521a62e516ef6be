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
};
