import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';
import { buildingLine, buildTables, builtLine, runPopulation, type BenchDatabase, type BuildTarget, type PrepareOptions } from './build-database.js';
import { createSqliteSink } from './row-sink.js';

/** Creates a SQLite file with the server's real schema, through the server's own migrations. */
export async function createMigratedFile(file: string): Promise<void> {
  const db = openDatabase(file);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

/**
 * A second, raw connection for bulk loading: a crash loses only a rebuildable file, so commits
 * skip fsync, and a large page cache keeps the growing indexes in memory.
 */
export function openForBulkWrite(file: string, cacheMiB: number): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma(`cache_size = -${cacheMiB * 1024}`);
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

/** Users per write transaction: large enough that commits cost nothing, small enough to report progress. */
const USERS_PER_TRANSACTION = 2_000;
const CACHE_MIB = 6_144;
const filesOf = (file: string) => [file, `${file}-wal`, `${file}-shm`];

/** A build target over a bulk-write connection: each slice of users in one transaction. */
export function sqliteTarget(sqlite: SQLite.Database, usersPerWrite = USERS_PER_TRANSACTION): BuildTarget {
  return { sink: createSqliteSink(sqlite), usersPerWrite, write: async (work) => sqlite.transaction(work)(), settle: async () => {} };
}

/**
 * Builds the benchmark's population into a new SQLite file with the server's schema. Builds into
 * `file.partial` and renames at the end, so an existing `file` is always complete.
 */
async function buildSqliteFile(file: string, options: PrepareOptions): Promise<void> {
  const started = Date.now();
  const population = runPopulation(options.events);
  options.log(buildingLine(file, population));
  const partial = `${file}.partial`;
  for (const leftover of filesOf(partial)) rmSync(leftover, { force: true });
  await createMigratedFile(partial);
  const sqlite = openForBulkWrite(partial, CACHE_MIB);
  const built = await buildTables(sqliteTarget(sqlite), population, options.log);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  renameSync(partial, file);
  options.log(builtLine(built, Date.now() - started, statSync(file).size));
}

/**
 * The SQLite database of a run: `location` or a file in the temp folder, built unless `reuse`
 * finds it there; deleted at the end unless `reuse`.
 */
export async function prepareSqlite(options: PrepareOptions): Promise<BenchDatabase> {
  const file = options.location ?? join(tmpdir(), `shirube-bench-analytics-${options.events}.db`);
  if (options.reuse && existsSync(file)) options.log(`Reusing ${file} (${(statSync(file).size / 2 ** 30).toFixed(2)} GiB)`);
  else await buildSqliteFile(file, options);
  const raw = new SQLite(file, { readonly: true });
  return {
    url: file,
    rawQuery: async (sql, params) => raw.prepare(sql).all(...params),
    async close() {
      raw.close();
      if (!options.reuse) for (const f of filesOf(file)) rmSync(f, { force: true });
    },
  };
}
