import { Hono } from 'hono';
import * as v from 'valibot';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import { settingsChanges } from '../projects/settings-changes.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { AllowedOriginsSchema, SdkOriginsSchema } from '../projects/allowed-origins.js';
import {
  createProject,
  findProjectById,
  listProjects,
  rotatePublicKey,
  rotateSecretKey,
  updateProject,
  type Project,
} from '../projects/projects.repo.js';
import type { ConsoleEnv } from './console-env.js';
import type { ConsoleProject } from './console-types.js';
import { NameSchema } from './console-schemas.js';
import { requireRole } from './require-role.js';

const NewProjectSchema = v.object({ name: NameSchema, allowedOrigins: v.optional(AllowedOriginsSchema) });
const ProjectPatchSchema = v.object({
  name: v.optional(NameSchema),
  allowedOrigins: v.optional(AllowedOriginsSchema),
  sdkOrigins: v.optional(SdkOriginsSchema),
});
const RotateSchema = v.object({ which: v.picklist(['public', 'secret'] as const, "must be 'public' or 'secret'") });

/** A project as the console shows it. */
export function toConsoleProject(project: Project): ConsoleProject {
  return {
    id: project.id,
    name: project.name,
    publicKey: project.publicKey,
    allowedOrigins: project.allowedOrigins,
    sdkOrigins: project.sdkOrigins,
    createdAt: new Date(project.createdAt).toISOString(),
  };
}

const projectNotFound = () => notFound('Project not found');

/** Project list and management (mounted under `/api/console/projects`). */
export function projectsRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleEnv>()
    .get('/', requireRole('viewer'), async (c) => c.json({ projects: (await listProjects(db)).map(toConsoleProject) }, 200))
    .post('/', requireRole('owner'), jsonBody(NewProjectSchema), async (c) => {
      const input = c.req.valid('json');
      const created = await db.transaction().execute(async (trx) => {
        const { project, secretKey } = await createProject(trx, input.name);
        const withOrigins = await updateProject(trx, project.id, { allowedOrigins: input.allowedOrigins ?? [] });
        const object = { type: 'project', id: project.id, name: project.name } as const;
        await recordAudit(trx, { projectId: project.id, actor: requestActor(c), action: 'project.created', object });
        return { project: withOrigins!, secretKey };
      });
      return c.json({ project: toConsoleProject(created.project), secretKey: created.secretKey }, 201);
    })
    .patch('/:projectId', requireRole('owner'), jsonBody(ProjectPatchSchema), async (c) => {
      const patch = c.req.valid('json');
      const id = c.req.param('projectId');
      const project = await db.transaction().execute(async (trx) => {
        const before = await findProjectById(trx, id);
        if (!before) throw projectNotFound();
        const after = (await updateProject(trx, id, patch))!;
        const detail = settingsChanges(before, after);
        if (detail) await recordAudit(trx, { projectId: id, actor: requestActor(c), action: 'project.updated', object: { type: 'project', id, name: after.name }, detail });
        return after;
      });
      return c.json({ project: toConsoleProject(project) }, 200);
    })
    .post('/:projectId/keys/rotate', requireRole('owner'), jsonBody(RotateSchema), async (c) => {
      const { which } = c.req.valid('json');
      const id = c.req.param('projectId');
      const { project, secretKey } = await db.transaction().execute(async (trx) => {
        const before = await findProjectById(trx, id);
        if (!before) throw projectNotFound();
        const secretKey = which === 'secret' ? await rotateSecretKey(trx, id) : undefined;
        if (which === 'public') await rotatePublicKey(trx, id);
        const object = { type: 'project', id, name: before.name } as const;
        await recordAudit(trx, { projectId: id, actor: requestActor(c), action: 'key.rotated', object, detail: { key: which } });
        return { project: toConsoleProject((await findProjectById(trx, id))!), secretKey };
      });
      return c.json(secretKey ? { project, secretKey } : { project }, 200);
    });
}
