import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Tables behind the analytics pages, all maintained at ingest (docs/decisions/0007):
// - who the end users and their accounts are (traits, locale, first and last seen);
// - per guide version: first-time counts per hour (trends), time-on-step histograms, users per
//   missing-target reason;
// - per user and guide across versions, and per user across onboarding guides, so accounts'
//   onboarding completion is a counter read.
// Existing rows are backfilled from the per-user tables and raw events.
// On SQLite, analytics tables are WITHOUT ROWID: clustered by their primary key, so reading one guide
// version's rows is a contiguous range read rather than a lookup per row, and a write updates one
// B-tree instead of two. The older analytics tables are rebuilt that way too.

const MISSING_BITS = { not_found: 1, not_visible: 2, ambiguous: 4 } as const;
const HOUR = 3_600_000;
/** Eight buckets per doubling: a bucket's middle is within ±4.4% of any duration in it. */
const BUCKETS_PER_DOUBLING = 8;

/** SQLite only: `WITHOUT ROWID` after the table definition. */
const clustered =
  (db: Kysely<any>) =>
  <T extends string, C extends string>(builder: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> =>
    db.getExecutor().adapter instanceof SqliteAdapter ? builder.modifyEnd(sql`without rowid`) : builder;

/** Rebuilds an existing SQLite table as WITHOUT ROWID, keeping its definition and rows. */
async function clusterExisting(db: Kysely<any>, table: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const definition = rows[0]!.sql.replace(/^create table\s+("?)[a-z_]+\1/i, `create table "${table}_clustered"`);
  await sql.raw(`${definition} without rowid`).execute(db);
  await sql.raw(`insert into "${table}_clustered" select * from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${table}_clustered" rename to "${table}"`).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  const withoutRowid = clustered(db);
  await db.schema.alterTable('guides').addColumn('onboarding', 'integer', (col) => col.notNull().defaultTo(0)).execute();

  // Missing targets by reason: a bit per reason a user met, and a counter per reason.
  await db.schema.alterTable('guide_user_steps').addColumn('missing_reasons', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  for (const reason of Object.keys(MISSING_BITS)) {
    await db.schema.alterTable('guide_step_stats').addColumn(`missing_${reason}`, 'integer', (col) => col.notNull().defaultTo(0)).execute();
  }

  await db.schema
    .createTable('guide_step_durations')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('step_index', 'integer', (col) => col.notNull())
    .addColumn('bucket', 'integer', (col) => col.notNull())
    .addColumn('users', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('guide_step_durations_pk', ['project_id', 'guide_id', 'version', 'step_index', 'bucket'])
    .$call(withoutRowid)
    .execute();

  await db.schema
    .createTable('guide_hourly_stats')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('hour', 'integer', (col) => col.notNull())
    .addColumn('started_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('completed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('dismissed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('guide_hourly_stats_pk', ['project_id', 'guide_id', 'version', 'hour'])
    .$call(withoutRowid)
    .execute();

  await db.schema
    .createTable('end_users')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('account_id', 'text')
    .addColumn('locale', 'text')
    .addColumn('language', 'text')
    .addColumn('traits', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('first_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('end_users_pk', ['project_id', 'user_key'])
    .$call(withoutRowid)
    .execute();
  await db.schema.createIndex('end_users_account').on('end_users').columns(['project_id', 'account_id']).execute();

  await db.schema
    .createTable('accounts')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('account_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text')
    .addColumn('traits', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('first_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('onboarding_started_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('onboarding_completed_users', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('accounts_pk', ['project_id', 'account_id'])
    .$call(withoutRowid)
    .execute();

  await db.schema
    .createTable('user_guides')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('guide_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('started_at', 'bigint')
    .addColumn('completed_at', 'bigint')
    .addColumn('last_activity_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('user_guides_pk', ['project_id', 'guide_id', 'user_key'])
    .$call(withoutRowid)
    .execute();

  await db.schema
    .createTable('onboarding_users')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('user_key', 'text', (col) => col.notNull())
    .addColumn('account_id', 'text')
    .addColumn('started_guides', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('completed_guides', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('finished', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_activity_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('onboarding_users_pk', ['project_id', 'user_key'])
    .$call(withoutRowid)
    .execute();
  // Covers the stalled-users count: unfinished users grouped by account, filtered on last activity, without touching rows.
  await db.schema
    .createIndex('onboarding_users_stalled')
    .on('onboarding_users')
    .columns(['project_id', 'finished', 'account_id', 'last_activity_at', 'started_guides'])
    .execute();

  await db.schema
    .createTable('trait_values')
    .addColumn('project_id', 'text', (col) => col.notNull())
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('trait_values_pk', ['project_id', 'scope', 'key', 'value'])
    .$call(withoutRowid)
    .execute();

  for (const table of ['guide_users', 'guide_user_steps', 'guide_stats', 'guide_step_stats']) await clusterExisting(db, table);
  // Earlier versions ran on SQLite only: a PostgreSQL database is always new here, with nothing to backfill.
  if (db.getExecutor().adapter instanceof SqliteAdapter) await backfill(db);
}

/** Fills the new tables from what earlier versions stored (a no-op on a new database). SQLite SQL. */
async function backfill(db: Kysely<any>): Promise<void> {
  const bits = sql.raw(
    `case missing_reason ${Object.entries(MISSING_BITS)
      .map(([reason, bit]) => `when '${reason}' then ${bit}`)
      .join(' ')} else 0 end`,
  );
  await sql`update guide_user_steps set missing_reasons = ${bits} where missing_at is not null`.execute(db);
  for (const [reason, bit] of Object.entries(MISSING_BITS)) {
    await sql`
      update guide_step_stats set ${sql.raw(`missing_${reason}`)} = (
        select count(*) from guide_user_steps s
        where s.project_id = guide_step_stats.project_id and s.guide_id = guide_step_stats.guide_id
          and s.version = guide_step_stats.version and s.step_index = guide_step_stats.step_index
          and (s.missing_reasons & ${bit}) <> 0)`.execute(db);
  }

  await sql`
    insert into guide_step_durations (project_id, guide_id, version, step_index, bucket, users)
    select project_id, guide_id, version, step_index,
           cast(floor(log2(max(completed_at - viewed_at, 1)) * ${sql.lit(BUCKETS_PER_DOUBLING)}) as integer) as b, count(*)
    from guide_user_steps where viewed_at is not null and completed_at is not null and completed_at >= viewed_at
    group by project_id, guide_id, version, step_index, b`.execute(db);

  for (const column of ['started', 'completed', 'dismissed']) {
    await sql`
      insert into guide_hourly_stats (project_id, guide_id, version, hour, ${sql.raw(`${column}_users`)})
      select project_id, guide_id, version, ${sql.raw(`${column}_at`)} / ${sql.lit(HOUR)} as h, count(*)
      from guide_users where ${sql.raw(`${column}_at`)} is not null
      group by project_id, guide_id, version, h
      on conflict (project_id, guide_id, version, hour) do update set ${sql.raw(`${column}_users`)} = excluded.${sql.raw(`${column}_users`)}`.execute(db);
  }

  await sql`
    insert into user_guides (project_id, guide_id, user_key, started_at, completed_at, last_activity_at)
    select project_id, guide_id, user_key, min(started_at), min(completed_at),
           max(coalesce(completed_at, 0), coalesce(dismissed_at, 0), coalesce(started_at, 0))
    from guide_users group by project_id, guide_id, user_key`.execute(db);

  await sql`
    insert into end_users (project_id, user_key, account_id, first_seen_at, last_seen_at)
    select project_id, user_key,
           (select e2.account_id from events e2 where e2.project_id = e.project_id and e2.user_key = e.user_key
              and e2.account_id is not null order by e2.server_ts desc limit 1),
           min(server_ts), max(server_ts)
    from events e group by project_id, user_key`.execute(db);
  await sql`
    insert into accounts (project_id, account_id, first_seen_at, last_seen_at, users)
    select project_id, account_id, min(first_seen_at), max(last_seen_at), count(*)
    from end_users where account_id is not null group by project_id, account_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['trait_values', 'onboarding_users', 'user_guides', 'accounts', 'end_users', 'guide_hourly_stats', 'guide_step_durations']) {
    await db.schema.dropTable(table).execute();
  }
  for (const reason of Object.keys(MISSING_BITS)) await db.schema.alterTable('guide_step_stats').dropColumn(`missing_${reason}`).execute();
  await db.schema.alterTable('guide_user_steps').dropColumn('missing_reasons').execute();
  await db.schema.alterTable('guides').dropColumn('onboarding').execute();
}
