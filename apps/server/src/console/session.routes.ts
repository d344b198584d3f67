import { Hono, type Context } from 'hono';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/passwords.js';
import { claimAttempt, forgiveAttempt, throttleKeys } from '../auth/sign-in-throttle.js';
import { ApiError } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { createSession, deleteExpiredSessions, deleteSession, deleteSessionById } from '../users/sessions.repo.js';
import { countUsers, findUserByEmail, insertUser, toConsoleUser, type UserRecord } from '../users/users.repo.js';
import type { ConsoleEnv } from './console-env.js';
import type { ConsoleOptions } from './console-options.js';
import type { ConsoleSession } from './console-types.js';
import { csrfToken } from './csrf.js';
import { SetupSchema, SignInSchema } from './console-schemas.js';
import { sessionAuth } from './session-auth.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.js';

const INVALID_CREDENTIALS = 'Email or password is incorrect';

const isHttps = (origin: string) => origin.startsWith('https:');

/**
 * Starts a session under a new id. A session the browser already held is ended first, so a
 * session id planted before sign-in (session fixation) is never promoted to a signed-in one.
 */
async function signIn(c: Context, options: ConsoleOptions, user: UserRecord): Promise<ConsoleSession> {
  const { db, originOf, now, security } = options;
  const previous = readSessionCookie(c);
  if (previous) await deleteSessionById(db, previous);
  await deleteExpiredSessions(db, { now: now(), idleMs: security.sessionIdleMs });
  const session = await createSession(db, user.id, { now: now(), absoluteMs: security.sessionAbsoluteMs });
  setSessionCookie(c, session.id, isHttps(originOf(c)), security.sessionAbsoluteMs);
  return { user: toConsoleUser(user), csrfToken: session.csrfToken };
}

/** 429 with Retry-After (whole seconds, at least 1); the error handler keeps the header. */
function tooManyAttempts(c: Context, waitMs: number): ApiError {
  const minutes = Math.ceil(waitMs / 60_000);
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  return new ApiError(429, 'too_many_attempts', `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
}

/** First-run setup, sign-in, session lookup and sign-out (mounted under `/api/console`). */
export function sessionRoutes(options: ConsoleOptions) {
  const { db, originOf, now, security } = options;
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
      return c.json(await signIn(c, options, user), 201);
    })
    .post('/session', jsonBody(SignInSchema), async (c) => {
      const input = c.req.valid('json');
      // Counted per email whether or not it is an account, so a block reveals nothing either.
      const keys = throttleKeys(input.email, c.var.clientIp, security);
      const waitMs = await claimAttempt(db, keys, now(), security.signInWindowMs);
      if (waitMs > 0) throw tooManyAttempts(c, waitMs);
      const user = await findUserByEmail(db, input.email);
      // Verify even for unknown emails so timing does not reveal which accounts exist.
      const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
      // The attempt was counted as a failure when claimed.
      if (!user || !ok) throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
      await forgiveAttempt(db, keys);
      return c.json(await signIn(c, options, user), 200);
    })
    .get('/session', sessionAuth(options), async (c) => {
      const { user, csrfToken } = c.var.session;
      const body: ConsoleSession = { user: toConsoleUser(user), csrfToken };
      return c.json(body, 200);
    })
    .delete('/session', sessionAuth(options), csrfToken(), async (c) => {
      await deleteSession(db, c.var.session.idHash);
      clearSessionCookie(c, isHttps(originOf(c)));
      return c.body(null, 204);
    });
}
