import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two tiers, told apart by name: `*.slow.test.ts` files (simulations, GAMP runs, heavy quadrature, the built
// CLI) are the slow tier; every other test file is the fast tier. `npm run test:fast` runs the fast tier only;
// `vitest run` and `npm test` run both.
const SLOW = ['src/**/*.slow.test.ts', 'src/**/*.slow.test.tsx', 'workers/**/*.slow.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Every core: Vitest's default leaves one free, which on a two-core machine runs the files one at a time (the
    // unit tests took 508 s so, 256 s on both cores). The tests are CPU-bound and the main process is idle meanwhile.
    maxWorkers: availableParallelism(),
    // Rebuilds dist-cli/ when src/ is newer, so the tests that run bin/tokenphase.mjs as a process see the current code.
    globalSetup: ['scripts/build-cli.mjs'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**', 'dist-cli/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'workers/**/*.test.ts'],
          exclude: [...SLOW, 'e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          // Generous, so a GAMP test on a loaded two-core machine fails on its numbers, not on the clock.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
