import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findProjectBySecretKey } from '../projects/projects.repo.js';
import { authenticateApiToken } from '../api-tokens/api-token-auth.js';
import { isApiTokenShaped } from '../api-tokens/api-tokens.repo.js';
import { isPublicKeyShaped } from './keys.js';

/**
 * Admin API auth: `Authorization: Bearer sk_...` selects the project; a personal API token
 * (`Bearer shirube_pat_...` with the `Shirube-Project` header) acts as its member; public keys are refused.
 */
export function secretKeyAuth(options: { db: Database; now?: () => number }) {
  return createMiddleware<ProjectEnv>(async function secretKeyAuth(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match && isPublicKeyShaped(c.req.query('key') || c.req.header('x-shirube-key') || '')) {
      throw new ApiError(403, 'forbidden', 'Public keys (pk_...) cannot use the admin API; send the project secret key as `Authorization: Bearer sk_...`');
    }
    if (!match) throw new ApiError(401, 'unauthorized', 'Send the project secret key (`Authorization: Bearer sk_...`) or a personal API token (`Authorization: Bearer shirube_pat_...`)');
    const key = match[1]!;
    if (isPublicKeyShaped(key)) {
      throw new ApiError(403, 'forbidden', 'Public keys (pk_...) cannot use the admin API; use the project secret key (sk_...)');
    }
    if (isApiTokenShaped(key)) {
      const { project, member } = await authenticateApiToken(c, options.db, key, (options.now ?? Date.now)());
      c.set('project', project);
      c.set('apiMember', member);
      return next();
    }
    const project = await findProjectBySecretKey(options.db, key);
    if (!project) throw new ApiError(401, 'unauthorized', 'Unknown secret key');
    c.set('project', project);
    await next();
  });
}
