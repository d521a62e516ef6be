import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'workers/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    // Rebuilds dist-cli/ when src/ is newer, so the tests that run bin/tokenphase.mjs as a process see the current code.
    globalSetup: ['scripts/build-cli.mjs'],
    testTimeout: 60_000,
  },
});
