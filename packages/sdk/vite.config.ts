import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite';

/**
 * JSX compiles to Preact's own `h(type, props, ...children)` (the classic transform). The automatic
 * runtime's `jsx(type, { ...props, children: [...] })` spells out `children:` and an array at every
 * element, about 90 bytes of gzip across the guide UI, and `preact/jsx-runtime` would add a second
 * copy of the vnode code. Type-checking still uses `jsxImportSource: preact` (tsconfig.json); the
 * unit tests compile JSX this same way (vitest.config.ts).
 */
export const JSX_OPTIONS = {
  jsx: 'transform',
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
  jsxInject: "import { h, Fragment } from 'preact'",
} as const;

/**
 * Preact's `dangerouslySetInnerHTML` is the one path in the end-user script from a prop to markup
 * parsing. The SDK never uses it (rich text is drawn as nodes), so its builds make it inert: Preact's
 * `innerHTML` reads and writes go to a plain property instead. `scripts/size.ts` fails the build
 * check if `innerHTML`, `eval(` or `new Function` appear in the script again.
 */
const noMarkupParsing: Plugin = {
  name: 'shirube:no-markup-parsing',
  transform(code, id) {
    return /\/preact\/dist\/preact\.module\.js$/.test(id) ? code.replace(/\.innerHTML\b/g, '._noMarkup') : null;
  },
};

/**
 * The guide UI's stylesheets (src/ui/styles.ts, checklist-styles.ts) are written one rule per line
 * so they can be read and reviewed; the builds put them through esbuild's CSS minifier (whitespace,
 * colour notation, shorthands, with the same meaning), about 50 bytes of gzip. Tests use the source.
 */
const minifyCss: Plugin = {
  name: 'shirube:minify-css',
  async transform(code, id) {
    if (!/\/src\/ui\/(checklist-)?styles\.ts$/.test(id)) return null;
    let out = '';
    let at = 0;
    // The stylesheets are template literals without interpolation or escapes.
    for (const match of code.matchAll(/`([^`$\\]*)`/g)) {
      const css = (await transformWithEsbuild(match[1]!, 'ui.css', { loader: 'css', minify: true })).code.trim();
      out += code.slice(at, match.index) + JSON.stringify(css);
      at = match.index! + match[0].length;
    }
    return { code: out + code.slice(at), map: null };
  },
};

/**
 * Property names the script-tag build shortens (terser's property mangling, as Preact's own build
 * does for its internals). Only names of objects that never leave the script: options of the SDK's
 * internal factories and components, UI strings, core's placement and checklist facts. Never a name
 * of the wire or stored formats (schema, stored progress, history, identity), of the DOM, of the
 * public API (types.ts), or of an object handed to the builder bundle (`session`, `apiUrl`,
 * `window`, `logger`). Names the DOM also uses (`stop`, `load`, ...) may be listed (terser's
 * `builtins`) only when no DOM object in the script is read through them. The e2e specs run
 * against this build.
 */
const INTERNAL_PROPERTIES = [
  // Options of the internal factories and their callbacks.
  'cacheKey', 'storageKey', 'historyKey', 'progressKey', 'timeoutMs', 'graceMs', 'holdUntil', 'debounceMs',
  'onShown', 'onMissing', 'onFound', 'onLost', 'onOpen', 'onDone', 'setGuides', 'targetPresent', 'fetchProgress',
  'hideUi', 'spots', 'facts', 'offer', 'fact', 'tracked', 'completedGuides', 'clicked', 'hit',
  'record', 'present', 'admits', 'shows', 'hotspot', 'locate', 'locateTarget', 'doc', 'win', 'policy',
  // Handles: the UI root, the session clock, the transport and the queue, and their answers.
  'shadow', 'ring', 'attach', 'touch', 'beacon', 'retryAfter', 'kept', 'dropped',
  // The delivery policy (the script tag never takes one from outside).
  'batchSize', 'queueCap', 'baseDelayMs', 'maxDelayMs',
  // The locator's search cache and target scoring, the help search.
  'positions', 'tokens', 'headings', 'unworded', 'said', 'same', 'across', 'score',
  // Props of the guide UI's components.
  'strings', 'guideName', 'idPrefix', 'celebrating', 'onToggle', 'onDismiss', 'onStart', 'onNext', 'onBack', 'onClose',
  // The UI strings.
  'gotIt', 'tasksDone', 'helpTitle', 'closeHelp', 'minimise', 'noGuides', 'noMatch', 'allDone', 'help', 'contact', 'dismiss',
  'counter',
  // Methods of the internal handles (controllers, queue, trackers) that share a name with the DOM.
  'stop', 'refresh', 'load', 'evaluate', 'enqueue', 'pending', 'attribute', 'sync', 'adopt',
  // ... and of the UI root and the help launcher.
  'ui', 'container', 'close', 'update', 'config', 'log',
  // What core hands the SDK: a chosen guide and step, a transition, a locator result.
  'guide', 'step', 'memory', 'transition', 'changed', 'found', 'element',
  // core's tooltip placement.
  'alignment', 'arrowPadding', 'along', 'floating', 'reference', 'edge', 'rtl',
  // The event queue's storage and tab ownership.
  'journal', 'del', 'owned', 'claim', 'release', 'reportDrops', 'leave', 'resume', 'hold',
  // The stored state read in one transaction; a guide started from the cached guides.
  'getMany', 'cached',
  // The step's keyboard and screen-reader announcements.
  'announce', 'stepShown', 'canGoBack',
];

/**
 * Each listed name gets a fixed short name, the same in every build: the script-tag loader and its
 * UI bundle are minified apart and hand objects to each other (terser's name cache, given in full,
 * so no build picks its own). A `$` prefix keeps them clear of every real property name.
 */
const SHORT_NAMES = {
  props: { props: Object.fromEntries(INTERNAL_PROPERTIES.map((name, i) => [`$${name}`, `$${shortName(i)}`])) },
};

function shortName(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return i < letters.length ? letters[i]! : letters[Math.floor(i / letters.length) - 1]! + letters[i % letters.length]!;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const UI_FILE = /^shirube-ui\.[0-9a-f]{12}\.js$/;

/**
 * The UI bundle's file name carries a hash of its content, so the loader that names it (and is
 * cached for minutes) never meets another build's UI; the server caches hashed files for a year.
 * Earlier builds' UI files are removed.
 */
const hashUiFile: Plugin = {
  name: 'shirube:hash-ui-file',
  generateBundle(_options, bundle) {
    const chunk = bundle['shirube-ui.js'];
    if (chunk?.type !== 'chunk') return;
    chunk.fileName = `shirube-ui.${createHash('sha256').update(chunk.code).digest('hex').slice(0, 12)}.js`;
  },
  writeBundle(_options, bundle) {
    const written = new Set(Object.values(bundle).map((file) => file.fileName));
    for (const old of readdirSync(dist)) if (UI_FILE.test(old) && !written.has(old)) rmSync(join(dist, old));
  },
};

/**
 * Vite keeps `/* @__PURE__ *\/` annotations in a library's ESM output for the consumer's bundler,
 * but terser prints some where Rollup cannot read them, and every app that bundles the SDK would
 * warn about it. The esm build is minified and has nothing left for a consumer to drop.
 */
const dropPureAnnotations: Plugin = {
  name: 'shirube:drop-pure-annotations',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replaceAll('/* @__PURE__ */', '');
  },
};

/** The script-tag build loads the UI bundle with a script element (src/ui-loader.script.ts) instead of `import()`. */
const scriptTagUiLoader: Plugin = {
  name: 'shirube:script-tag-ui-loader',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === './ui-loader.js' && importer?.endsWith('/src/runtime.ts') ? join(here, 'src/ui-loader.script.ts') : null;
  },
};

/** The file name of the UI bundle `vite build --mode ui` wrote. */
function builtUiFile(): string {
  const found = readdirSync(dist).filter((name) => UI_FILE.test(name));
  if (found.length !== 1) throw new Error(`dist/ needs exactly one shirube-ui.<hash>.js (found ${found.length}): run vite build --mode ui first`);
  return found[0]!;
}

/**
 * Library builds. Default: the script-tag IIFE, `dist/shirube.js`, what every page view downloads;
 * it needs `--mode ui` built first: `dist/shirube-ui.<hash>.js`, the guide UI, which the loader adds
 * the first time something is shown (decision 0015). `--mode esm`: `dist/esm/index.js` for
 * bundlers, with the guide UI as a chunk it imports when needed. `--mode locator`:
 * `dist/locator.js`, the element locator alone as `window.ShirubeLocator`, which the targeting
 * benchmark and browser tests inject into pages. `--mode builder`: `dist/builder.js`, the in-app
 * builder, which the script-tag SDK loads only for a builder link (src/builder-link.ts); it defines
 * no global. Only the esm build empties its own folder.
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  const locator = mode === 'locator';
  const builder = mode === 'builder';
  const ui = mode === 'ui';
  const scriptTag = !esm && !locator && !builder && !ui;
  // The loader and its UI bundle shorten names alike; other builds are whole on their own.
  const shortened = scriptTag || ui;
  return {
    plugins: [noMarkupParsing, minifyCss, ...(scriptTag ? [scriptTagUiLoader] : []), ...(ui ? [hashUiFile] : []), ...(esm ? [dropPureAnnotations] : [])],
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      ...(scriptTag && { __SHIRUBE_UI_FILE__: JSON.stringify(builtUiFile()) }),
    },
    esbuild: { ...JSX_OPTIONS, legalComments: 'none' },
    build: {
      target: 'es2020',
      outDir: esm ? 'dist/esm' : 'dist',
      emptyOutDir: esm,
      copyPublicDir: false,
      // Terser's extra compress passes take about 4% off the gzip size that end users download. Vite
      // turns on Safari 10 workarounds by default; the es2020 target excludes Safari 10 anyway.
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        safari10: false,
        compress: { passes: 3, pure_getters: true },
        mangle: shortened ? { properties: { builtins: true, regex: new RegExp(`^(${INTERNAL_PROPERTIES.join('|')})$`) } } : true,
        ...(shortened && { nameCache: structuredClone(SHORT_NAMES) }),
      },
      sourcemap: false,
      reportCompressedSize: false,
      lib: esm
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' }
        : locator
          ? { entry: 'src/locator/index.ts', name: 'ShirubeLocator', formats: ['iife'], fileName: () => 'locator.js' }
          : builder
            ? { entry: 'src/builder/index.ts', name: 'ShirubeBuilder', formats: ['iife'], fileName: () => 'builder.js' }
            : ui
              ? { entry: 'src/ui/script-entry.ts', name: 'ShirubeUi', formats: ['iife'], fileName: () => 'shirube-ui.js' }
              : { entry: 'src/script-tag.ts', name: 'ShirubeLoader', formats: ['iife'], fileName: () => 'shirube.js' },
      rollupOptions: esm ? {} : { output: { extend: true } },
    },
  };
});
