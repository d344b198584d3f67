import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a DATABASE_URL points. Only SQLite exists today; PostgreSQL will add a variant here. */
export type DatabaseLocation = { dialect: 'sqlite'; file: string | ':memory:' };

/**
 * Reads DATABASE_URL: a plain path (relative to the cwd), a `file:` URL, or `:memory:`.
 * A `postgres://` URL fails with a clear message until PostgreSQL support lands.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  const raw = url.trim();
  if (raw === '') throw new Error('DATABASE_URL is empty');
  if (raw === ':memory:' || raw === 'file::memory:') return { dialect: 'sqlite', file: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    throw new Error('PostgreSQL support is not available yet: set DATABASE_URL to a SQLite file path (for example ./data/shirube.db).');
  }
  if (raw.startsWith('file://')) return { dialect: 'sqlite', file: fileURLToPath(raw.split('?')[0]!) };
  if (raw.startsWith('file:')) return { dialect: 'sqlite', file: absolute(raw.slice('file:'.length).split('?')[0]!) };
  // Anything else with a scheme (mysql://, http://) is a mistake, not a file name.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) throw new Error(`Unsupported DATABASE_URL scheme: ${raw.split(':')[0]}`);
  return { dialect: 'sqlite', file: absolute(raw) };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
