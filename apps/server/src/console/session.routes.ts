import { Hono, type Context } from 'hono';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import type { OriginOf } from '../http/own-origin.js';
import { createSession, deleteExpiredSessions, deleteSession } from '../users/sessions.repo.js';
import { countUsers, findUserByEmail, insertUser, toConsoleUser, type UserRecord } from '../users/users.repo.js';
import type { ConsoleEnv } from './console-env.js';
import type { ConsoleSession } from './console-types.js';
import { csrfToken } from './csrf.js';
import { SetupSchema, SignInSchema } from './console-schemas.js';
import { sessionAuth } from './session-auth.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

const INVALID_CREDENTIALS = 'Email or password is incorrect';

const isHttps = (origin: string) => origin.startsWith('https:');

async function signIn(c: Context, db: Database, originOf: OriginOf, user: UserRecord): Promise<ConsoleSession> {
  const session = await createSession(db, user.id);
  setSessionCookie(c, session.id, isHttps(originOf(c)));
  return { user: toConsoleUser(user), csrfToken: session.csrfToken };
}

/** First-run setup, sign-in, session lookup and sign-out (mounted under `/api/console`). */
export function sessionRoutes({ db, originOf }: { db: Database; originOf: OriginOf }) {
  return new Hono<ConsoleEnv>()
    .get('/setup', async (c) => c.json({ needed: (await countUsers(db)) === 0 }, 200))
    .post('/setup', jsonBody(SetupSchema), async (c) => {
      const input = c.req.valid('json');
      const passwordHash = await hashPassword(input.password);
      // BEGIN IMMEDIATE: two racing setups cannot both see an empty users table.
      const user = await db.transaction().execute(async (trx) => {
        if ((await countUsers(trx)) > 0) return null;
        return insertUser(trx, { email: input.email, name: input.name, role: 'owner', passwordHash });
      });
      if (!user) throw new ApiError(409, 'already_set_up', 'Shirube is already set up; sign in instead');
      return c.json(await signIn(c, db, originOf, user), 201);
    })
    .post('/session', jsonBody(SignInSchema), async (c) => {
      const input = c.req.valid('json');
      const user = await findUserByEmail(db, input.email);
      // Verify even for unknown emails so timing does not reveal which accounts exist.
      const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (!user || !ok) throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
      await deleteExpiredSessions(db);
      return c.json(await signIn(c, db, originOf, user), 200);
    })
    .get('/session', sessionAuth({ db }), async (c) => {
      const { user, csrfToken } = c.var.session;
      const body: ConsoleSession = { user: toConsoleUser(user), csrfToken };
      return c.json(body, 200);
    })
    .delete('/session', sessionAuth({ db }), csrfToken(), async (c) => {
      await deleteSession(db, c.var.session.idHash);
      clearSessionCookie(c, isHttps(originOf(c)));
      return c.body(null, 204);
    });
}
