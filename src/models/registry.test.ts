import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryFolders } from '../../scripts/preloadShown';
import { MODELS } from './registry';

describe('the registry as the build reads it', () => {
  it("the build's preloader finds every model folder, in the registry's order (the first is a link's default)", () => {
    const source = readFileSync(new URL('./registry.ts', import.meta.url), 'utf8');
    expect(registryFolders(source)).toEqual(MODELS.map((m) => m.id));
  });

  it('a list it cannot read fails the build instead of preloading nothing', () => {
    expect(() => registryFolders('export const MODELS = [];')).toThrow(/cannot read/);
    expect(() => registryFolders("import { aModel } from './a';\nexport const MODELS: X[] = [aModel, bModel];")).toThrow(/cannot read/);
    expect(registryFolders("import { aModel } from './a';\nexport const MODELS: X[] = [aModel];")).toEqual(['a']);
  });
});
