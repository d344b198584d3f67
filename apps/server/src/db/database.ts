import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type MigrationResultSet,
  type SqliteDialectConfig,
} from 'kysely';
import { parseDatabaseUrl } from './database-url.js';
import { migrations } from './migrations/index.js';
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

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** How to open a PostgreSQL pool; SQLite ignores these. */
export interface PoolOptions {
  /** Connections at most (10 by default). */
  max?: number;
  /** Closes a connection idle this long (10 s by default); tests use less so finished files let go. */
  idleTimeoutMillis?: number;
}

/**
 * Opens the database a DATABASE_URL points at. SQLite: creates the file's folder, with WAL, busy
 * timeout, foreign keys and synchronous NORMAL in effect; throws when they cannot be. PostgreSQL:
 * a connection pool (connections open lazily, so a bad URL fails at the first query).
 */
export function openDatabase(url: string, pool: PoolOptions = {}): Database {
  const location = parseDatabaseUrl(url);
  if (location.dialect === 'postgres') return openPostgres(location.url, pool);
  if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
  const sqlite = new SQLite(location.file, { timeout: BUSY_TIMEOUT_MS });
  configureSqlite(sqlite);
  return new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) });
}

/**
 * bigint columns hold epoch milliseconds and counters, far inside Number's exact range; `pg` would
 * return them (and count(*), sum()) as strings, which the app's numeric types do not expect.
 */
const NUMERIC_TYPES: Record<number, (value: string) => number> = { 20: Number, 1700: Number };

function openPostgres(url: string, options: PoolOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        NUMERIC_TYPES[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** Applies every pending migration; throws (naming the failing migration) when one fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
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
