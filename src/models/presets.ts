/**
 * Every model's presets in one list, for whatever lists or checks them all (tests, timing scripts).
 * Like the registry, this file names the models; each list lives with its model.
 */
import type { Preset } from '../ui/preset';
import { AIM_PRESETS } from './aim/presets';
import { BSR_PRESETS } from './bsr/presets';
import { SMI_PRESETS } from './smi/presets';

export type { Preset } from '../ui/preset';

export const PRESETS: readonly Preset[] = [...BSR_PRESETS, ...AIM_PRESETS, ...SMI_PRESETS];
