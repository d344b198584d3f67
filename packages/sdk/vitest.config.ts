import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'sdk',
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'https://app.example.com/', settings: { navigator: { userAgent: 'vitest' }, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
