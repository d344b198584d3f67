import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the server behaves the same whatever the cwd. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_FILE = resolve(REPO_ROOT, 'data/shirube.db');

/** Where `pnpm build` puts the SDK bundles that `/sdk/*.js` serves. */
export const DEFAULT_SDK_DIR = resolve(REPO_ROOT, 'packages/sdk/dist');

/** Where the console's Vite build lands; the server serves it at `/`. */
export const DEFAULT_CONSOLE_DIR = resolve(REPO_ROOT, 'apps/console/dist');
