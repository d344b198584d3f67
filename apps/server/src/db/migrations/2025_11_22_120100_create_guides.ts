import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('guides')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('draft', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('deleted_at', 'bigint')
    .addCheckConstraint('guides_status_check', sql`status in ('draft', 'published', 'archived')`)
    .execute();
  await db.schema.createIndex('guides_project_created_idx').on('guides').columns(['project_id', 'created_at']).execute();

  await db.schema
    .createTable('guide_versions')
    .addColumn('guide_id', 'text', (col) => col.notNull().references('guides.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addColumn('published_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('guide_versions_pk', ['guide_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('guide_versions').execute();
  await db.schema.dropTable('guides').execute();
}
