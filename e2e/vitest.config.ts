import { defineConfig } from 'vitest/config';

// Browser specs: each file boots its own server, database and demo app, so files run one at a time
// (two cores) and get generous timeouts for process start-up.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['specs/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
