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

/** A key's stored count, if any. */
async function readCount(db: Database, key: string): Promise<FailureCount | undefined> {
  const row = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
  return row && { failures: Number(row.failures), windowStartedAt: Number(row.window_started_at), blockedUntil: Number(row.blocked_until) };
}

async function writeCount(db: Database, key: string, count: FailureCount): Promise<void> {
  const values = { failures: count.failures, window_started_at: count.windowStartedAt, blocked_until: count.blockedUntil };
  await db
    .insertInto('sign_in_failures')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

/**
 * Claims one sign-in attempt: when any key is blocked, answers how long (ms) until it may try
 * again; otherwise counts the attempt as a failure against every key (undone by `forgiveAttempt`
 * when the password turns out right) and answers 0. Check and count share one write transaction,
 * so a burst of parallel guesses cannot all pass the check before any is counted.
 */
export async function claimAttempt(db: Database, keys: readonly { key: string; limit: number }[], now: number, windowMs: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Counts whose window and block are over mean nothing any more: the table stays small however many emails are tried.
    await trx
      .deleteFrom('sign_in_failures')
      .where('blocked_until', '<=', now)
      .where('window_started_at', '<=', now - windowMs)
      .execute();
    const counts = await Promise.all(keys.map(async ({ key }) => readCount(trx, key)));
    const waitMs = Math.max(0, ...counts.map((count) => (count ? count.blockedUntil - now : 0)));
    if (waitMs > 0) return waitMs;
    for (const [i, { key, limit }] of keys.entries()) await writeCount(trx, key, countFailure(counts[i], now, limit, windowMs));
    return 0;
  });
}

/**
 * Takes back a claimed attempt whose password was right: the email's count is cleared; the
 * address's only loses this attempt (one's own account must not reset guessing at others').
 */
export async function forgiveAttempt(db: Database, keys: readonly { key: string; limit: number }[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const [email, ...others] = keys;
    if (email) await trx.deleteFrom('sign_in_failures').where('key', '=', email.key).execute();
    for (const { key, limit } of others) {
      const count = await readCount(trx, key);
      if (!count) continue;
      const failures = Math.max(0, count.failures - 1);
      await writeCount(trx, key, { ...count, failures, blockedUntil: failures >= limit ? count.blockedUntil : 0 });
    }
  });
}
