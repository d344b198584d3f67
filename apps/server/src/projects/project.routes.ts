import { Hono } from 'hono';
import * as v from 'valibot';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { readBody } from '../http/json-body.js';
import { SdkOriginsSchema } from './allowed-origins.js';
import { updateProject, type Project } from './projects.repo.js';

const ProjectSettingsPatchSchema = v.object({ sdkOrigins: v.optional(SdkOriginsSchema) });

/** The project's settings as the admin API shows them. */
const settingsOf = (project: Project) => ({
  id: project.id,
  name: project.name,
  publicKey: project.publicKey,
  sdkOrigins: project.sdkOrigins,
});

/** The secret key's own project (mounted under `/api/v1/project`): read it, set its SDK origins. */
export function projectRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>()
    .get('/', (c) => c.json(settingsOf(c.var.project), 200))
    .patch('/', async (c) => {
      const patch = await readBody(c, ProjectSettingsPatchSchema);
      const project = await updateProject(db, c.var.project.id, patch);
      return c.json(settingsOf(project!), 200);
    });
}
