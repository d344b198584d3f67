import { describe, expect, it } from 'vitest';
import { createProject } from '../projects/projects.repo.js';
import { freshPostgresTestUrl, freshTestDatabase } from '../test-database.js';
import { migrateToLatest, openDatabase } from './database.js';
import { sql } from 'kysely';
import { earlierOf, jsonText, largest, laterOf, smallest } from './sql-functions.js';

// Run on SQLite by default and on PostgreSQL under `pnpm test:postgres`: the same answers on both.
describe('database dialects', () => {
  it('keeps 64-bit integers, reading bigint columns and counts back as numbers', async () => {
    const db = await freshTestDatabase();
    const big = 2 ** 40;
    const counters = { viewed_users: 0, completed_users: 0, dismissed_users: 0, missing_users: 0 };
    await db.insertInto('guide_step_stats').values({ project_id: 'p', guide_id: 'g', version: big, step_index: big, step_id: 's', ...counters }).execute();
    const read = await db.selectFrom('guide_step_stats').select(['version', 'step_index']).executeTakeFirstOrThrow();
    expect(read).toEqual({ version: big, step_index: big });
    const { n } = await db.selectFrom('guide_step_stats').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(n).toBe(1);
  });

  it('spells JSON keys, earlier-of and later-of the same way on both', async () => {
    const db = await freshTestDatabase();
    await createProject(db, 'Acme');
    const { id: projectId } = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
    const audience = JSON.stringify({ 'a.b': 'dotted', plain: 'yes' });
    await db.insertInto('segments').values({ id: 's', project_id: projectId, name: 'S', audience, created_at: 3, updated_at: 7 }).execute();
    const row = await db
      .selectFrom('segments')
      .select([
        jsonText(db, 'audience', 'a.b').as('dotted'),
        jsonText(db, 'audience', 'plain').as('plain'),
        jsonText(db, 'audience', 'missing').as('missing'),
        earlierOf(db, 'created_at', 'updated_at').as('earlier'),
        laterOf(db, 'created_at', 'updated_at').as('later'),
        smallest(db, sql.ref('updated_at'), sql<number>`5`, sql.ref('created_at')).as('smallest'),
        largest(db, sql.ref('created_at'), sql<number>`5`).as('largest'),
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ dotted: 'dotted', plain: 'yes', missing: null, earlier: 3, later: 7, smallest: 3, largest: 5 });
  });

  // SQLite's writers are serialised by BEGIN IMMEDIATE, which blocks the thread: two handles in one
  // process cannot race there (see durability.test.ts for separate processes).
  it.skipIf(!process.env.TEST_DATABASE_URL)('lets one transaction at a time decide, across separate connection pools (server processes)', async () => {
    const url = (await freshPostgresTestUrl())!;
    const [a, b] = [openDatabase(url), openDatabase(url)];
    await migrateToLatest(a);
    try {
      // Each transaction reads "no users yet", waits a moment, then creates one: only serialised
      // transactions end with a single user.
      const claim = (db: typeof a, i: number) =>
        db.transaction().execute(async (trx) => {
          const { n } = await trx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (Number(n) > 0) return;
          await trx.insertInto('users').values({ id: `u${i}`, email: `u${i}@example.com`, name: 'U', role: 'owner', password_hash: 'x', created_at: 0 }).execute();
        });
      await Promise.all(Array.from({ length: 8 }, (_, i) => claim(i % 2 ? a : b, i)));
      expect(await a.selectFrom('users').select('id').execute()).toHaveLength(1);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });
});
