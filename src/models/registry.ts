/**
 * The one list of models. The shell, the URL codec, the CLI and the workers iterate over it and name
 * no model; adding a model is a folder with an `index.ts` definition and one line here.
 */
import type { CommonState, ShellState } from '../state/commonFields';
import { aimModel } from './aim';
import type { AimState } from './aim/fields';
import { bsrModel } from './bsr';
import type { BsrState } from './bsr/fields';
import type { ModelDefinition } from './contract';
import { smiModel } from './smi';
import type { SmiState } from './smi/fields';

export const MODELS: readonly ModelDefinition[] = [bsrModel, aimModel, smiModel];

/** Every setting of the explorer: the shell's, the shared parameters and each model's slice. */
export type ExplorerState = ShellState & CommonState & BsrState & AimState & SmiState;

export function findModel(id: string): ModelDefinition | undefined {
  return MODELS.find((m) => m.id === id);
}

export function modelById(id: string): ModelDefinition {
  const m = findModel(id);
  if (!m) throw new Error(`unknown model '${id}'; available: ${MODELS.map((x) => x.id).join(', ')}`);
  return m;
}
