import { createMiddleware } from 'hono/factory';
import { safeEqual } from '../auth/tokens.js';
import { ApiError } from '../errors.js';
import type { OriginOf } from '../http/own-origin.js';
import type { ConsoleEnv } from './console-env.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cross-site write: an `Origin` header, when present, must be the server's own origin.
 * Applies to every console write, sign-in and setup included (a forged sign-in is an attack too).
 */
export function sameOrigin({ originOf }: { originOf: OriginOf }) {
  return createMiddleware(async function sameOrigin(c, next) {
    const origin = c.req.header('origin');
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && origin !== originOf(c)) {
      throw new ApiError(403, 'csrf', `Origin ${origin} may not call the console API`);
    }
    await next();
  });
}

/** Writes of a signed-in user must echo the session's CSRF token in `X-CSRF-Token`. Runs after `sessionAuth`. */
export function csrfToken() {
  return createMiddleware<ConsoleEnv>(async function csrfToken(c, next) {
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sent || !safeEqual(sent, c.var.session.csrfToken)) {
        throw new ApiError(403, 'csrf', 'Send the session\'s CSRF token in the X-CSRF-Token header');
      }
    }
    await next();
  });
}
