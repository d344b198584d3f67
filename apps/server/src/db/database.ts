import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  sql,
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
import { startWalCheckpointer } from './wal-checkpointer.js';
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

/** How to open a database: the PostgreSQL pool's size, and for a long-running writer on SQLite, background checkpoints. */
export interface OpenOptions extends PoolOptions {
  /**
   * SQLite file databases: checkpoint the WAL from a worker thread instead of inside the commits
   * of this connection (decision 0016). For the server, whose commits answer requests.
   */
  backgroundCheckpoints?: boolean;
}

/**
 * Opens the database a DATABASE_URL points at. SQLite: creates the file's folder, with WAL, busy
 * timeout, foreign keys and synchronous NORMAL in effect; throws when they cannot be. PostgreSQL:
 * a connection pool sized by `options` (connections open lazily, so a bad URL fails at the first query).
 */
export function openDatabase(url: string, { backgroundCheckpoints = false, ...pool }: OpenOptions = {}): Database {
  const location = parseDatabaseUrl(url);
  if (location.dialect === 'postgres') return openPostgres(location.url, pool);
  if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
  const sqlite = new SQLite(location.file, { timeout: BUSY_TIMEOUT_MS });
  configureSqlite(sqlite);
  // Truncating goes through Kysely, which runs it between this connection's transactions.
  const truncateLog = () => void sql`pragma wal_checkpoint(TRUNCATE)`.execute(db).catch(() => {});
  const checkpointer = backgroundCheckpoints && !sqlite.memory ? startWalCheckpointer(sqlite, truncateLog) : null;
  const statements = cachingStatements(sqlite);
  const config = {
    database: {
      prepare: statements.prepare,
      close() {
        checkpointer?.stop();
        statements.close();
      },
    },
  };
  const db = new Kysely<DB>({ dialect: withDriver(new SqliteDialect(config), new ImmediateSqliteDriver(config)) });
  return db;
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
