import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin, type UserConfig } from 'vite';
import { renderIndexHtml } from './serve.js';
import { scopedSelector } from './src/class-names.js';

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

type PostcssPlugin = NonNullable<Exclude<NonNullable<NonNullable<UserConfig['css']>['postcss']>, string>['plugins']>[number];
/** The slice of PostCSS's AST this plugin touches (postcss is Vite's dependency, not ours). */
interface CssRoot {
  walkRules(visit: (rule: { selector: string; parent?: { type: string; name?: string } }) => void): void;
}

/**
 * Rewrites the class tokens of every rule selector with the build's salt, the CSS half of `cx`.
 * `Once` rather than a `Rule` visitor: PostCSS re-visits nodes a visitor changed, which would
 * hash the names twice. Keyframe selectors (`from`, `50%`) are not selectors of elements.
 */
function scopeClassNames(salt: string): PostcssPlugin {
  return {
    postcssPlugin: 'keihi-scope-class-names',
    Once(root: CssRoot) {
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name ?? '')) return;
        rule.selector = scopedSelector(rule.selector, salt);
      });
    },
  } as PostcssPlugin;
}

/**
 * `vite build` is release 1 with class salt 'a' into dist/; `vite build --mode next` reads
 * `.env.next` (salt 'b', release 2) and writes dist-next/, the same app one release later.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, fileURLToPath(new URL('.', import.meta.url)), 'VITE_');
  return {
    plugins: [preact(), shirubeSnippet()],
    css: { postcss: { plugins: [scopeClassNames(env.VITE_CLASS_SALT || 'a')] } },
    build: { outDir: mode === 'next' ? 'dist-next' : 'dist' },
    server: { port: Number(process.env.DEMO_PORT ?? 5174) },
  };
});
