import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen: a migration never imports app code.
// Checklist progress, maintained at ingest from `checklist_task_completed` and `checklist_state`
// events so a user's progress follows them to any device:
// - one row per user × checklist × task with when it was first completed;
// - one row per user × checklist with the widget's last state (minimised, expanded, dismissed,
//   completed) and when it changed, plus when they first touched it and when they finished it.
// Clustered by primary key on SQLite (WITHOUT ROWID), like the other analytics tables.

const clustered =
  (db: Kysely<any>) =>
  <T extends string, C extends string>(builder: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> =>
    db.getExecutor().adapter instanceof SqliteAdapter ? builder.modifyEnd(sql`without rowid`) : builder;

export async function up(db: Kysely<any>): Promise<void> {
  const withoutRowid = clustered(db);
  await db.schema
    .createTable('checklist_tasks_done')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('task_id', 'text', (col) => col.notNull())
    .addColumn('completed_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('checklist_tasks_done_pk', ['project_id', 'guide_id', 'user_key', 'task_id'])
    .$call(withoutRowid)
    .execute();
  // Reading one user's progress across checklists (the SDK route) is a range over this index.
  await db.schema.createIndex('checklist_tasks_done_user').on('checklist_tasks_done').columns(['project_id', 'user_key']).execute();

  await db.schema
    .createTable('checklist_users')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('state', 'text')
    .addColumn('state_at', 'bigint')
    .addColumn('completed_at', 'bigint')
    .addPrimaryKeyConstraint('checklist_users_pk', ['project_id', 'guide_id', 'user_key'])
    .$call(withoutRowid)
    .execute();
  await db.schema.createIndex('checklist_users_user').on('checklist_users').columns(['project_id', 'user_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('checklist_users').execute();
  await db.schema.dropTable('checklist_tasks_done').execute();
}
