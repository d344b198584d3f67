import { GuideInputSchema, GuidePatchSchema } from '@shirube/schema';
import { Hono } from 'hono';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { requestActor } from '../audit/audit-log.repo.js';
import { notFound } from '../errors.js';
import { readBody } from '../http/json-body.js';
import { listConsoleVersions } from './console-guides.repo.js';
import { deleteGuideAudited, publishGuideAudited, updateGuideAudited } from './audited-guide-writes.js';
import { listLiveGuides } from './guide-versions.repo.js';
import { createGuide, getGuide, listGuides } from './guides.repo.js';

const guideNotFound = () => notFound('Guide not found');

/** Admin guide routes (mounted under `/api/v1/guides`, behind secret-key auth). */
export function guidesRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>()
    .post('/', async (c) => {
      const input = await readBody(c, GuideInputSchema);
      return c.json(await createGuide(db, c.var.project.id, input), 201);
    })
    .get('/', async (c) => c.json({ guides: await listGuides(db, c.var.project.id) }, 200))
    // What end users are shown (the live version of each published guide): what a health check loads.
    .get('/live', async (c) => c.json({ guides: await listLiveGuides(db, c.var.project.id) }, 200))
    .get('/:id', async (c) => {
      const guide = await getGuide(db, c.var.project.id, c.req.param('id'));
      if (!guide) throw guideNotFound();
      return c.json(guide, 200);
    })
    .patch('/:id', async (c) => {
      const patch = await readBody(c, GuidePatchSchema);
      const guide = await updateGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'), patch);
      if (!guide) throw guideNotFound();
      return c.json(guide, 200);
    })
    .delete('/:id', async (c) => {
      if (!(await deleteGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id')))) throw guideNotFound();
      return c.body(null, 204);
    })
    .post('/:id/publish', async (c) => {
      const published = await publishGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'));
      if (!published) throw guideNotFound();
      return c.json(published, 200);
    })
    .get('/:id/versions', async (c) => {
      const versions = await listConsoleVersions(db, c.var.project.id, c.req.param('id'));
      if (!versions) throw guideNotFound();
      return c.json({ versions }, 200);
    });
}
