import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDatabaseUrl, sqliteFileOf } from './database-url.js';
import { migrateToLatest, openDatabase, type Database } from './database.js';
import { migrations } from './migrations/index.js';

const dirs: string[] = [];
const open: Database[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-db-'));
  dirs.push(dir);
  return dir;
}
function track(db: Database): Database {
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.destroy();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('create every table on an empty database, in a new folder, and run once', async () => {
    const file = join(tempDir(), 'nested', 'shirube.db');
    const db = track(openDatabase(file));
    const result = await migrateToLatest(db);
    expect(result.results?.map((r) => [r.migrationName, r.status])).toEqual(Object.keys(migrations).map((name) => [name, 'Success']));
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        ...['accounts', 'api_tokens', 'audit_log', 'builder_tokens', 'checklist_tasks_done', 'checklist_users', 'demo_keys', 'end_users', 'events', 'guide_hourly_stats', 'guide_stats', 'guide_step_durations'],
        ...['guide_step_stats', 'guide_user_steps', 'guide_users', 'guide_versions', 'guides', 'health_checks', 'help_launchers', 'help_search_stats', 'onboarding_users', 'projects', 'rate_buckets', 'segments'],
        ...['sessions', 'sign_in_failures'],
        ...['split_members', 'split_rejections', 'track_event_names', 'trait_values', 'user_guides', 'users', 'webhook_deliveries', 'webhook_endpoints'],
      ],
    );
    expect((await migrateToLatest(db)).results).toEqual([]);
  });

  it('apply a migration named before ones the database already ran (branches merged in any order)', async () => {
    const db = track(openDatabase(join(tempDir(), 'later.db')));
    const late = '2026_11_30_200500_create_rate_buckets';
    const without = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== late));
    await new Migrator({ db, provider: { getMigrations: async () => without } }).migrateToLatest();
    const result = await migrateToLatest(db);
    expect(result.results?.map((r) => [r.migrationName, r.status])).toEqual([[late, 'Success']]);
    expect((await db.introspection.getTables()).map((t) => t.name)).toContain('rate_buckets');
  });

  it('upgrade a database made before console accounts: existing projects allow no builder origins', async () => {
    const db = track(openDatabase(join(tempDir(), 'old.db')));
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2025_11_23'));
    await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    await db.insertInto('projects').values({ id: 'p1', name: 'Old', public_key: 'pk_old', secret_key_hash: 'h', created_at: 1 }).execute();
    await migrateToLatest(db);
    expect(await db.selectFrom('projects').select(['id', 'allowed_origins']).execute()).toEqual([{ id: 'p1', allowed_origins: '[]' }]);
  });

  it('upgrade a database made before people and rollups: existing analytics are kept, clustered and backfilled', async () => {
    const db = track(openDatabase(join(tempDir(), 'analytics.db')));
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026_11_30'));
    await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    const key = { project_id: 'p1', guide_id: 'g1', version: 1 };
    const at = Date.UTC(2026, 10, 1, 9, 30);
    await sql`insert into projects (id, name, public_key, secret_key_hash, created_at) values ('p1', 'Old', 'pk', 'h', 1)`.execute(db);
    await sql`insert into guide_users (project_id, guide_id, version, user_key, started_at, completed_at, dismissed_at) values ('p1', 'g1', 1, 'u1', ${at}, ${at + 60_000}, null)`.execute(db);
    await sql`insert into guide_user_steps (project_id, guide_id, version, step_index, user_key, step_id, viewed_at, completed_at, dismissed_at, missing_at, missing_reason)
      values ('p1', 'g1', 1, 0, 'u1', 's0', ${at}, ${at + 8_000}, null, ${at + 1_000}, 'ambiguous')`.execute(db);
    await sql`insert into guide_step_stats (project_id, guide_id, version, step_index, step_id, viewed_users, completed_users, dismissed_users, missing_users) values ('p1', 'g1', 1, 0, 's0', 1, 1, 0, 1)`.execute(db);
    await sql`insert into events (project_id, id, type, guide_id, guide_version, step_id, step_index, user_key, anonymous_id, user_id, account_id, client_ts, server_ts, received_at, path, data)
      values ('p1', 'e1', 'guide_started', 'g1', 1, null, null, 'u1', 'a1', 'u1', 'acme', ${at}, ${at}, ${at}, '/', null)`.execute(db);
    await migrateToLatest(db);

    const definitions = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'table'`.execute(db);
    for (const table of ['guide_users', 'guide_user_steps', 'guide_stats', 'guide_step_stats', 'guide_hourly_stats', 'end_users', 'onboarding_users']) {
      expect(definitions.rows.find((r) => r.name === table)?.sql, table).toMatch(/without rowid$/i);
    }
    expect(await db.selectFrom('guide_users').select(['user_key', 'completed_at']).execute()).toEqual([{ user_key: 'u1', completed_at: at + 60_000 }]);
    expect(await db.selectFrom('guide_user_steps').select('missing_reasons').execute()).toEqual([{ missing_reasons: 4 }]);
    expect(await db.selectFrom('guide_step_stats').select(['missing_ambiguous', 'missing_not_found']).execute()).toEqual([{ missing_ambiguous: 1, missing_not_found: 0 }]);
    expect(await db.selectFrom('guide_step_durations').select(['bucket', 'users']).where((eb) => eb.and(key)).execute()).toEqual([{ bucket: Math.floor(Math.log2(8_000) * 8), users: 1 }]);
    expect(await db.selectFrom('guide_hourly_stats').select(['hour', 'started_users', 'completed_users']).execute()).toEqual([{ hour: Math.floor(at / 3_600_000), started_users: 1, completed_users: 1 }]);
    expect(await db.selectFrom('user_guides').select(['user_key', 'started_at', 'completed_at']).execute()).toEqual([{ user_key: 'u1', started_at: at, completed_at: at + 60_000 }]);
    expect(await db.selectFrom('end_users').select(['user_key', 'account_id']).execute()).toEqual([{ user_key: 'u1', account_id: 'acme' }]);
    expect(await db.selectFrom('accounts').select(['account_id', 'users']).execute()).toEqual([{ account_id: 'acme', users: 1 }]);
  });

  it('upgrade a database made before A/B holdouts: the track names already sent are offered as goals', async () => {
    const db = track(openDatabase(join(tempDir(), 'split.db')));
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026_11_30_140300'));
    await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    await sql`insert into projects (id, name, public_key, secret_key_hash, created_at) values ('p1', 'Old', 'pk', 'h', 1)`.execute(db);
    for (const [id, name, at] of [['e1', 'report_submitted', 10], ['e2', 'report_submitted', 30], ['e3', 'csv_exported', 20]] as const) {
      await sql`insert into events (project_id, id, type, user_key, anonymous_id, client_ts, server_ts, received_at, path, data)
        values ('p1', ${id}, 'track', 'u1', 'a1', ${at}, ${at}, ${at}, '/', ${JSON.stringify({ name, props: {} })})`.execute(db);
    }
    await migrateToLatest(db);
    expect(await db.selectFrom('track_event_names').select(['name', 'last_seen_at']).orderBy('name').execute()).toEqual([
      { name: 'csv_exported', last_seen_at: 20 },
      { name: 'report_submitted', last_seen_at: 30 },
    ]);
  });

  it('are named YYYY_MM_DD_HHMMSS_verb_noun and listed in order', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z]+(_[a-z]+)+$/);
    expect([...names].sort()).toEqual(names);
  });

  it('report the failing migration', async () => {
    const db = track(openDatabase(':memory:'));
    await sql`create table projects (id text)`.execute(db);
    await expect(migrateToLatest(db)).rejects.toThrow(/2025_11_22_120000_create_projects failed/);
  });
});

describe('openDatabase', () => {
  it('sets WAL, busy timeout, foreign keys and synchronous NORMAL', async () => {
    const db = track(openDatabase(join(tempDir(), 'p.db')));
    const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('synchronous')).toBe(1);
  });

  it('takes the write lock when a transaction begins (BEGIN IMMEDIATE)', async () => {
    const file = join(tempDir(), 'lock.db');
    const db = track(openDatabase(file));
    await migrateToLatest(db);
    const other = new SQLite(file, { timeout: 0 });
    try {
      await db.transaction().execute(async (trx) => {
        // Only a read so far: a deferred BEGIN would not hold the write lock yet.
        await trx.selectFrom('projects').selectAll().execute();
        expect(() => other.prepare(`insert into projects (id, name, public_key, secret_key_hash, created_at) values ('x', 'n', 'pk', 'h', 0)`).run()).toThrow(/locked|busy/i);
      });
    } finally {
      other.close();
    }
  });

  it('enforces foreign keys', async () => {
    const db = track(openDatabase(':memory:'));
    await migrateToLatest(db);
    const guide = { id: 'g', project_id: 'missing', name: 'n', status: 'draft' as const, draft: '{}', version: 0, created_at: 0, updated_at: 0, deleted_at: null };
    await expect(db.insertInto('guides').values(guide).execute()).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe('parseDatabaseUrl', () => {
  it('accepts plain paths, file: URLs and :memory:', () => {
    expect(parseDatabaseUrl('/var/data/s.db')).toEqual({ dialect: 'sqlite', file: '/var/data/s.db' });
    expect(sqliteFileOf('data/s.db', 'test')).toBe(join(process.cwd(), 'data/s.db'));
    expect(sqliteFileOf('file:/var/data/s.db', 'test')).toBe('/var/data/s.db');
    expect(sqliteFileOf('file:./s.db', 'test')).toBe(join(process.cwd(), 's.db'));
    expect(sqliteFileOf(pathToFileURL('/var/data/s.db').href, 'test')).toBe('/var/data/s.db');
    expect(sqliteFileOf(':memory:', 'test')).toBe(':memory:');
  });

  it('reads postgres:// and postgresql:// URLs as PostgreSQL, and refuses other schemes', () => {
    expect(parseDatabaseUrl(' postgres://user@localhost/shirube ')).toEqual({ dialect: 'postgres', url: 'postgres://user@localhost/shirube' });
    expect(parseDatabaseUrl('postgresql://localhost:6543/shirube')).toEqual({ dialect: 'postgres', url: 'postgresql://localhost:6543/shirube' });
    expect(() => sqliteFileOf('postgres://localhost/shirube', 'backup')).toThrow(/backup works on a SQLite database only/);
    expect(() => parseDatabaseUrl('mysql://localhost/x')).toThrow(/Unsupported/);
    expect(() => parseDatabaseUrl('  ')).toThrow(/empty/);
  });
});
