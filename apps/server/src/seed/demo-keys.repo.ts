import type { Database } from '../db/database.js';

/** The sample project's saved secret key, or null when none was saved. */
export async function findDemoSecret(db: Database, projectId: string): Promise<string | null> {
  const row = await db.selectFrom('demo_keys').select('secret_key').where('project_id', '=', projectId).executeTakeFirst();
  return row?.secret_key ?? null;
}

/**
 * Saves the sample project's secret key in clear so later starts, on any server process, print
 * it again. Only for the sample project: whoever reads the database could rotate it anyway.
 */
export async function saveDemoSecret(db: Database, projectId: string, secretKey: string): Promise<void> {
  await db
    .insertInto('demo_keys')
    .values({ project_id: projectId, secret_key: secretKey })
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ secret_key: secretKey }))
    .execute();
}
