import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BUCKETS_PER_DOUBLING, bucketOf } from '../analytics/duration-buckets.js';
import { createProject } from '../projects/projects.repo.js';
import { freshPostgresTestUrl, freshTestDatabase } from '../test-database.js';
import { migrateToLatest, openDatabase } from './database.js';
import { earlierOf, jsonText, largest, laterOf, logBucket, smallest } from './sql-functions.js';

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

  it('puts durations in the same time-on-step buckets as bucketOf, at powers of two and beside every edge', async () => {
    const db = await freshTestDatabase();
    // Powers of two (edges the float logarithm could put one bucket low), the integers either side
    // of every bucket edge up to ~12 days, and zero and negative durations (bucket 0).
    const durations = [0, -5, 1, 2, 3, 4, 1_024, 2 ** 20, 2 ** 30, 2 ** 33 + 1];
    for (let edge = 1; edge <= 30 * BUCKETS_PER_DOUBLING; edge++) {
      const at = 2 ** (edge / BUCKETS_PER_DOUBLING);
      durations.push(Math.floor(at) - 1, Math.floor(at), Math.ceil(at), Math.ceil(at) + 1);
    }
    const steps = [...new Set(durations)].map((ms, i) => ({
      project_id: 'p', guide_id: 'g', version: 1, step_index: i, user_key: 'u', step_id: `s${i}`,
      viewed_at: 1_000_000_000_000, completed_at: 1_000_000_000_000 + ms, missing_reasons: 0,
    }));
    for (let from = 0; from < steps.length; from += 200) await db.insertInto('guide_user_steps').values(steps.slice(from, from + 200)).execute();
    const rows = await db
      .selectFrom('guide_user_steps')
      .select(['completed_at', 'viewed_at', logBucket(db, sql<number>`completed_at - viewed_at`, BUCKETS_PER_DOUBLING).as('bucket')])
      .execute();
    const buckets = rows.map((row) => [Number(row.completed_at) - Number(row.viewed_at), row.bucket]);
    expect(buckets).toHaveLength(steps.length);
    expect(buckets).toEqual(buckets.map(([ms]) => [ms, bucketOf(ms!)]));
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
