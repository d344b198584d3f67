import { Hono, type Context } from 'hono';
import { anyQuery } from '../analytics/analytics.routes.js';
import { parseInteger } from '../analytics/analytics-query.js';
import type { ProjectEnv } from '../app-env.js';
import type { ConsoleProjectEnv } from '../console/console-env.js';
import { consoleProject } from '../console/console-project.js';
import type { AuditAction } from '../console/console-types.js';
import { requireRole } from '../console/require-role.js';
import type { Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { operation } from '../openapi/operation.js';
import { AUDIT_ACTIONS } from './audit-actions.js';
import { listAudit, type AuditQuery } from './audit-log.repo.js';

/** Largest page the audit log answers. */
export const MAX_AUDIT_PAGE = 200;

/** `?action=&actor=&limit=&offset=`: a 400 naming the parameter for anything else. */
function parseAuditQuery(c: Context): Omit<AuditQuery, 'projectId' | 'includeWorkspace'> {
  const action = c.req.query('action') || undefined;
  if (action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(action)) {
    throw badRequest(`action: must be one of ${AUDIT_ACTIONS.join(', ')}`);
  }
  const actorId = c.req.query('actor') || undefined;
  if (actorId !== undefined && actorId.length > 64) throw badRequest('actor: must be a user id');
  return {
    ...(action && { action: action as AuditAction }),
    ...(actorId && { actorId }),
    limit: parseInteger('limit', c.req.query('limit'), { min: 1, max: MAX_AUDIT_PAGE, fallback: 50 }),
    offset: parseInteger('offset', c.req.query('offset'), { min: 0, max: 1_000_000, fallback: 0 }),
  };
}

/** `GET /api/v1/audit-log`: the secret key's project's entries (workspace member changes are the console's). */
export function adminAuditRoutes({ db }: { db: Database }) {
  const described = operation('Audit log')({
    summary: 'List audit-log entries',
    description: "The project's entries, newest first (member changes are workspace-wide and shown in the console).",
    role: 'owner',
    query: [
      { name: 'action', type: 'string', enum: AUDIT_ACTIONS, description: 'Only this kind of change.' },
      { name: 'actor', type: 'string', description: 'Only changes by this member id.' },
      { name: 'limit', type: 'integer', description: `Entries per page (1–${MAX_AUDIT_PAGE}, default 50).` },
      { name: 'offset', type: 'integer', description: 'Entries to skip.' },
    ],
    response: { status: 200, description: 'A page of entries and the total.' },
  });
  return new Hono<ProjectEnv>().get('/', described, anyQuery, async (c) => c.json(await listAudit(db, { ...parseAuditQuery(c), projectId: c.var.project.id }), 200));
}

/** `GET /api/console/projects/:projectId/audit-log`: the project's entries and the workspace's member changes; owners only. */
export function consoleAuditRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleProjectEnv>()
    .use(consoleProject({ db }))
    .get('/', requireRole('owner'), anyQuery, async (c) =>
      c.json(await listAudit(db, { ...parseAuditQuery(c), projectId: c.var.project.id, includeWorkspace: true }), 200),
    );
}
