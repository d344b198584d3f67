import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// The help launcher: one settings row per project that has set it up (no row: off), and the
// searches end users ran in it, maintained at ingest (docs/decisions/0007). Searches are kept
// per normalised query, epoch hour and user, so any date range in any time zone (to the hour)
// can count searches and distinct users without reading raw events.

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('help_launchers')
    .addColumn('project_id', 'text', (col) => col.primaryKey())
    .addColumn('enabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('button_label', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('panel_title', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contact_href', 'text')
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('help_search_stats')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('query_key', 'text', (col) => col.notNull())
    .addColumn('hour', 'integer', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    /** The query as last typed (trimmed), to show; `query_key` is its normalised form. */
    .addColumn('query', 'text', (col) => col.notNull())
    .addColumn('searches', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('picked', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('empty_searches', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_at', 'bigint', (col) => col.notNull())
    .addColumn('last_empty_at', 'bigint')
    .addPrimaryKeyConstraint('help_search_stats_pk', ['project_id', 'hour', 'query_key', 'user_key'])
    .$call((builder) => (sqlite ? builder.modifyEnd(sql`without rowid`) : builder))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('help_search_stats').execute();
  await db.schema.dropTable('help_launchers').execute();
}
