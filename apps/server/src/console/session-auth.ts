import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findSession } from '../users/sessions.repo.js';
import type { ConsoleEnv } from './console-env.js';
import { readSessionCookie } from './session-cookie.js';

/** Console auth: the session cookie must name a live session; sets `session` (with its user). */
export function sessionAuth(options: { db: Database }) {
  return createMiddleware<ConsoleEnv>(async function sessionAuth(c, next) {
    const id = readSessionCookie(c);
    const session = id ? await findSession(options.db, id) : null;
    if (!session) throw new ApiError(401, 'unauthenticated', 'Sign in to use the console');
    c.set('session', session);
    await next();
  });
}
