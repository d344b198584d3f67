import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { loaderSnippet } from '../src/snippet/index.js';

/**
 * Prints the gzip size (level 9) of each bundle: `sdk: 9876 bytes gzip` for the script every page
 * view downloads, `sdk-ui` for the guide UI it adds the first time something is shown, `sdk-total`
 * for both (what a page view that shows a guide downloads), `sdk-esm` for the bundler build (all
 * its chunks) and `builder` for the in-app builder, which only authors download; then
 * `snippet: N bytes`, the loader snippet as pasted into a page (raw, not compressed: it is inline HTML).
 * Fails when the script or the snippet passes its budget (`--warn` only warns), or when a bundle can
 * parse markup or run strings as code (see `FORBIDDEN`).
 * `--why` also lists what each module adds to the script and to the UI (see `breakdown`).
 */
const BUDGET = 20_000;
const SNIPPET_BUDGET = 1_024;
const warnOnly = process.argv.includes('--warn');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const inDist = (pattern: RegExp, folder = dist) => {
  try {
    return readdirSync(folder).filter((name) => pattern.test(name)).map((name) => join(folder, name));
  } catch {
    return [];
  }
};
const uiFiles = inDist(/^shirube-ui\.[0-9a-f]+\.js$/);
const bundles: Array<{ name: string; files: string[]; budget?: number; required?: boolean }> = [
  { name: 'sdk', files: [join(dist, 'shirube.js')], budget: BUDGET, required: true },
  { name: 'sdk-ui', files: uiFiles, required: true },
  { name: 'sdk-total', files: [join(dist, 'shirube.js'), ...uiFiles] },
  { name: 'sdk-esm', files: inDist(/\.js$/, join(dist, 'esm')) },
  // The in-app builder: loaded only for authors, never by end users, so it has no budget.
  { name: 'builder', files: [join(dist, 'builder.js')] },
];

/** What no bundle may contain: markup parsing and code from strings (a strict CSP forbids the latter too). */
const FORBIDDEN = /innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write|\beval\(|new Function\b/g;

const gzip = (source: string | Buffer) => gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length;

/**
 * What each source module adds to the script-tag bundle, largest first, grouped by package folder.
 * Rebuilds the IIFE in memory; each module's rendered code is minified alone, so the figures are
 * close to (and sum to a little more than) its real share of the bundle, which gzip shares across modules.
 */
async function breakdown(mode: string): Promise<void> {
  const { build } = await import('vite');
  const { minify } = await import('terser');
  const output = await build({ root, mode, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false } });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: Array<{ type: string; modules?: Record<string, { code: string | null }> }> };
  const modules = chunk.output.find((o) => o.type === 'chunk')?.modules ?? {};
  const rows: Array<{ name: string; min: number; gz: number }> = [];
  for (const [id, { code }] of Object.entries(modules)) {
    if (!code) continue;
    // Wrapped in a function so its top-level names are mangled as in the bundle; `unused: false`
    // because the module's code refers to names that live in other modules.
    const min = (await minify(`(()=>{${code}})()`, { compress: { passes: 2, unused: false }, mangle: true })).code ?? '';
    const name = relative(join(root, '..', '..'), id.replace(/\?.*$/, '')).replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
    rows.push({ name, min: min.length, gz: gzip(min) });
  }
  const groups = new Map<string, { min: number; gz: number }>();
  for (const row of rows) {
    const group = row.name.replace(/\/[^/]+$/, '');
    const sum = groups.get(group) ?? { min: 0, gz: 0 };
    groups.set(group, { min: sum.min + row.min, gz: sum.gz + row.gz });
  }
  const print = (name: string, size: { min: number; gz: number }) => console.log(`  ${String(size.min).padStart(6)} min ${String(size.gz).padStart(6)} gz  ${name}`);
  console.log('by folder:');
  for (const [name, size] of [...groups].sort((a, b) => b[1].gz - a[1].gz)) print(name, size);
  console.log('by module:');
  for (const row of rows.sort((a, b) => b.gz - a.gz)) print(row.name, row);
}

let over = false;
let unsafe = false;
for (const bundle of bundles) {
  let sources: Buffer[];
  try {
    if (bundle.files.length === 0) throw new Error('no files');
    sources = bundle.files.map((file) => readFileSync(file));
  } catch {
    if (bundle.required) {
      console.error(`missing ${bundle.name} in ${dist}: run pnpm build first`);
      process.exit(1);
    }
    continue;
  }
  // Files are downloaded (and compressed) one by one.
  const size = sources.reduce((sum, source) => sum + gzip(source), 0);
  console.log(`${bundle.name}: ${size} bytes gzip`);
  const found = new Set(sources.flatMap((source) => source.toString('utf8').match(FORBIDDEN) ?? []));
  if (found.size > 0) {
    console.error(`${bundle.name} contains ${[...found].join(', ')}`);
    unsafe = true;
  }
  if (bundle.budget && size > bundle.budget) {
    console.error(`${bundle.name} is ${size - bundle.budget} bytes over its ${bundle.budget} byte budget`);
    over = true;
  }
}
// Measured with a realistic server address and a full-length key (`pk_` and 24 characters).
const snippet = Buffer.byteLength(loaderSnippet({ sdkUrl: 'https://guides.example.com/sdk/shirube.js', projectKey: 'pk_Ab3dEf6hIj9kLm2nOp5qRs8t' }));
console.log(`snippet: ${snippet} bytes`);
if (snippet > SNIPPET_BUDGET) {
  console.error(`snippet is ${snippet - SNIPPET_BUDGET} bytes over its ${SNIPPET_BUDGET} byte budget`);
  over = true;
}
if (process.argv.includes('--why')) {
  console.log('\nsdk (every page view)');
  await breakdown('production');
  console.log('\nsdk-ui (the first time something is shown)');
  await breakdown('ui');
}
process.exit(unsafe || (over && !warnOnly) ? 1 : 0);
