import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { renderIndexHtml } from './serve.js';

/** In `vite` dev mode, fills the Shirube snippet from the environment the way serve.ts does for builds. */
function shirubeSnippet(): Plugin {
  return {
    name: 'shirube-snippet',
    apply: 'serve',
    transformIndexHtml(html) {
      return renderIndexHtml(html, {
        sdkUrl: process.env.SHIRUBE_SDK_URL ?? 'http://127.0.0.1:8787/sdk/shirube.js',
        projectKey: process.env.SHIRUBE_PROJECT_KEY ?? '',
      });
    },
  };
}

export default defineConfig({
  plugins: [preact(), shirubeSnippet()],
  server: { port: Number(process.env.DEMO_PORT ?? 5174) },
});
