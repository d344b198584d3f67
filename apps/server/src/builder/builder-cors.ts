import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/database.js';
import { forbidden } from '../errors.js';
import { isOriginAllowedByAnyProject } from '../projects/projects.repo.js';

const ALLOW_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, Authorization, X-Shirube-Key';

/**
 * CORS for the in-app builder. A preflight carries no credentials, so it can only be checked against
 * the origins some project allows (exact match); each route then requires the origin of its own
 * project (`requireProjectOrigin`). Origins no project lists get no CORS headers at all.
 */
export function builderCors(options: { db: Database }) {
  return createMiddleware(async function builderCors(c, next) {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && (await isOriginAllowedByAnyProject(options.db, origin));
    if (c.req.method === 'OPTIONS') {
      if (!allowed) throw forbidden('This origin is not allowed to run the builder');
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    c.header('Vary', 'Origin');
    if (allowed) c.header('Access-Control-Allow-Origin', origin);
    await next();
  });
}
