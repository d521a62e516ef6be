import { modelClient } from '../../../bridge/bridge';
import type { BsrApi } from '../api';

/** Typed calls to this model's worker API (see the bridge for lanes, cancellation and dead workers). */
export const bsrClient = modelClient<BsrApi>('bsr');
