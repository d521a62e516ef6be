import type { ModelDefinition } from '../contract';
import { SMI_FIELDS } from './fields';

/** Deep tied attention as a sequence multi-index model: two or three layers on two tokens. */
export const smiModel: ModelDefinition = {
  id: 'smi',
  title: 'Deep tied attention (SMI)',
  menuLabel: 'SMI / deep attention',
  fields: SMI_FIELDS,
  loadApi: async () => (await import('./api')).smiApi,
  loadCommands: async () => (await import('./cli')).smiCommands,
};
