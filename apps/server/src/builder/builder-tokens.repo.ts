import type { BuilderPick } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { hashToken, newToken } from '../auth/tokens.js';

/** A grant in the app URL is exchanged within 5 minutes, once. */
export const GRANT_TTL_MS = 5 * 60 * 1000;
/** A builder session edits one guide's draft for 2 hours. */
export const BUILDER_SESSION_TTL_MS = 2 * 60 * 60 * 1000;

/** What a builder token is allowed to touch. */
export interface BuilderScope {
  projectId: string;
  guideId: string;
  userId: string;
  /** The one element the session is for picking; absent: the session edits the steps. */
  pick?: BuilderPick;
}

const pickColumn = (scope: BuilderScope) => (scope.pick ? JSON.stringify(scope.pick) : null);
const scopeOf = (row: { project_id: string; guide_id: string; user_id: string; pick: string | null }): BuilderScope => ({
  projectId: row.project_id,
  guideId: row.guide_id,
  userId: row.user_id,
  ...(row.pick ? { pick: JSON.parse(row.pick) as BuilderPick } : {}),
});

async function issue(db: Database, kind: 'grant' | 'session', scope: BuilderScope, ttlMs: number, now: number) {
  const token = newToken();
  const expiresAt = now + ttlMs;
  await db
    .insertInto('builder_tokens')
    .values({ token_hash: hashToken(token), kind, project_id: scope.projectId, guide_id: scope.guideId, user_id: scope.userId, created_at: now, expires_at: expiresAt, used_at: null, pick: pickColumn(scope) })
    .execute();
  return { token, expiresAt };
}

/** Issues a single-use grant for the builder link. */
export const issueGrant = (db: Database, scope: BuilderScope, now = Date.now()) => issue(db, 'grant', scope, GRANT_TTL_MS, now);

/**
 * Exchanges a grant of `projectId` for a builder session token. The grant is marked used by a
 * conditional update, so of two racing exchanges exactly one wins. Null when the grant is unknown,
 * used, expired or another project's.
 */
export async function exchangeGrant(
  db: Database,
  projectId: string,
  grant: string,
  now = Date.now(),
): Promise<{ token: string; expiresAt: number; scope: BuilderScope } | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('builder_tokens')
      .select(['token_hash', 'project_id', 'guide_id', 'user_id', 'pick'])
      .where('token_hash', '=', hashToken(grant))
      .where('kind', '=', 'grant')
      .where('project_id', '=', projectId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return null;
    const claimed = await trx
      .updateTable('builder_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', row.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return null;
    const scope = scopeOf(row);
    return { ...(await issue(trx, 'session', scope, BUILDER_SESSION_TTL_MS, now)), scope };
  });
}

/** The scope of a live builder session token, or null. */
export async function findBuilderSession(db: Database, token: string, now = Date.now()): Promise<BuilderScope | null> {
  const row = await db
    .selectFrom('builder_tokens')
    .select(['project_id', 'guide_id', 'user_id', 'pick'])
    .where('token_hash', '=', hashToken(token))
    .where('kind', '=', 'session')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? scopeOf(row) : null;
}
