import type { Database } from '../db/database.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { UserRecord } from './users.repo.js';
import { findUserById } from './users.repo.js';

/** Session lifetimes (see `SecurityConfig`). */
export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
}

/** Last-seen times are written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/** A live session with its user (read fresh, so a role change applies on the next request). */
export interface SessionRecord {
  idHash: string;
  user: UserRecord;
  csrfToken: string;
  expiresAt: number;
}

/** Starts a session with a fresh random id; the raw id goes in the cookie and is never stored. */
export async function createSession(
  db: Database,
  userId: string,
  { now = Date.now(), absoluteMs }: { now?: number; absoluteMs: number },
): Promise<{ id: string; csrfToken: string; expiresAt: number }> {
  const id = newToken();
  const csrfToken = newToken();
  const expiresAt = now + absoluteMs;
  await db
    .insertInto('sessions')
    .values({ id_hash: hashToken(id), user_id: userId, csrf_token: csrfToken, created_at: now, expires_at: expiresAt, last_seen_at: now })
    .execute();
  return { id, csrfToken, expiresAt };
}

/**
 * The session a cookie value names, or null when unknown, past its absolute timeout or idle for
 * longer than `idleMs`. A live session's last-seen time moves to `now`.
 */
export async function findSession(db: Database, id: string, { now = Date.now(), idleMs }: { now?: number; idleMs: number }): Promise<SessionRecord | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['id_hash', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('id_hash', '=', hashToken(id))
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', now - idleMs)
    .executeTakeFirst();
  if (!row) return null;
  const user = await findUserById(db, row.user_id);
  if (!user) return null;
  if (now - Number(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', row.id_hash).execute();
  }
  return { idHash: row.id_hash, user, csrfToken: row.csrf_token, expiresAt: Number(row.expires_at) };
}

/** Ends the session a cookie value names, whoever it belongs to (sign-in calls it to rotate the id). */
export async function deleteSessionById(db: Database, id: string): Promise<void> {
  await deleteSession(db, hashToken(id));
}

export async function deleteSession(db: Database, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Drops expired and idle sessions; called on sign-in so the table does not grow without bound. */
export async function deleteExpiredSessions(db: Database, { now = Date.now(), idleMs }: { now?: number; idleMs: number }): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .execute();
}
