import preact from '@preact/preset-vite';
import { defaultClientConditions, defineConfig } from 'vite';

// The console is served by the Shirube server at `/`; in `vite` dev mode the API is proxied to it
// (start the server with SHIRUBE_PUBLIC_ORIGIN=http://localhost:5173 so writes pass the CSRF check).
export default defineConfig({
  plugins: [preact()],
  // @shirube/sdk's authoring and snippet modules are read from source (see its package.json's exports).
  resolve: { conditions: ['@shirube/source', ...defaultClientConditions] },
  build: { outDir: 'dist', target: 'es2020' },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/sdk': 'http://127.0.0.1:8787' } },
});
