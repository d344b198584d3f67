// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaderSnippet } from '../src/snippet/index.js';

/**
 * The examples build the way a customer's app does: Vite resolves `@shirube/sdk` through the
 * package's `exports` to the built ESM and its types (dist/esm, dist/index.d.ts), never to source.
 */
const here = dirname(fileURLToPath(import.meta.url));
const sdk = join(here, '..');
const out = mkdtempSync(join(tmpdir(), 'shirube-examples-'));

/** Each example's built files: name → text. */
async function buildExample(name: string): Promise<Map<string, string>> {
  const root = join(here, name);
  const outDir = join(out, name);
  const config = join(root, 'vite.config.ts');
  await build({ root, configFile: existsSync(config) ? config : false, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const files = new Map<string, string>();
  const walk = (dir: string, prefix = ''): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.set(prefix + entry.name, readFileSync(join(dir, entry.name), 'utf8'));
    }
  };
  walk(outDir);
  return files;
}

const scripts = (files: Map<string, string>) => [...files].filter(([name]) => name.endsWith('.js')).map(([, text]) => text);

beforeAll(() => {
  // `pnpm build` makes these; a bare `vitest run` on a fresh clone makes them here.
  if (!existsSync(join(sdk, 'dist/esm/index.js'))) execFileSync('npx', ['vite', 'build', '--mode', 'esm'], { cwd: sdk, stdio: 'ignore' });
  if (!existsSync(join(sdk, 'dist/index.d.ts'))) execFileSync('npx', ['tsx', 'scripts/types.ts'], { cwd: sdk, stdio: 'ignore' });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('SDK examples', () => {
  for (const [name, entry] of [['react', 'src/app.tsx'], ['vue', 'src/App.vue']] as const) {
    it(`builds the ${name} app with the SDK from the package, its guide UI as a lazy chunk`, async () => {
      const js = scripts(await buildExample(name));
      const main = js.find((text) => text.includes('expense_submitted'));
      expect(main, `${entry}'s code in the bundle`).toBeDefined();
      // The SDK's code (its event endpoint and its guard message), and the key and server from .env.
      expect(main).toContain('/sdk/v1/events');
      expect(main).toContain('call Shirube.init first');
      expect(main).toContain('pk_your_public_key');
      expect(main).toContain('http://127.0.0.1:8787');
      // The guide UI stays out of the first download, a chunk of its own.
      const ui = js.filter((text) => text.includes('shirube-checklist'));
      expect(ui).toHaveLength(1);
      expect(ui[0]).not.toContain('expense_submitted');
    }, 60_000);
  }

  it('builds the plain page with the loader snippet as the console shows it, filled from .env', async () => {
    const files = await buildExample('plain');
    const html = files.get('index.html')!;
    expect(html).toContain(loaderSnippet({ sdkUrl: 'http://127.0.0.1:8787/sdk/shirube.js', projectKey: 'pk_your_public_key' }));
    const js = scripts(files).join('\n');
    expect(js).toContain('Shirube.identify(');
    expect(js).toContain('expense_submitted');
    // The page bundles none of the SDK: the snippet loads it.
    expect(js).not.toContain('/sdk/v1/events');
  }, 60_000);

  it('packs only the built package: ES modules, their types, the README', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: sdk, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((file) => file.path).sort();
    expect(files.filter((path) => !/^dist\/esm\/[\w-]+\.js$/.test(path))).toEqual(['README.md', 'dist/index.d.ts', 'package.json']);
    // What `exports` names is in the package.
    const manifest = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8')) as { exports: { '.': { types: string; import: string } } };
    expect(files).toContain(manifest.exports['.'].import.replace(/^\.\//, ''));
    expect(files).toContain(manifest.exports['.'].types.replace(/^\.\//, ''));
  });

  it("type-checks the examples' use of the SDK against the package's own types", () => {
    const types = readFileSync(join(sdk, 'dist/index.d.ts'), 'utf8');
    expect(types).not.toMatch(/^import /m);
    const roots = ['react/src/app.tsx', 'react/src/main.tsx', 'react/src/shirube.tsx', 'react/src/env.d.ts', 'vue/src/use-shirube.ts', 'vue/src/env.d.ts'].map((file) => join(here, file));
    const program = ts.createProgram(roots, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const sdkTypes = program.getSourceFiles().filter((file) => file.fileName.includes('/packages/sdk/') && !file.fileName.includes('/examples/'));
    expect(sdkTypes.map((file) => file.fileName.slice(sdk.length))).toEqual(['/dist/index.d.ts']);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  }, 60_000);
});
