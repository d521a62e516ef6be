import { modelClient } from '../../../bridge/bridge';
import type { SmiApi } from '../api';

/** Typed calls to this model's worker API (see the bridge for lanes, cancellation and dead workers). */
export const smiClient = modelClient<SmiApi>('smi');
