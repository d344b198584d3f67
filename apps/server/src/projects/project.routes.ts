import { ProjectSettingsSchema } from '@shirube/schema';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import { operation } from '../openapi/operation.js';
import { SdkOriginsSchema } from './allowed-origins.js';
import { updateProject, type Project } from './projects.repo.js';
import { settingsChanges } from './settings-changes.js';

const ProjectSettingsPatchSchema = v.object({
  sdkOrigins: v.optional(v.pipe(SdkOriginsSchema, v.description('Origins (`https://app.example.com`) or patterns (`https://*.example.com`); `[]` allows any.'))),
});

const doc = operation('Project');

/** The project's settings as the admin API shows them. */
const settingsOf = (project: Project): v.InferOutput<typeof ProjectSettingsSchema> => ({
  id: project.id,
  name: project.name,
  publicKey: project.publicKey,
  sdkOrigins: project.sdkOrigins,
});

/** The secret key's own project (mounted under `/api/v1/project`): read it, set its SDK origins. */
export function projectRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>()
    .get('/', doc({ summary: 'Get the project', response: { status: 200, description: 'Its id, name, public key and SDK origins.', schema: ProjectSettingsSchema } }), (c) => c.json(settingsOf(c.var.project), 200))
    .patch(
      '/',
      doc({
        summary: 'Set the SDK origins',
        description: 'Pages on these origins may use the public key; `[]` allows any. Patterns such as `https://*.example.com` are allowed.',
        role: 'owner',
        body: ProjectSettingsPatchSchema,
        example: { sdkOrigins: ['https://app.example.com', 'https://*.staging.example.com'] },
        response: { status: 200, description: 'The project.', schema: ProjectSettingsSchema },
      }),
      async (c) => {
      const patch = c.req.valid('json');
      const before = c.var.project;
      const project = await db.transaction().execute(async (trx) => {
        const after = (await updateProject(trx, before.id, patch))!;
        const detail = settingsChanges(before, after);
        if (detail) await recordAudit(trx, { projectId: before.id, actor: requestActor(c), action: 'project.updated', object: { type: 'project', id: before.id, name: after.name }, detail });
        return after;
      });
      return c.json(settingsOf(project), 200);
      },
    );
}
