import { SegmentInputSchema, SegmentListSchema, SegmentSchema } from '@shirube/schema';
import { Hono, type MiddlewareHandler } from 'hono';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import { notFound } from '../errors.js';
import { operation } from '../openapi/operation.js';
import { createSegment, deleteSegment, getSegment, listSegments, updateSegment } from './segments.repo.js';

const segmentNotFound = () => notFound('Segment not found');
const doc = operation('Segments');
const SEGMENT_ID = { id: 'The segment id.' };
const EXAMPLE_SEGMENT = { name: 'Enterprise admins', audience: { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }, { source: 'account', trait: 'plan', op: 'equals', value: 'enterprise' }] } };

/** Who may call a route: the console checks roles, the admin API's secret key may do everything. */
export type AllowRole = (role: 'viewer' | 'editor') => MiddlewareHandler;

/**
 * A project's saved segments (mounted under `/api/v1/segments` and the console's
 * `/projects/:projectId/segments`); `project` is set by the mounting app's auth.
 */
export function segmentRoutes({ db, allow }: { db: Database; allow: AllowRole }) {
  return new Hono<ProjectEnv>()
    .get('/', allow('viewer'), doc({ summary: 'List segments', response: { status: 200, description: 'By name.', schema: SegmentListSchema } }), async (c) =>
      c.json({ segments: await listSegments(db, c.var.project.id) }, 200),
    )
    .post(
      '/',
      allow('editor'),
      doc({ summary: 'Create a segment', body: SegmentInputSchema, example: EXAMPLE_SEGMENT, response: { status: 201, description: 'The new segment.', schema: SegmentSchema } }),
      async (c) => c.json(await createSegment(db, c.var.project.id, c.req.valid('json')), 201),
    )
    .get('/:id', allow('viewer'), doc({ summary: 'Get a segment', params: SEGMENT_ID, response: { status: 200, description: 'The segment and the guides using it.', schema: SegmentSchema }, errors: [404] }), async (c) => {
      const segment = await getSegment(db, c.var.project.id, c.req.param('id'));
      if (!segment) throw segmentNotFound();
      return c.json(segment, 200);
    })
    .put(
      '/:id',
      allow('editor'),
      doc({
        summary: 'Replace a segment',
        description: 'Every guide targeting it follows at once, without republishing.',
        params: SEGMENT_ID,
        body: SegmentInputSchema,
        example: EXAMPLE_SEGMENT,
        response: { status: 200, description: 'The segment.', schema: SegmentSchema },
        errors: [404],
      }),
      async (c) => {
      const segment = await updateSegment(db, c.var.project.id, c.req.param('id'), c.req.valid('json'));
      if (!segment) throw segmentNotFound();
      return c.json(segment, 200);
      },
    )
    .delete('/:id', allow('editor'), doc({ summary: 'Delete a segment', description: 'Refused (409) while a guide uses it.', params: SEGMENT_ID, response: { status: 204, description: 'Deleted.' }, errors: [404, 409] }), async (c) => {
      const projectId = c.var.project.id;
      await db.transaction().execute(async (trx) => {
        const deleted = await deleteSegment(trx, projectId, c.req.param('id'));
        if (!deleted) throw segmentNotFound();
        await recordAudit(trx, { projectId, actor: requestActor(c), action: 'segment.deleted', object: { type: 'segment', id: deleted.id, name: deleted.name } });
      });
      return c.body(null, 204);
    });
}
