import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type Database } from '../db/database.js';
import { findProjectBySecretKey } from '../projects/projects.repo.js';
import { freshPostgresTestUrl, freshTestDatabase } from '../test-database.js';
import { DEMO_PROJECT_NAME } from './demo-guide.js';
import { findDemoSecret } from './demo-keys.repo.js';
import { seedDemo } from './demo-seed.js';

// SQLite by default, PostgreSQL under `pnpm test:postgres`.
const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

describe('demo keys', () => {
  it('are kept in the database: every seed prints the same working secret key', async () => {
    const db = await freshTestDatabase();
    opened.push(db);
    const first = await seedDemo(db);
    expect(await findDemoSecret(db, first.projectId)).toBe(first.secretKey);
    expect(await seedDemo(db)).toEqual(first);
    expect((await findProjectBySecretKey(db, first.secretKey))?.id).toBe(first.projectId);
  });

  it('are replaced, with a working key, when the saved one no longer matches the project', async () => {
    const db = await freshTestDatabase();
    opened.push(db);
    const first = await seedDemo(db);
    await db.updateTable('demo_keys').set({ secret_key: 'sk_stale' }).execute();
    const second = await seedDemo(db);
    expect(second.secretKey).not.toBe(first.secretKey);
    expect(second.secretKey).not.toBe('sk_stale');
    expect(await findDemoSecret(db, first.projectId)).toBe(second.secretKey);
    expect((await findProjectBySecretKey(db, second.secretKey))?.id).toBe(first.projectId);
  });

  // Two pools stand for two processes running `pnpm start` at once.
  it.skipIf(!process.env.TEST_DATABASE_URL)('agree between two processes seeding a new PostgreSQL database at once', async () => {
    const url = (await freshPostgresTestUrl())!;
    const [a, b] = [openDatabase(url), openDatabase(url)];
    opened.push(a, b);
    await migrateToLatest(a);
    const [one, two] = await Promise.all([seedDemo(a), seedDemo(b)]);
    expect(two).toEqual(one);
    expect(await a.selectFrom('projects').select('id').where('name', '=', DEMO_PROJECT_NAME).execute()).toHaveLength(1);
  });
});
