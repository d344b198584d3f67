import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// A/B holdouts (docs/decisions/0009), maintained at ingest:
// - split_members: who was assigned to which side of a guide's holdout, when, and when they first
//   reached the goal event after that;
// - split_rejections: assignments ignored because the side a client reported is not the one the
//   server computes (a tampered or broken client), per guide;
// - track_event_names: the track names a project has sent, offered as goals;
// - a partial index on track events by user and time, so a goal that arrived before its
//   assignment is found without scanning the project's events.

const withoutRowid = (db: Kysely<any>) => (db.getExecutor().adapter instanceof SqliteAdapter ? sql`without rowid` : sql``);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('split_members')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('side', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('goal_event', 'text', (col) => col.notNull())
    .addColumn('assigned_at', 'bigint', (col) => col.notNull())
    .addColumn('converted_at', 'bigint')
    .addPrimaryKeyConstraint('split_members_pk', ['project_id', 'guide_id', 'user_key'])
    .modifyEnd(withoutRowid(db))
    .execute();
  // A track event finds the memberships it may convert.
  await db.schema.createIndex('split_members_goal').on('split_members').columns(['project_id', 'user_key', 'goal_event']).execute();

  await db.schema
    .createTable('split_rejections')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('rejected', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_rejected_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('split_rejections_pk', ['project_id', 'guide_id'])
    .execute();

  await db.schema
    .createTable('track_event_names')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('track_event_names_pk', ['project_id', 'name'])
    .modifyEnd(withoutRowid(db))
    .execute();
  // Earlier versions ran on SQLite only: a PostgreSQL database has no events to backfill from yet.
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sql`insert into track_event_names (project_id, name, last_seen_at)
    select project_id, json_extract(data, '$.name'), max(server_ts) from events where type = 'track' and json_extract(data, '$.name') is not null
    group by project_id, json_extract(data, '$.name')`.execute(db);

  await sql`create index events_track_by_user on events (project_id, user_key, server_ts) where type = 'track'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index events_track_by_user`.execute(db);
  await db.schema.dropTable('track_event_names').execute();
  await db.schema.dropTable('split_rejections').execute();
  await db.schema.dropTable('split_members').execute();
}
