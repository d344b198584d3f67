import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Per-user first-time rows make counts exact distinct users; the *_stats counters are what
// funnels read, so a read never scans raw events (docs/decisions/0001).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('guide_user_steps')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('step_index', 'integer', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('step_id', 'text', (col) => col.notNull())
    .addColumn('viewed_at', 'bigint')
    .addColumn('completed_at', 'bigint')
    .addColumn('dismissed_at', 'bigint')
    .addColumn('missing_at', 'bigint')
    .addColumn('missing_reason', 'text')
    .addPrimaryKeyConstraint('guide_user_steps_pk', ['project_id', 'guide_id', 'version', 'step_index', 'user_key'])
    .execute();

  await db.schema
    .createTable('guide_users')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('started_at', 'bigint')
    .addColumn('completed_at', 'bigint')
    .addColumn('dismissed_at', 'bigint')
    .addPrimaryKeyConstraint('guide_users_pk', ['project_id', 'guide_id', 'version', 'user_key'])
    .execute();

  await db.schema
    .createTable('guide_step_stats')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('step_index', 'integer', (col) => col.notNull())
    .addColumn('step_id', 'text', (col) => col.notNull())
    .addColumn('viewed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('completed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('dismissed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('missing_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('guide_step_stats_pk', ['project_id', 'guide_id', 'version', 'step_index'])
    .execute();

  await db.schema
    .createTable('guide_stats')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('started_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('completed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('dismissed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('guide_stats_pk', ['project_id', 'guide_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['guide_stats', 'guide_step_stats', 'guide_users', 'guide_user_steps']) {
    await db.schema.dropTable(table).execute();
  }
}
