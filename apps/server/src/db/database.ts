import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type MigrationResultSet,
} from 'kysely';
import { parseDatabaseUrl } from './database-url.js';
import { withDriver } from './dialect-with-driver.js';
import { migrations } from './migrations/index.js';
import { openPostgres, SixtyFourBitIntegers, type PoolOptions } from './postgres.js';
import { isPostgres } from './sql-functions.js';
import { BUSY_TIMEOUT_MS, configureSqlite } from './sqlite-settings.js';
import { cachingStatements } from './statement-cache.js';
import type { DB } from './schema.js';

/** The app's database handle. Repositories take it (or a transaction of it) as first argument. */
export type Database = Kysely<DB>;

/**
 * Kysely's SQLite driver opens transactions with a plain (deferred) `BEGIN`. A deferred
 * transaction that reads first and writes later fails with SQLITE_BUSY at the upgrade whatever the
 * busy_timeout when another process (the CLI, a second server) holds the write lock. Every
 * transaction in this app writes, so each one takes the write lock up front with BEGIN IMMEDIATE
 * and waits for it under busy_timeout instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Opens the database a DATABASE_URL points at. SQLite: creates the file's folder, with WAL, busy
 * timeout, foreign keys and synchronous NORMAL in effect; throws when they cannot be. PostgreSQL:
 * a connection pool sized by `pool` (connections open lazily, so a bad URL fails at the first query).
 */
export function openDatabase(url: string, pool: PoolOptions = {}): Database {
  const location = parseDatabaseUrl(url);
  if (location.dialect === 'postgres') return openPostgres(location.url, pool);
  if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
  const sqlite = new SQLite(location.file, { timeout: BUSY_TIMEOUT_MS });
  configureSqlite(sqlite);
  const config = { database: cachingStatements(sqlite) };
  return new Kysely<DB>({ dialect: withDriver(new SqliteDialect(config), new ImmediateSqliteDriver(config)) });
}

/** Applies every pending migration; throws (naming the failing migration) when one fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: isPostgres(db) ? db.withPlugin(new SixtyFourBitIntegers()) : db,
    provider: { getMigrations: async () => migrations },
    // Branches merged in any order add migrations named before ones a database already ran; each
    // migration stands alone (new tables and columns), so a late one is simply applied.
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    // No failed migration: the database could not even be reached or read (a refused connection).
    throw new Error(failed ? `Migration ${failed.migrationName} failed: ${cause}` : `Could not migrate the database: ${cause}`, { cause: result.error });
  }
  return result;
}

/**
 * Runs `work` in a transaction: `db`'s own when it already is one (so a caller can add its own
 * writes, such as an audit entry, to the same commit), else a new one.
 */
export function inTransaction<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
