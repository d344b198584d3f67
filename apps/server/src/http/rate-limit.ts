import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
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

/** In-memory token buckets, one per key. */
export interface TokenBuckets {
  /** Takes a token for `key`: 0 when granted, else the milliseconds until one is available. */
  take(key: string): number;
}

/** Token buckets that start full and refill continuously; `now` is injectable for tests. */
export function createTokenBuckets(limit: RateLimit, now: () => number = Date.now): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  // Below one token a bucket could never grant a request.
  const burst = Math.max(1, limit.burst);
  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: time };
      bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) * limit.perSecond) / 1_000);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - bucket.tokens) * 1_000) / limit.perSecond);
    },
  };
}

/** Answers 429 with `Retry-After` (whole seconds) once the project's key has used its tokens; runs after key auth. */
export function rateLimit(buckets: TokenBuckets) {
  return createMiddleware<ProjectEnv>(async function rateLimit(c, next) {
    const waitMs = buckets.take(c.var.project.publicKey);
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1_000))));
      throw new ApiError(429, 'rate_limited', 'Too many requests for this project key; retry after the number of seconds in Retry-After');
    }
    await next();
  });
}
