import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SDK_DIR = fileURLToPath(new URL('../../packages/sdk/', import.meta.url));
const PAGE_ENTRY = fileURLToPath(new URL('./page/bench-page.ts', import.meta.url));

/** The locator bundle the benchmark measures: `window.ShirubeLocator`. */
export const LOCATOR_BUNDLE = fileURLToPath(new URL('../../packages/sdk/dist/locator.js', import.meta.url));

/** The scripts injected into every benchmark page, in order. */
export interface Scripts {
  locator: string;
  /** Where the locator bundle was read from. */
  locatorPath: string;
  page: string;
  /** When the locator bundle was built, for the report header. */
  locatorBuiltAt: Date;
}

/**
 * Builds `packages/sdk/dist/locator.js` with the SDK's own Vite config when it is missing or when
 * `rebuild` is set. Vite's output goes to stderr so stdout carries only the report.
 */
export function ensureLocatorBundle(rebuild: boolean): void {
  if (!rebuild && existsSync(LOCATOR_BUNDLE)) return;
  process.stderr.write(`bench: building ${LOCATOR_BUNDLE}\n`);
  const result = spawnSync('npx', ['vite', 'build', '--mode', 'locator'], {
    cwd: SDK_DIR,
    stdio: ['ignore', 2, 2],
    timeout: 180_000,
  });
  if (result.status !== 0 || !existsSync(LOCATOR_BUNDLE)) {
    throw new Error(`building the locator bundle failed (exit ${result.status ?? result.signal ?? result.error?.message})`);
  }
}

/** Bundles the in-page helper with @medv/finder into one IIFE. */
async function buildPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no page script');
  return output.text;
}

/** Which locator bundle to measure: the SDK's own (rebuilt on request) or a file given by path. */
export type LocatorSource = { kind: 'sdk'; rebuild: boolean } | { kind: 'file'; path: string };

/** Loads (building first where needed) both scripts the pages need. */
export async function loadScripts(source: LocatorSource): Promise<Scripts> {
  if (source.kind === 'sdk') ensureLocatorBundle(source.rebuild);
  const locatorPath = source.kind === 'sdk' ? LOCATOR_BUNDLE : source.path;
  return {
    locator: readFileSync(locatorPath, 'utf8'),
    locatorPath,
    page: await buildPageScript(),
    locatorBuiltAt: statSync(locatorPath).mtime,
  };
}
