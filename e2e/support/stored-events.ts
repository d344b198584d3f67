import { openDatabase, type Database } from '@shirube/server';

/** What the server stored of one user's run through a guide. */
export interface StoredGuideEvents {
  /** Rows per event type. */
  byType: Record<string, number>;
  /** The step ids of the step_completed rows, in step order (a step completed twice appears twice). */
  completedSteps: string[];
  /** Event ids stored more than once in the whole table. */
  duplicateIds: number;
}

/**
 * Opens a stack's database (a SQLite file, or a postgres:// URL under `pnpm test:postgres`) through
 * the server's own `openDatabase` for one query while the server keeps running.
 */
async function query<T>(databaseUrl: string, read: (db: Database) => Promise<T>): Promise<T> {
  const db = openDatabase(databaseUrl, { max: 1 });
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
}

/** The names of the `track` events stored for a user, one per stored row. */
export function storedTrackNames(databaseUrl: string, userId: string): Promise<string[]> {
  return query(databaseUrl, async (db) => {
    const rows = await db.selectFrom('events').select('data').where('type', '=', 'track').where('user_key', '=', userId).execute();
    return rows.map((row) => (JSON.parse(row.data!) as { name: string }).name);
  });
}

/** The `identify` events stored for a user: the account id and the traits each carried. */
export function storedIdentifies(databaseUrl: string, userId: string): Promise<Array<{ accountId: string | null; traits?: unknown; accountTraits?: unknown }>> {
  return query(databaseUrl, async (db) => {
    const rows = await db.selectFrom('events').select(['data', 'account_id']).where('type', '=', 'identify').where('user_key', '=', userId).execute();
    return rows.map((row) => ({ accountId: row.account_id, ...(JSON.parse(row.data!) as { traits?: unknown; accountTraits?: unknown }) }));
  });
}

/** Reads the raw `events` table of a stack's database while the server runs. */
export function storedGuideEvents(databaseUrl: string, guideId: string, userId: string): Promise<StoredGuideEvents> {
  return query(databaseUrl, async (db) => {
    const ofRun = db.selectFrom('events').where('guide_id', '=', guideId).where('user_key', '=', userId);
    const rows = await ofRun.select(['type', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('type').execute();
    const completed = await ofRun.select('step_id').where('type', '=', 'step_completed').orderBy('step_index').execute();
    const duplicates = await db.selectFrom('events').select('id').groupBy(['project_id', 'id']).having((eb) => eb(eb.fn.countAll(), '>', 1)).execute();
    return {
      byType: Object.fromEntries(rows.map((row) => [row.type, Number(row.n)])),
      completedSteps: completed.map((row) => row.step_id!),
      duplicateIds: duplicates.length,
    };
  });
}
