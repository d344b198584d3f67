import { defineConfig } from 'vitest/config';

// Browser specs: each file boots its own server, database and demo app, so files run one at a time
// (two cores) and get generous timeouts for process start-up.
export default defineConfig({
  // @shirube/sdk's modules are read from source (see its package.json's exports), then Vite's
  // default server conditions.
  ssr: { resolve: { conditions: ['@shirube/source', 'module', 'node', 'development|production'] } },
  test: {
    name: 'e2e',
    include: ['specs/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
