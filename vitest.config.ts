import { defineConfig } from 'vitest/config';

// Unit and API tests of every package, and the benchmark corpus check; the browser specs in e2e/
// run separately (see e2e/vitest.config.ts).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench'],
  },
});
