import type { Preset } from '../../ui/preset';

/**
 * Deep tied attention's figures, each a link the explorer opens exactly. The three-layer links say
 * `smiDepth=3`, the key they were first published with; the state reads it as `layers`.
 */
export const SMI_PRESETS: Preset[] = [
  {
    id: 'smi-staircase',
    group: 'smi',
    title: 'Grand staircase at c = 1: the last layer is learned from α_c,2, the first from α_c,1, with the published overlaps',
    caption: 'The last layer is learned first, from α_c,2 ≈ 0.1855; the first layer stays at zero until α_c,1 ≈ 0.718; both reach 1 at α = 1.',
    hash: '#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=thresholds',
  },
  {
    id: 'smi-gen',
    group: 'smi',
    title: 'Generalisation error at c = 1 (plug-in predictor, as published)',
    caption:
      'The plug-in generalisation error stays at its value at α = 0 up to α_c,2 ≈ 0.186, falls as the last layer is learned, and reaches zero at α = 1, once the first layer (learned from α_c,1 ≈ 0.718) is recovered too.',
    hash: '#v=1&model=smi&skip=1&alpha=1&alphaMax=1.6&smiPanel=gen',
  },
  {
    id: 'smi-amp',
    group: 'smi',
    title: 'GAMP per layer at α = 1.2, c = 1 (D = 200): layer 2 within a few iterations, layer 1 after it',
    caption: 'In the per-layer trace layer 2’s cosine rises within a few iterations, and layer 1’s only after it, as the staircase says.',
    hash: '#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=amp&simD=200&simSeed=2&simIter=30&smiRun=1',
  },
  {
    id: 'smi-staircase3',
    group: 'smi',
    title: 'Three layers at c = 1: layer 3 from α_c,3, then layer 1, then layer 2; Q = I at α = 3/2',
    caption: 'Layer 3 is learned first (from α_c,3 ≈ 0.207), then layer 1 (0.98), then layer 2 (1.11); all three reach 1 at α = 3/2.',
    hash: '#v=1&model=smi&smiDepth=3&skip=1&alpha=1.2&alphaMax=2&smiPanel=gen',
  },
  {
    id: 'smi-amp3',
    group: 'smi',
    title: 'GAMP on three layers at α = 1.6 (D = 200, 10–30 s): layer 3 first, then layer 1, then layer 2',
    caption: 'The trace shows layer 3’s cosine rising first, then layer 1’s, then layer 2’s.',
    hash: '#v=1&model=smi&smiDepth=3&skip=1&alpha=1.6&alphaMax=2&smiPanel=amp&simD=200&simSeed=2&simIter=45&smiRun=1',
  },
  {
    id: 'smi-gd',
    group: 'smi',
    title: 'Gradient descent on two-layer attention (D = 100, α = 15): layer 2 is learned first, then layer 1',
    caption: 'Gradient descent learns layer 2 first: its cosine rises long before layer 1’s.',
    hash: '#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=gd&smiGdAlpha=15&simD=100&simSeed=1&simSteps=2000&smiRun=1',
  },
];
