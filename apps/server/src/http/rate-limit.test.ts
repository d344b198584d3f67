import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { freshPostgresTestUrl, freshTestDatabase } from '../test-database.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { databaseRateLimiter } from './rate-limit.js';

// SQLite by default, PostgreSQL under `pnpm test:postgres`: the same answers on both.
const opened: Database[] = [];
async function database(): Promise<Database> {
  const db = await freshTestDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const granted = { allowed: true, retryAfterSeconds: 0 };

describe('database rate limiter', () => {
  it('grants a full burst, then asks to wait until a token refills', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 0.5, burst: 3 });
    const t0 = 1_000_000;
    expect([await limiter.take('k', 1, t0), await limiter.take('k', 1, t0), await limiter.take('k', 1, t0)]).toEqual([granted, granted, granted]);
    expect(await limiter.take('k', 1, t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    // Half a token refilled: one more second to wait.
    expect(await limiter.take('k', 1, t0 + 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('k', 1, t0 + 2_000)).toEqual(granted);
    expect((await limiter.take('k', 1, t0 + 2_000)).allowed).toBe(false);
  });

  it('refills fractions of a token continuously', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 4, burst: 1 });
    expect(await limiter.take('k', 1, 0)).toEqual(granted);
    expect((await limiter.take('k', 1, 100)).allowed).toBe(false);
    expect((await limiter.take('k', 1, 200)).allowed).toBe(false);
    expect(await limiter.take('k', 1, 250)).toEqual(granted);
  });

  it('keeps one bucket per key', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 1, burst: 1 });
    expect(await limiter.take('ingest:pk_a', 1, 0)).toEqual(granted);
    expect(await limiter.take('ingest:pk_a', 1, 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('ingest:pk_b', 1, 0)).toEqual(granted);
  });

  it('never holds more than the burst after a long quiet spell', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 10, burst: 2 });
    await limiter.take('k', 1, 0);
    const later = 3_600_000;
    expect([await limiter.take('k', 1, later), await limiter.take('k', 1, later), await limiter.take('k', 1, later)]).toEqual([
      granted,
      granted,
      { allowed: false, retryAfterSeconds: 1 },
    ]);
  });

  it('takes a larger cost only when the bucket holds it, and refuses without spending', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 1, burst: 5 });
    expect(await limiter.take('k', 3, 0)).toEqual(granted);
    expect(await limiter.take('k', 3, 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('k', 2, 0)).toEqual(granted);
    expect(await limiter.take('k', 1, 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('does not refill backwards when another process stamped a later time', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 1, burst: 1 });
    expect(await limiter.take('k', 1, 10_000)).toEqual(granted);
    // A clock 5 s behind: no negative refill, and the bucket still refills from the later stamp.
    expect(await limiter.take('k', 1, 5_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('k', 1, 11_000)).toEqual(granted);
  });

  it('counts concurrent takes exactly once each', async () => {
    const limiter = databaseRateLimiter(await database(), { perSecond: 0.001, burst: 10 });
    const decisions = await Promise.all(Array.from({ length: 25 }, () => limiter.take('k', 1, 0)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  // Two pools stand for two server processes (the test of real processes is server/shared-state.test.ts).
  it.skipIf(!process.env.TEST_DATABASE_URL)('shares one limit between separate connection pools on PostgreSQL', async () => {
    const url = (await freshPostgresTestUrl())!;
    const [a, b] = [openDatabase(url), openDatabase(url)];
    opened.push(a, b);
    await migrateToLatest(a);
    const limit = { perSecond: 0.001, burst: 20 };
    const [first, second] = [databaseRateLimiter(a, limit), databaseRateLimiter(b, limit)];
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? first : second).take('k', 1, 0)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(20);
  });
});
