import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// The pages allowed to use a project's public key, a JSON array of origin patterns; '[]' (any
// origin) keeps every existing project working as before.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('projects')
    .addColumn('sdk_origins', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('projects').dropColumn('sdk_origins').execute();
}
