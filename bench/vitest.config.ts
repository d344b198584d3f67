import { defineConfig } from 'vitest/config';

// Checks the targeting corpus and the report arithmetic without a browser; the benchmark itself
// runs with `pnpm bench:targeting`.
export default defineConfig({
  test: {
    name: 'bench',
    include: ['targeting/**/*.test.ts'],
  },
});
