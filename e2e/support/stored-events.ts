import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server's own SQLite driver (the e2e package does not depend on it directly). */
const requireFromServer = createRequire(resolve(dirname(fileURLToPath(import.meta.url)), '../../apps/server/package.json'));

interface ReadonlyDatabase {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  close(): void;
}
type DatabaseConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => ReadonlyDatabase;

/** What the server stored of one user's run through a guide. */
export interface StoredGuideEvents {
  /** Rows per event type. */
  byType: Record<string, number>;
  /** The step ids of the step_completed rows, in step order (a step completed twice appears twice). */
  completedSteps: string[];
  /** Event ids stored more than once in the whole table. */
  duplicateIds: number;
}

/** Opens a stack's database read-only (the server keeps running) for one query. */
function query<T>(databasePath: string, read: (db: ReadonlyDatabase) => T): T {
  const Database = requireFromServer('better-sqlite3') as DatabaseConstructor;
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The names of the `track` events stored for a user, one per stored row. */
export function storedTrackNames(databasePath: string, userId: string): string[] {
  return query(databasePath, (db) =>
    (db.prepare("SELECT data FROM events WHERE type = 'track' AND user_key = ?").all(userId) as Array<{ data: string }>).map((row) => (JSON.parse(row.data) as { name: string }).name),
  );
}

/** Reads the raw `events` table of a stack's database, read-only, while the server runs. */
export function storedGuideEvents(databasePath: string, guideId: string, userId: string): StoredGuideEvents {
  return query(databasePath, (db) => {
    const rows = db.prepare('SELECT type, count(*) AS n FROM events WHERE guide_id = ? AND user_key = ? GROUP BY type').all(guideId, userId) as Array<{ type: string; n: number }>;
    const completed = db
      .prepare("SELECT step_id FROM events WHERE guide_id = ? AND user_key = ? AND type = 'step_completed' ORDER BY step_index")
      .all(guideId, userId) as Array<{ step_id: string }>;
    const duplicates = db.prepare('SELECT id FROM events GROUP BY project_id, id HAVING count(*) > 1').all();
    return {
      byType: Object.fromEntries(rows.map((row) => [row.type, row.n])),
      completedSteps: completed.map((row) => row.step_id),
      duplicateIds: duplicates.length,
    };
  });
}
