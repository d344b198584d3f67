import { GuideInputSchema, GuideListSchema, GuidePatchSchema, GuideSchema, GuideVersionListSchema, PublishedGuidesResponseSchema, PublishResultSchema } from '@shirube/schema';
import { Hono } from 'hono';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { requestActor } from '../audit/audit-log.repo.js';
import { notFound } from '../errors.js';
import { operation } from '../openapi/operation.js';
import { listConsoleVersions } from './console-guides.repo.js';
import { deleteGuideAudited, publishGuideAudited, updateGuideAudited } from './audited-guide-writes.js';
import { listLiveGuides } from './guide-versions.repo.js';
import { createGuide, getGuide, listGuides } from './guides.repo.js';

const guideNotFound = () => notFound('Guide not found');
const doc = operation('Guides');
const GUIDE_ID = { id: 'The guide id (from `GET /guides`).' };

/** A small walkthrough, as the reference's example and its tests send it. */
export const EXAMPLE_GUIDE = {
  name: 'Submit your first expense report',
  steps: [
    {
      id: 'welcome',
      kind: 'modal',
      title: 'Welcome to Keihi',
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Let us file your first report together.' }] }],
      advance: 'next',
    },
  ],
  displayRules: { urlPatterns: ['/reports*'] },
};

/** Admin guide routes (mounted under `/api/v1/guides`, behind secret-key auth). */
export function guidesRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>()
    .post(
      '/',
      doc({
        summary: 'Create a guide',
        description: 'Creates a draft. Only `name` is required; `kind` is fixed at creation. Publish it to show it to end users.',
        body: GuideInputSchema,
        example: EXAMPLE_GUIDE,
        response: { status: 201, description: 'The new draft.', schema: GuideSchema },
      }),
      async (c) => c.json(await createGuide(db, c.var.project.id, c.req.valid('json')), 201),
    )
    .get(
      '/',
      doc({ summary: 'List guides', description: 'Every guide of the project that is not deleted, with its draft.', response: { status: 200, description: 'The guides.', schema: GuideListSchema } }),
      async (c) => c.json({ guides: await listGuides(db, c.var.project.id) }, 200),
    )
    // What end users are shown (the live version of each published guide): what a target check loads.
    .get(
      '/live',
      doc({
        summary: 'List live guides',
        description: 'The live version of every published guide, as the SDK receives it: what `shirube check-guides` checks.',
        response: { status: 200, description: 'The live guides.', schema: PublishedGuidesResponseSchema },
      }),
      async (c) => c.json({ guides: await listLiveGuides(db, c.var.project.id) }, 200),
    )
    .get('/:id', doc({ summary: 'Get a guide', params: GUIDE_ID, response: { status: 200, description: 'The guide and its draft.', schema: GuideSchema }, errors: [404] }), async (c) => {
      const guide = await getGuide(db, c.var.project.id, c.req.param('id'));
      if (!guide) throw guideNotFound();
      return c.json(guide, 200);
    })
    .patch(
      '/:id',
      doc({
        summary: 'Update a draft',
        description: 'Changes any subset of the draft’s fields; end users see the change only after the next publish. `status: "archived"` archives it.',
        params: GUIDE_ID,
        body: GuidePatchSchema,
        example: { name: 'Submit an expense report' },
        response: { status: 200, description: 'The updated guide.', schema: GuideSchema },
        errors: [404],
      }),
      async (c) => {
        const guide = await updateGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'), c.req.valid('json'));
        if (!guide) throw guideNotFound();
        return c.json(guide, 200);
      },
    )
    .delete('/:id', doc({ summary: 'Delete a guide', description: 'Stops showing it; its versions and analytics are kept.', params: GUIDE_ID, response: { status: 204, description: 'Deleted.' }, errors: [404] }), async (c) => {
      if (!(await deleteGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id')))) throw guideNotFound();
      return c.body(null, 204);
    })
    .post(
      '/:id/publish',
      doc({
        summary: 'Publish a guide',
        description: 'Freezes the draft as the next version and shows it to end users. Versions are immutable; analytics are kept per version.',
        params: GUIDE_ID,
        response: { status: 200, description: 'The guide and the number of the version now live.', schema: PublishResultSchema },
        errors: [404],
      }),
      async (c) => {
        const published = await publishGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'));
        if (!published) throw guideNotFound();
        return c.json(published, 200);
      },
    )
    .get('/:id/versions', doc({ summary: 'List published versions', params: GUIDE_ID, response: { status: 200, description: 'Newest first.', schema: GuideVersionListSchema }, errors: [404] }), async (c) => {
      const versions = await listConsoleVersions(db, c.var.project.id, c.req.param('id'));
      if (!versions) throw guideNotFound();
      return c.json({ versions }, 200);
    });
}
