import { randomBase62 } from '../auth/keys.js';
import { hashPassword } from '../auth/passwords.js';
import { memberObject, recordAudit, systemActor } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';
import { countUsers, insertUser } from './users.repo.js';

/** The account `pnpm start` creates on a fresh database. */
export const FIRST_OWNER_EMAIL = 'owner@shirube.local';

/**
 * Creates an owner with a random one-time password when no user exists yet, so `pnpm start`
 * leads straight to a working console. Returns the credentials to print once, or null.
 */
export async function ensureFirstOwner(db: Database): Promise<{ email: string; password: string } | null> {
  const password = randomBase62(16);
  const passwordHash = await hashPassword(password);
  const created = await db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return false;
    const owner = await insertUser(trx, { email: FIRST_OWNER_EMAIL, name: 'Owner', role: 'owner', passwordHash });
    await recordAudit(trx, { projectId: null, actor: systemActor('pnpm start'), action: 'member.invited', object: memberObject(owner), detail: { role: 'owner' } });
    return true;
  });
  return created ? { email: FIRST_OWNER_EMAIL, password } : null;
}
