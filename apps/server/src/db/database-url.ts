import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a DATABASE_URL points: a SQLite file (or memory), or a PostgreSQL server's connection URL. */
export type DatabaseLocation = { dialect: 'sqlite'; file: string | ':memory:' } | { dialect: 'postgres'; url: string };

/**
 * Reads DATABASE_URL: a plain path (relative to the cwd), a `file:` URL or `:memory:` for SQLite;
 * a `postgres://` or `postgresql://` URL for PostgreSQL.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  const raw = url.trim();
  if (raw === '') throw new Error('DATABASE_URL is empty');
  if (raw === ':memory:' || raw === 'file::memory:') return { dialect: 'sqlite', file: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(raw)) return { dialect: 'postgres', url: raw };
  if (raw.startsWith('file://')) return { dialect: 'sqlite', file: fileURLToPath(raw.split('?')[0]!) };
  if (raw.startsWith('file:')) return { dialect: 'sqlite', file: absolute(raw.slice('file:'.length).split('?')[0]!) };
  // Anything else with a scheme (mysql://, http://) is a mistake, not a file name.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) throw new Error(`Unsupported DATABASE_URL scheme: ${raw.split(':')[0]}`);
  return { dialect: 'sqlite', file: absolute(raw) };
}

/** The SQLite file a DATABASE_URL names; throws, naming `purpose`, for a PostgreSQL URL. */
export function sqliteFileOf(url: string, purpose: string): string {
  const location = parseDatabaseUrl(url);
  if (location.dialect !== 'sqlite') throw new Error(`${purpose} works on a SQLite database only; for PostgreSQL use pg_dump and pg_restore.`);
  return location.file;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
