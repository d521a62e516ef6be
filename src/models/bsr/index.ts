import type { ModelDefinition } from '../contract';
import { BSR_FIELDS } from './fields';

/** Bilinear sequence regression: a low-rank matrix read through sequences of tokens. */
export const bsrModel: ModelDefinition = {
  id: 'bsr',
  title: 'Bilinear sequence regression',
  menuLabel: 'BSR: bilinear sequence regression',
  fields: BSR_FIELDS,
  loadApi: async () => (await import('./api')).bsrApi,
  loadCommands: async () => (await import('./cli')).bsrCommands,
};
