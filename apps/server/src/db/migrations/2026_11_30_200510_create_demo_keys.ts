import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// The sample project's secret key, so that `pnpm start` can print a working key on every start
// whichever database it runs on (only the key's hash is in `projects`). One row per sample project;
// a real project's secret key is never stored.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demo_keys')
    .addColumn('project_id', 'text', (col) => col.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('secret_key', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demo_keys').execute();
}
