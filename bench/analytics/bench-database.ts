import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';

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
