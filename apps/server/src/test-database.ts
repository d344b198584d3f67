import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Database } from './db/database.js';

/**
 * Test-only: a fresh, migrated database for one test. SQLite in memory by default; with
 * TEST_DATABASE_URL set to a PostgreSQL server (see `pnpm test:postgres`), a new database copied
 * from a migrated template, so each test starts empty and tests in parallel workers never share
 * rows. (A dedicated variable, not DATABASE_URL, which a developer's shell may point at real data.)
 */
export async function freshTestDatabase(): Promise<Database> {
  const url = await freshPostgresTestUrl();
  if (url) return openDatabase(url, { max: 4, idleTimeoutMillis: 200 });
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  return db;
}

/** With TEST_DATABASE_URL set, the URL of a new migrated PostgreSQL database; else null. */
export async function freshPostgresTestUrl(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return null;
  const template = await migratedTemplate(url);
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  await withAdmin(url, (admin) => admin.query(`create database ${name} template ${template}`));
  return databaseUrl(url, name);
}

const TEMPLATE = 'shirube_test_template';
/** An arbitrary constant: the advisory lock under which the first worker builds the template. */
const TEMPLATE_LOCK = 80_081_001;
let templateReady: Promise<string> | undefined;

/** Creates and migrates the template database once per server (workers wait on an advisory lock). */
function migratedTemplate(url: string): Promise<string> {
  templateReady ??= withAdmin(url, async (admin) => {
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [TEMPLATE]);
      if (rowCount === 0) {
        await admin.query(`create database ${TEMPLATE}`);
        const db = openDatabase(databaseUrl(url, TEMPLATE), { max: 1 });
        try {
          await migrateToLatest(db);
        } finally {
          // A template cannot be copied while anyone is connected to it.
          await db.destroy();
        }
      }
      return TEMPLATE;
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return templateReady;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
