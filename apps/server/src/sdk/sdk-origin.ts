import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
import { ApiError } from '../errors.js';
import { originMatches } from '../projects/allowed-origins.js';

/**
 * Refuses browser requests from pages outside the project's SDK origins (403 naming the origin);
 * runs after `publicKeyAuth`. A project without SDK origins answers any page, as before.
 *
 * Requests without an `Origin` header pass: browsers send one with every cross-origin fetch and
 * beacon, so its absence means a server, a script or a same-origin page, none of which the check
 * could stop anyway (any client can forge the header). The check keeps other sites' pages from
 * reporting into a project with its public key; it is not authentication.
 *
 * Allowed pages get their own origin back in `Access-Control-Allow-Origin` (with `Vary: Origin`
 * so caches keep answers apart); the refusal stays readable (`*`) so the SDK sees a 403 and
 * drops the batch rather than retrying what looks like a network failure.
 */
export function sdkOriginCheck() {
  return createMiddleware<ProjectEnv>(async function sdkOriginCheck(c, next) {
    const patterns = c.var.project.sdkOrigins;
    const origin = c.req.header('origin');
    if (patterns.length === 0 || origin === undefined) return next();
    c.header('Vary', 'Origin', { append: true });
    if (!originMatches(patterns, origin)) {
      throw new ApiError(403, 'forbidden', `Origin ${origin} may not use this public key: add it to the project's SDK origins (sdkOrigins)`);
    }
    c.header('Access-Control-Allow-Origin', origin);
    await next();
  });
}
