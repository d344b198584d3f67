import { defineConfig } from 'vitest/config';
import { JSX_OPTIONS } from './vite.config.js';

export default defineConfig({
  // JSX compiled as the builds compile it (see vite.config.ts), so tests render through the same calls.
  esbuild: JSX_OPTIONS,
  test: {
    name: 'sdk',
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'https://app.example.com/', settings: { navigator: { userAgent: 'vitest' }, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/*.test.ts', 'examples/*.test.ts'],
  },
});
