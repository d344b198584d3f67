import { defineConfig } from 'vitest/config';

// Checks the targeting corpus and the report arithmetic without a browser, the SDK benchmark's
// trace attribution, the soak's memory arithmetic, and that the analytics benchmark's table builder matches real ingestion; the
// benchmarks run with `pnpm bench:*`.
export default defineConfig({
  test: {
    name: 'bench',
    include: ['targeting/**/*.test.ts', 'analytics/**/*.test.ts', 'sdk/**/*.test.ts', 'soak/**/*.test.ts'],
  },
});
