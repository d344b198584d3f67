import { SegmentInputSchema } from '@shirube/schema';
import { Hono, type MiddlewareHandler } from 'hono';
import type { ProjectEnv } from '../app-env.js';
import type { Database } from '../db/database.js';
import { recordAudit, requestActor } from '../audit/audit-log.repo.js';
import { notFound } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import { createSegment, deleteSegment, getSegment, listSegments, updateSegment } from './segments.repo.js';

const segmentNotFound = () => notFound('Segment not found');

/** Who may call a route: the console checks roles, the admin API's secret key may do everything. */
export type AllowRole = (role: 'viewer' | 'editor') => MiddlewareHandler;

/**
 * A project's saved segments (mounted under `/api/v1/segments` and the console's
 * `/projects/:projectId/segments`); `project` is set by the mounting app's auth.
 */
export function segmentRoutes({ db, allow }: { db: Database; allow: AllowRole }) {
  return new Hono<ProjectEnv>()
    .get('/', allow('viewer'), async (c) => c.json({ segments: await listSegments(db, c.var.project.id) }, 200))
    .post('/', allow('editor'), jsonBody(SegmentInputSchema), async (c) => c.json(await createSegment(db, c.var.project.id, c.req.valid('json')), 201))
    .get('/:id', allow('viewer'), async (c) => {
      const segment = await getSegment(db, c.var.project.id, c.req.param('id'));
      if (!segment) throw segmentNotFound();
      return c.json(segment, 200);
    })
    .put('/:id', allow('editor'), jsonBody(SegmentInputSchema), async (c) => {
      const segment = await updateSegment(db, c.var.project.id, c.req.param('id'), c.req.valid('json'));
      if (!segment) throw segmentNotFound();
      return c.json(segment, 200);
    })
    .delete('/:id', allow('editor'), async (c) => {
      const projectId = c.var.project.id;
      await db.transaction().execute(async (trx) => {
        const deleted = await deleteSegment(trx, projectId, c.req.param('id'));
        if (!deleted) throw segmentNotFound();
        await recordAudit(trx, { projectId, actor: requestActor(c), action: 'segment.deleted', object: { type: 'segment', id: deleted.id, name: deleted.name } });
      });
      return c.body(null, 204);
    });
}
