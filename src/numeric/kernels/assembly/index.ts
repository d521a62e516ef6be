// Entry point of the kernels module: what the JavaScript side calls.
export { accumulateTiles, dotTiles, fusedTiles } from './tokens';
export { svd, weightedOuter } from './svd';
export { gradNT, productNT } from './lowRank';
export { pairAccumulate, pairForms } from './pairs';
