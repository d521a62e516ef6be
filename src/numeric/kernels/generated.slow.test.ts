import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { compileKernels, KERNELS_MODULE, moduleText } from '../../../scripts/build-kernels.mjs';

describe('the committed WebAssembly kernels', () => {
  it('are what compiling src/numeric/kernels/assembly/ gives now (npm run build:kernels)', async () => {
    const text = moduleText(await compileKernels());
    expect(readFileSync(KERNELS_MODULE, 'utf8') === text, 'kernels.generated.ts is stale: run npm run build:kernels').toBe(true);
  }, 120_000);
});
