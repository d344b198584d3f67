import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors.js';
import { findSession } from '../users/sessions.repo.js';
import type { ConsoleEnv } from './console-env.js';
import type { ConsoleOptions } from './console-options.js';
import { readSessionCookie } from './session-cookie.js';

/**
 * Console auth: the session cookie must name a session that is neither idle too long nor past its
 * absolute timeout; sets `session` (with its user).
 */
export function sessionAuth({ db, now, security }: Pick<ConsoleOptions, 'db' | 'now' | 'security'>) {
  return createMiddleware<ConsoleEnv>(async function sessionAuth(c, next) {
    const id = readSessionCookie(c);
    const session = id ? await findSession(db, id, { now: now(), idleMs: security.sessionIdleMs }) : null;
    if (!session) throw new ApiError(401, 'unauthenticated', 'Sign in to use the console');
    c.set('session', session);
    await next();
  });
}
