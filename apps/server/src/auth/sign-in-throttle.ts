import type { SecurityConfig } from '../config.js';
import type { Database } from '../db/database.js';

/** A key's failed sign-ins: how many since the window started, and until when it is blocked (0: not). */
export interface FailureCount {
  failures: number;
  windowStartedAt: number;
  blockedUntil: number;
}

/**
 * The count after one more failure. Failures are counted in a window that starts at the first one;
 * the `limit`-th failure inside it blocks the key for one window length. A window that ran out
 * starts again from this failure.
 */
export function countFailure(previous: FailureCount | undefined, now: number, limit: number, windowMs: number): FailureCount {
  const fresh = !previous || now - previous.windowStartedAt >= windowMs || (previous.blockedUntil > 0 && now >= previous.blockedUntil);
  const base = fresh ? { failures: 0, windowStartedAt: now } : previous;
  const failures = base.failures + 1;
  return { failures, windowStartedAt: base.windowStartedAt, blockedUntil: failures >= limit ? now + windowMs : 0 };
}

/** The throttle keys of a sign-in attempt, each with its failure limit. */
export function throttleKeys(email: string, ip: string | null, security: SecurityConfig): { key: string; limit: number }[] {
  return [{ key: `email:${email}`, limit: security.signInFailuresPerEmail }, ...(ip ? [{ key: `ip:${ip}`, limit: security.signInFailuresPerIp }] : [])];
}

/** How long (ms) until any of `keys` may try again; 0 when none is blocked. */
export async function blockedForMs(db: Database, keys: readonly string[], now: number): Promise<number> {
  const rows = await db.selectFrom('sign_in_failures').select('blocked_until').where('key', 'in', keys).execute();
  return Math.max(0, ...rows.map((row) => Number(row.blocked_until) - now));
}

/** Counts a failed sign-in against every key (one transaction, so racing attempts are all counted). */
export async function recordFailure(db: Database, keys: readonly { key: string; limit: number }[], now: number, windowMs: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const { key, limit } of keys) {
      const row = await trx.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
      const previous = row && { failures: Number(row.failures), windowStartedAt: Number(row.window_started_at), blockedUntil: Number(row.blocked_until) };
      const next = countFailure(previous, now, limit, windowMs);
      const values = { failures: next.failures, window_started_at: next.windowStartedAt, blocked_until: next.blockedUntil };
      await trx
        .insertInto('sign_in_failures')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute();
    }
  });
}

/** Forgets a key's failures (an email after its owner signs in). */
export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}
