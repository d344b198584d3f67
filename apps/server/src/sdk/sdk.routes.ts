import { EVENT_LIMITS, EventBatchSchema, segmentIdsOf } from '@shirube/schema';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ProjectEnv } from '../app-env.js';
import { publicKeyAuth } from '../auth/public-key-auth.js';
import type { Database } from '../db/database.js';
import { checklistProgressRoutes } from '../checklists/checklist.routes.js';
import { ingestBatch } from '../events/ingest.js';
import { getHelpLauncher } from '../help/help-launcher.repo.js';
import { listLiveGuides } from '../guides/guide-versions.repo.js';
import { getPinnedVersion } from '../guides/pinned-version.repo.js';
import { notFound } from '../errors.js';
import { ifNoneMatchHits, strongEtag } from '../http/etag.js';
import { limitBody, readBody } from '../http/json-body.js';
import { segmentRules } from '../segments/segments.repo.js';

/**
 * The SDK's API (mounted under `/sdk/v1`), called from customers' pages on any origin with the
 * public key. CORS comes first so that preflights and error answers are readable by the page.
 */
export function sdkRoutes({ db }: { db: Database }) {
  return new Hono<ProjectEnv>()
    .use(
      cors({
        origin: '*',
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'X-Shirube-Key', 'If-None-Match'],
        exposeHeaders: ['ETag'],
        maxAge: 86_400,
      }),
    )
    .use(publicKeyAuth({ db }))
    .get('/guides', async (c) => {
      const [guides, launcher] = await Promise.all([listLiveGuides(db, c.var.project.id), getHelpLauncher(db, c.var.project.id)]);
      // The saved segments the guides refer to travel with them, so editing one needs no republishing.
      const segments = await segmentRules(db, c.var.project.id, guides.flatMap((guide) => segmentIdsOf(guide.targeting?.audience)));
      // Only an enabled launcher is sent: projects without one keep the response (and ETag) they had.
      const payload = launcher.enabled ? { guides, segments, launcher } : { guides, segments };
      // Serialised once: the ETag is the hash of exactly the bytes sent.
      const body = JSON.stringify(payload);
      const etag = strongEtag(body);
      // no-cache: the browser may keep a copy but must revalidate, which the ETag makes cheap.
      const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
      if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
      return c.body(body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    })
    // A published version never changes, so browsers may keep it for good.
    .get('/guides/:id/versions/:version', async (c) => {
      const version = Number(c.req.param('version'));
      if (!Number.isSafeInteger(version) || version < 1) throw notFound('No such guide version');
      const guide = await getPinnedVersion(db, c.var.project.id, c.req.param('id'), version);
      if (!guide) throw notFound('No such guide version');
      return c.json(guide, 200, { 'Cache-Control': 'public, max-age=31536000, immutable' });
    })
    .post('/events', limitBody(EVENT_LIMITS.maxBatchBytes), async (c) => {
      const batch = await readBody(c, EventBatchSchema);
      const result = await ingestBatch(db, c.var.project.id, batch);
      return c.json(result, 202);
    })
    .route('/', checklistProgressRoutes({ db }));
}
