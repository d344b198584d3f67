import { createMiddleware } from 'hono/factory';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findProjectByPublicKey } from '../projects/projects.repo.js';
import { cachedProjectByPublicKey } from '../projects/public-key-cache.js';
import { isSecretKeyShaped } from './keys.js';

/** SDK auth: the public key from `?key=` or `X-Shirube-Key`; a secret key here is refused. */
export function publicKeyAuth(options: { db: Database }) {
  return createMiddleware<ProjectEnv>(async function publicKeyAuth(c, next) {
    const key = c.req.query('key') || c.req.header('x-shirube-key') || '';
    if (!key && /^Bearer\s+sk_/i.test(c.req.header('authorization') ?? '')) {
      throw new ApiError(403, 'forbidden', 'The SDK API takes the public key (pk_...) as ?key= or X-Shirube-Key, never the secret key');
    }
    if (!key) throw new ApiError(401, 'unauthorized', 'Pass the project public key as ?key=pk_... or the X-Shirube-Key header');
    if (isSecretKeyShaped(key)) {
      throw new ApiError(403, 'forbidden', 'Secret keys must never be embedded in web pages; the SDK takes the public key (pk_...)');
    }
    const project = await cachedProjectByPublicKey(options.db, key, () => findProjectByPublicKey(options.db, key));
    if (!project) throw new ApiError(401, 'unauthorized', 'Unknown public key');
    c.set('project', project);
    await next();
  });
}
