import { defineConfig } from 'vite';

/**
 * Library builds. Default: the script-tag IIFE, `dist/shirube.js`, what end users download.
 * `--mode esm`: `dist/esm/index.js` for bundlers, self-contained. `--mode locator`:
 * `dist/locator.js`, the element locator alone as `window.ShirubeLocator`, which the targeting
 * benchmark and browser tests inject into pages. `--mode builder`: `dist/builder.js`, the in-app
 * builder, which the script-tag SDK loads only for a builder link (src/builder-link.ts); it defines
 * no global. Only the esm build empties its own folder.
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  const locator = mode === 'locator';
  const builder = mode === 'builder';
  return {
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
    build: {
      target: 'es2020',
      outDir: esm ? 'dist/esm' : 'dist',
      emptyOutDir: esm,
      copyPublicDir: false,
      // Terser's extra compress passes take about 4% off the gzip size that end users download.
      minify: 'terser',
      terserOptions: { ecma: 2020, toplevel: true, compress: { passes: 3, pure_getters: true } },
      sourcemap: false,
      reportCompressedSize: false,
      lib: esm
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' }
        : locator
          ? { entry: 'src/locator/index.ts', name: 'ShirubeLocator', formats: ['iife'], fileName: () => 'locator.js' }
          : builder
            ? { entry: 'src/builder/index.ts', name: 'ShirubeBuilder', formats: ['iife'], fileName: () => 'builder.js' }
            : { entry: 'src/script-tag.ts', name: 'ShirubeLoader', formats: ['iife'], fileName: () => 'shirube.js' },
      rollupOptions: esm ? {} : { output: { extend: true } },
    },
  };
});
