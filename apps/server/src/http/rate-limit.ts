import { CompiledQuery, sql } from 'kysely';
import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { largest, smallest } from '../db/sql-functions.js';
import { ApiError } from '../errors.js';

/** A token bucket's shape: `perSecond` requests on average, up to `burst` at once. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Default ingestion limit per public key: 100 batches a second (up to 10,000 events), bursts of
 * 200. SQLite writes a few thousand events a second on modest hardware, so one busy project
 * cannot starve the others; raise it with SHIRUBE_INGEST_RATE / SHIRUBE_INGEST_BURST.
 */
export const DEFAULT_INGEST_RATE_LIMIT: RateLimit = { perSecond: 100, burst: 200 };

/** The answer to one take: granted, or refused with the whole seconds (at least 1) to wait. */
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Token buckets, one per key, that start full and refill continuously. */
export interface RateLimiter {
  /** Takes `cost` tokens from `key`'s bucket at time `now` (epoch ms) when it holds that many. */
  take(key: string, cost: number, now: number): Promise<RateDecision>;
}

/**
 * Token buckets in the `rate_buckets` table, so every server process on the database counts
 * against one limit. Each take is ONE upsert that refills the bucket from the time elapsed (capped
 * at the burst), takes the cost when there is enough and reads the result back. It runs outside
 * any transaction: the row lock of the conflicting row makes it atomic, and it never waits for the
 * app's one-writer transaction lock (PostgreSQL) behind a large batch being ingested. The query
 * is built and compiled once (per cost), so a take costs the statement alone.
 */
export function databaseRateLimiter(db: Database, limit: RateLimit): RateLimiter {
  // Below one token a bucket could never grant a request.
  const burst = Math.max(1, limit.burst);
  const perMs = limit.perSecond / 1_000;
  // Stand-ins for the values that change from take to take, swapped for the real ones in the SQL compiled once per cost.
  const KEY = '\u0000rate-limit-key';
  const NOW = -1.2345e-300;
  const compiled = new Map<number, CompiledQuery<{ tokens: number; granted: number }>>();
  const compile = (cost: number) => {
    // Casts: PostgreSQL would otherwise type the parameters after the bigint column (0.1 → error).
    const float = (value: number) => sql<number>`cast(${value} as double precision)`;
    // A clock a little behind another process's never refills backwards.
    const elapsed = largest(db, sql<number>`${NOW} - rate_buckets.updated_at`, sql<number>`0`);
    const refilled = smallest(db, float(burst), sql<number>`rate_buckets.tokens + ${elapsed} * ${float(perMs)}`);
    const enough = sql<boolean>`${refilled} >= ${float(cost)}`;
    const fresh = burst >= cost;
    return db
      .insertInto('rate_buckets')
      .values({ key: KEY, tokens: fresh ? burst - cost : burst, updated_at: NOW, granted: fresh ? 1 : 0 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          tokens: sql<number>`case when ${enough} then ${refilled} - ${float(cost)} else ${refilled} end`,
          updated_at: largest(db, sql<number>`rate_buckets.updated_at`, sql<number>`${NOW}`),
          granted: sql<number>`case when ${enough} then 1 else 0 end`,
        }),
      )
      .returning(['tokens', 'granted'])
      .compile();
  };
  return {
    async take(key, cost, now) {
      let template = compiled.get(cost);
      if (!template) compiled.set(cost, (template = compile(cost)));
      const parameters = template.parameters.map((value) => (value === KEY ? key : value === NOW ? now : value));
      const { rows } = await db.executeQuery(CompiledQuery.raw(template.sql, parameters) as CompiledQuery<{ tokens: number; granted: number }>);
      const row = rows[0]!;
      if (Number(row.granted) === 1) return { allowed: true, retryAfterSeconds: 0 };
      const waitSeconds = limit.perSecond > 0 ? (cost - Number(row.tokens)) / limit.perSecond : Number.POSITIVE_INFINITY;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.min(waitSeconds, 86_400))) };
    },
  };
}

/**
 * Answers 429 with `Retry-After` (whole seconds) once the project's key has used its tokens; runs
 * after key auth. One token per request (an event batch).
 */
export function rateLimit(limiter: RateLimiter) {
  return createMiddleware<ProjectEnv>(async function rateLimit(c, next) {
    const decision = await limiter.take(`ingest:${c.var.project.publicKey}`, 1, Date.now());
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      throw new ApiError(429, 'rate_limited', 'Too many requests for this project key; retry after the number of seconds in Retry-After');
    }
    await next();
  });
}
