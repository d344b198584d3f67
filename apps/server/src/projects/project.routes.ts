import { Hono } from 'hono';
import * as v from 'valibot';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import { readBody } from '../http/json-body.js';
import { SdkOriginsSchema } from './allowed-origins.js';
import { updateProject, type Project } from './projects.repo.js';
import { settingsChanges } from './settings-changes.js';

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
      const before = c.var.project;
      const project = await db.transaction().execute(async (trx) => {
        const after = (await updateProject(trx, before.id, patch))!;
        const detail = settingsChanges(before, after);
        if (detail) await recordAudit(trx, { projectId: before.id, actor: requestActor(c), action: 'project.updated', object: { type: 'project', id: before.id, name: after.name }, detail });
        return after;
      });
      return c.json(settingsOf(project), 200);
    });
}
