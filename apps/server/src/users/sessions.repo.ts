import type { Database } from '../db/database.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { UserRecord } from './users.repo.js';
import { findUserById } from './users.repo.js';

/** Console sessions last a week. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A live session with its user (read fresh, so a role change applies on the next request). */
export interface SessionRecord {
  idHash: string;
  user: UserRecord;
  csrfToken: string;
  expiresAt: number;
}

/** Starts a session; the raw id goes in the cookie and is never stored. */
export async function createSession(db: Database, userId: string, now = Date.now()): Promise<{ id: string; csrfToken: string; expiresAt: number }> {
  const id = newToken();
  const csrfToken = newToken();
  const expiresAt = now + SESSION_TTL_MS;
  await db.insertInto('sessions').values({ id_hash: hashToken(id), user_id: userId, csrf_token: csrfToken, created_at: now, expires_at: expiresAt }).execute();
  return { id, csrfToken, expiresAt };
}

/** The session a cookie value names, or null when unknown or expired. */
export async function findSession(db: Database, id: string, now = Date.now()): Promise<SessionRecord | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['id_hash', 'user_id', 'csrf_token', 'expires_at'])
    .where('id_hash', '=', hashToken(id))
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const user = await findUserById(db, row.user_id);
  return user ? { idHash: row.id_hash, user, csrfToken: row.csrf_token, expiresAt: Number(row.expires_at) } : null;
}

export async function deleteSession(db: Database, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Drops expired sessions; called on sign-in so the table does not grow without bound. */
export async function deleteExpiredSessions(db: Database, now = Date.now()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
