import { uuidv7 } from '@shirube/schema';
import { randomBase62 } from '../auth/keys.js';
import { hashToken } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { UserRole } from '../db/schema.js';

/** What every personal API token starts with, so secret scanners and the admin API can tell it apart. */
export const API_TOKEN_PREFIX = 'shirube_pat_';

/** A new token: the prefix and 40 base62 characters (about 238 bits). */
export const newApiToken = () => `${API_TOKEN_PREFIX}${randomBase62(40)}`;

export const isApiTokenShaped = (value: string) => value.startsWith(API_TOKEN_PREFIX);

/** Last-used times are written at most this often, so a busy script does not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** A token as its member sees it in the console: never the token itself. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  /** Null: never expires. */
  expiresAt: string | null;
  lastUsedAt: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

const toSummary = (row: { id: string; name: string; created_at: number; expires_at: number | null; last_used_at: number | null }): ApiTokenSummary => ({
  id: row.id,
  name: row.name,
  createdAt: iso(row.created_at)!,
  expiresAt: iso(row.expires_at),
  lastUsedAt: iso(row.last_used_at),
});

/** Creates a token for `userId`; the token is returned here once and only its hash is kept. */
export async function createApiToken(
  db: Database,
  input: { userId: string; name: string; expiresAt: number | null },
  now = Date.now(),
): Promise<{ token: string; apiToken: ApiTokenSummary }> {
  const token = newApiToken();
  const row = { id: uuidv7(now), user_id: input.userId, name: input.name, token_hash: hashToken(token), created_at: now, expires_at: input.expiresAt, last_used_at: null, revoked_at: null };
  await db.insertInto('api_tokens').values(row).execute();
  return { token, apiToken: toSummary(row) };
}

/** The member's tokens that still work or have merely expired (revoked ones are gone from the list), newest first. */
export async function listApiTokens(db: Database, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toSummary);
}

/** Revokes one of the member's own tokens; null when it is unknown, another member's or already revoked. */
export async function revokeApiToken(db: Database, userId: string, id: string, now = Date.now()): Promise<ApiTokenSummary | null> {
  const row = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(['id', 'name', 'created_at', 'expires_at', 'last_used_at'])
    .executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** A token found by its value, with its member as they are now (a role change applies at once). */
export interface ApiTokenRecord {
  id: string;
  name: string;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
  /** Null when the member was removed. */
  user: { id: string; name: string; role: UserRole } | null;
}

export async function findApiToken(db: Database, token: string): Promise<ApiTokenRecord | null> {
  const row = await db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_tokens.last_used_at', 'users.id as user_id', 'users.name as user_name', 'users.role'])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const num = (ms: number | null) => (ms === null ? null : Number(ms));
  return {
    id: row.id,
    name: row.name,
    expiresAt: num(row.expires_at),
    revokedAt: num(row.revoked_at),
    lastUsedAt: num(row.last_used_at),
    user: row.user_id && row.user_name !== null && row.role ? { id: row.user_id, name: row.user_name, role: row.role } : null,
  };
}

/** Records a use, unless one was recorded within `LAST_USED_RESOLUTION_MS`. */
export async function touchApiToken(db: Database, record: ApiTokenRecord, now = Date.now()): Promise<void> {
  if (record.lastUsedAt !== null && now - record.lastUsedAt < LAST_USED_RESOLUTION_MS) return;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', record.id).execute();
}
