import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared; queries built from the same code repeat their SQL text. */
const CACHE_SIZE = 500;

/**
 * A SQLite handle that prepares each distinct SQL text once. Kysely prepares every query anew, and
 * on ingest's many small statements preparing costs about as much as running. better-sqlite3 runs
 * statements synchronously, so one prepared statement can serve every later call with its text.
 */
export function cachingStatements(database: SqliteDatabase): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => {
      prepared.clear();
      database.close();
    },
    prepare(sql) {
      let statement = prepared.get(sql);
      if (statement) {
        // Most recently used last, so the oldest is evicted first.
        prepared.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (prepared.size >= CACHE_SIZE) prepared.delete(prepared.keys().next().value!);
      }
      prepared.set(sql, statement);
      return statement;
    },
  };
}
