import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The console is served by the Shirube server at `/`; in `vite` dev mode the API is proxied to it
// (start the server with SHIRUBE_PUBLIC_ORIGIN=http://localhost:5173 so writes pass the CSRF check).
export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', target: 'es2020' },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/sdk': 'http://127.0.0.1:8787' } },
});
