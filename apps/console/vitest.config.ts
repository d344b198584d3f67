import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { conditions: ['@shirube/source', ...defaultClientConditions] },
  test: { name: 'console', environment: 'happy-dom' },
});
