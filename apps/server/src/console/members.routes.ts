import { Hono } from 'hono';
import { randomBase62 } from '../auth/keys.js';
import { hashPassword } from '../auth/passwords.js';
import { memberObject, recordAudit, requestActor } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';
import type { UserRole } from '../db/schema.js';
import { ApiError, notFound } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { countUsers, deleteUser, findUserByEmail, findUserById, insertUser, listUsers, setUserRole, toMember, type UserRecord } from '../users/users.repo.js';
import type { ConsoleEnv } from './console-env.js';
import { MemberPatchSchema, NewMemberSchema } from './console-schemas.js';
import { requireRole } from './require-role.js';

const lastOwner = () => new ApiError(409, 'last_owner', 'role: Shirube needs at least one owner; make someone else an owner first');
const memberNotFound = () => notFound('Member not found');

/** A member change: workspace-wide, so in no project. */
const onMember = (user: UserRecord) => ({ projectId: null, object: memberObject(user) });

/** A one-time password handed to a new member (about 95 bits). */
export const newTemporaryPassword = () => randomBase62(16);

/**
 * Whether changing `userId`'s role to `role` (or removing them, role null) keeps an owner.
 * Runs inside the write transaction so two owners demoting each other cannot both succeed.
 */
async function wouldLeaveNoOwner(db: Database, current: UserRole, next: UserRole | null): Promise<boolean> {
  return current === 'owner' && next !== 'owner' && (await countUsers(db, 'owner')) <= 1;
}

/** Member management (mounted under `/api/console/members`); owners only. */
export function membersRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleEnv>()
    .use(requireRole('owner'))
    .get('/', async (c) => c.json({ members: (await listUsers(db)).map(toMember) }, 200))
    .post('/', jsonBody(NewMemberSchema), async (c) => {
      const input = c.req.valid('json');
      const temporaryPassword = newTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      const member = await db.transaction().execute(async (trx) => {
        if (await findUserByEmail(trx, input.email)) return null;
        const user = await insertUser(trx, { ...input, passwordHash });
        await recordAudit(trx, { ...onMember(user), actor: requestActor(c), action: 'member.invited', detail: { role: user.role } });
        return user;
      });
      if (!member) throw new ApiError(409, 'email_taken', `email: ${input.email} is already a member`);
      return c.json({ member: toMember(member), temporaryPassword }, 201);
    })
    .patch('/:id', jsonBody(MemberPatchSchema), async (c) => {
      const { role } = c.req.valid('json');
      const id = c.req.param('id');
      const member = await db.transaction().execute(async (trx) => {
        const user = await findUserById(trx, id);
        if (!user) throw memberNotFound();
        if (await wouldLeaveNoOwner(trx, user.role, role)) throw lastOwner();
        await setUserRole(trx, id, role);
        if (user.role !== role) {
          await recordAudit(trx, { ...onMember(user), actor: requestActor(c), action: 'member.role_changed', detail: { role: { from: user.role, to: role } } });
        }
        return { ...user, role };
      });
      return c.json({ member: toMember(member) }, 200);
    })
    .delete('/:id', async (c) => {
      const id = c.req.param('id');
      await db.transaction().execute(async (trx) => {
        const user = await findUserById(trx, id);
        if (!user) throw memberNotFound();
        if (await wouldLeaveNoOwner(trx, user.role, null)) throw lastOwner();
        await deleteUser(trx, id);
        await recordAudit(trx, { ...onMember(user), actor: requestActor(c), action: 'member.removed', detail: { role: user.role } });
      });
      return c.body(null, 204);
    });
}
