import type { Context } from 'hono';
import type { ConsoleRole } from '../console/console-types.js';
import type { Database } from '../db/database.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { findProjectById, type Project } from '../projects/projects.repo.js';
import { findApiToken, touchApiToken } from './api-tokens.repo.js';

/** The header that picks the project a personal API token acts on (a token is its member's, not a project's). */
export const PROJECT_HEADER = 'Shirube-Project';

/** The member a personal API token acts as; `operation()` holds it to `role`, the audit log names it. */
export interface ApiMember {
  id: string;
  name: string;
  role: ConsoleRole;
  tokenName: string;
}

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message);

/**
 * Resolves `Authorization: Bearer shirube_pat_…` plus the `Shirube-Project` header: the project and
 * the member. Every member may reach every project of the workspace (roles are workspace-wide).
 */
export async function authenticateApiToken(
  c: Context,
  db: Database,
  token: string,
  now = Date.now(),
): Promise<{ project: Project; member: ApiMember }> {
  const record = await findApiToken(db, token);
  if (!record) throw unauthorized('Unknown API token');
  if (record.revokedAt !== null) throw unauthorized(`This API token ("${record.name}") was revoked on ${new Date(record.revokedAt).toISOString()}; create a new one in the console`);
  if (record.expiresAt !== null && record.expiresAt <= now) {
    throw unauthorized(`This API token ("${record.name}") expired on ${new Date(record.expiresAt).toISOString()}; create a new one in the console`);
  }
  if (!record.user) throw unauthorized('The member this API token belonged to was removed from the workspace');
  const projectId = c.req.header(PROJECT_HEADER)?.trim();
  if (!projectId) throw badRequest(`${PROJECT_HEADER}: send the id of the project to act on (shown in the console's project settings)`);
  const project = await findProjectById(db, projectId);
  if (!project) throw notFound(`${PROJECT_HEADER}: no project ${JSON.stringify(projectId)}`);
  await touchApiToken(db, record, now);
  return { project, member: { id: record.user.id, name: record.user.name, role: record.user.role, tokenName: record.name } };
}
