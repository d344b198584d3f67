import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Preact's createElement as the automatic JSX runtime (src/ui/jsx-runtime.ts says why). */
const JSX_RUNTIME = fileURLToPath(new URL('src/ui/jsx-runtime.ts', import.meta.url));

export default defineConfig({
  // The JSX runtime the builds use (see vite.config.ts), so tests render through it too.
  resolve: { alias: { 'preact/jsx-runtime': JSX_RUNTIME, 'preact/jsx-dev-runtime': JSX_RUNTIME } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'sdk',
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'https://app.example.com/', settings: { navigator: { userAgent: 'vitest' }, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
