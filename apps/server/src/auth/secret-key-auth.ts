import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findProjectBySecretKey } from '../projects/projects.repo.js';
import { isPublicKeyShaped } from './keys.js';

/** Admin API auth: `Authorization: Bearer sk_...` selects the project; public keys are refused. */
export function secretKeyAuth(options: { db: Database }) {
  return createMiddleware<ProjectEnv>(async function secretKeyAuth(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match && isPublicKeyShaped(c.req.query('key') || c.req.header('x-shirube-key') || '')) {
      throw new ApiError(403, 'forbidden', 'Public keys (pk_...) cannot use the admin API; send the project secret key as `Authorization: Bearer sk_...`');
    }
    if (!match) throw new ApiError(401, 'unauthorized', 'Send the project secret key as `Authorization: Bearer sk_...`');
    const key = match[1]!;
    if (isPublicKeyShaped(key)) {
      throw new ApiError(403, 'forbidden', 'Public keys (pk_...) cannot use the admin API; use the project secret key (sk_...)');
    }
    const project = await findProjectBySecretKey(options.db, key);
    if (!project) throw new ApiError(401, 'unauthorized', 'Unknown secret key');
    c.set('project', project);
    await next();
  });
}
