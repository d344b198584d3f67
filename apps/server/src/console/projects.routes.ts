import { Hono } from 'hono';
import * as v from 'valibot';
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
        return { project: withOrigins!, secretKey };
      });
      return c.json({ project: toConsoleProject(created.project), secretKey: created.secretKey }, 201);
    })
    .patch('/:projectId', requireRole('owner'), jsonBody(ProjectPatchSchema), async (c) => {
      const patch = c.req.valid('json');
      const project = await updateProject(db, c.req.param('projectId'), patch);
      if (!project) throw projectNotFound();
      return c.json({ project: toConsoleProject(project) }, 200);
    })
    .post('/:projectId/keys/rotate', requireRole('owner'), jsonBody(RotateSchema), async (c) => {
      const { which } = c.req.valid('json');
      const id = c.req.param('projectId');
      if (!(await findProjectById(db, id))) throw projectNotFound();
      const secretKey = which === 'secret' ? await rotateSecretKey(db, id) : undefined;
      if (which === 'public') await rotatePublicKey(db, id);
      const project = toConsoleProject((await findProjectById(db, id))!);
      return c.json(secretKey ? { project, secretKey } : { project }, 200);
    });
}
