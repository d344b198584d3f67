import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.

export async function up(db: Kysely<any>): Promise<void> {
  // The primary key (project_id, id) is the dedupe: a retried batch inserts nothing twice.
  // guide_id has no foreign key on purpose: events naming unknown guides are still kept raw.
  await db.schema
    .createTable('events')
    .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text')
    .addColumn('guide_version', 'integer')
    .addColumn('step_id', 'text')
    .addColumn('step_index', 'integer')
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('anonymous_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text')
    .addColumn('account_id', 'text')
    .addColumn('client_ts', 'bigint', (col) => col.notNull())
    .addColumn('server_ts', 'bigint', (col) => col.notNull())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('data', 'text')
    .addPrimaryKeyConstraint('events_pk', ['project_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('events').execute();
}
