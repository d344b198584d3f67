import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Author columns hold user ids without a foreign key: removing a member must not rewrite or
// delete guide history; a missing user simply reads back as "unknown".

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('projects')
    .addColumn('allowed_origins', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .execute();
  await db.schema.alterTable('guides').addColumn('updated_by', 'text').execute();
  await db.schema.alterTable('guide_versions').addColumn('published_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('guide_versions').dropColumn('published_by').execute();
  await db.schema.alterTable('guides').dropColumn('updated_by').execute();
  await db.schema.alterTable('projects').dropColumn('allowed_origins').execute();
}
