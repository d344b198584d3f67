import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// An append-only record of the changes that matter (publishes, deletions, key rotations, member
// and project-setting changes). Rows copy the actor's and object's names at the time, so they stay
// readable after the user or object is gone; no foreign keys, so no cascade can remove them.
// Triggers refuse UPDATE and DELETE: not even a bug or a hand-written query can rewrite history.

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('audit_log')
    // Insertion order: UUIDv7 ids of one millisecond are not ordered among themselves.
    .addColumn('seq', sqlite ? 'integer' : 'bigserial', (col) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey()))
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('project_id', 'text')
    .addColumn('actor_type', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('object_type', 'text', (col) => col.notNull())
    .addColumn('object_id', 'text')
    .addColumn('object_name', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('detail', 'text')
    .addCheckConstraint('audit_log_actor_type_check', sql`actor_type in ('user', 'key', 'system')`)
    .execute();
  await db.schema.createIndex('audit_log_project_idx').on('audit_log').columns(['project_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'seq']).execute();
  if (sqlite) {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    return;
  }
  await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  for (const [name, event] of [['audit_log_no_update', 'update'], ['audit_log_no_delete', 'delete']] as const) {
    await sql`create trigger ${sql.raw(name)} before ${sql.raw(event)} on audit_log for each row execute function audit_log_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) await sql`drop function audit_log_append_only()`.execute(db);
}
