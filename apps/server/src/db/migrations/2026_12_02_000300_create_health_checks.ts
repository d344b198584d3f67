import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Guide health checks started from the console: one row per run, its report as JSON once done.
// The partial unique index lets a project have one running check at a time, on every database.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('health_checks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('base_url', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text')
    .addColumn('started_by', 'text')
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('finished_at', 'bigint')
    .addColumn('report', 'text')
    .addColumn('error', 'text')
    .addCheckConstraint('health_checks_status_check', sql`status in ('running', 'done', 'failed')`)
    .execute();
  await db.schema.createIndex('health_checks_project_idx').on('health_checks').columns(['project_id', 'started_at']).execute();
  await sql`create unique index health_checks_one_running on health_checks (project_id) where status = 'running'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('health_checks').execute();
}
