import { AudienceSchema } from '@shirube/schema';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Database } from '../db/database.js';
import { jsonBody } from '../http/json-body.js';
import { previewAudience } from '../people/audience-preview.js';
import { segmentRoutes } from '../segments/segments.routes.js';
import type { ConsoleProjectEnv } from './console-env.js';
import { consoleProject } from './console-project.js';
import { requireRole } from './require-role.js';

const PreviewSchema = v.object({ audience: AudienceSchema });

/** Who guides are for (mounted under `/api/console/projects/:projectId`): saved segments and the audience preview. */
export function consoleTargetingRoutes({ db }: { db: Database }) {
  return (
    new Hono<ConsoleProjectEnv>()
      .use('/segments/*', consoleProject({ db }))
      .use('/segments', consoleProject({ db }))
      .use('/audience-preview', consoleProject({ db }))
      .route('/segments', segmentRoutes({ db, allow: requireRole }))
      // A read with a body: "N of M known users match", counted with core's rules over the stored people.
      .post('/audience-preview', requireRole('viewer'), jsonBody(PreviewSchema), async (c) =>
        c.json(await previewAudience(db, c.var.project.id, c.req.valid('json').audience), 200),
      )
  );
}
