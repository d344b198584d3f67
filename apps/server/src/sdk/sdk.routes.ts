import { localizeGuide } from '@shirube/core';
import { EVENT_LIMITS, LANGUAGE_TAG, segmentIdsOf } from '@shirube/schema';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ProjectEnv } from '../app-env.js';
import { publicKeyAuth } from '../auth/public-key-auth.js';
import type { Database } from '../db/database.js';
import { checklistProgressRoutes } from '../checklists/checklist.routes.js';
import type { IngestQueue } from '../events/ingest-queue.js';
import { getHelpLauncher } from '../help/help-launcher.repo.js';
import { listLiveGuides } from '../guides/guide-versions.repo.js';
import { getPinnedVersion } from '../guides/pinned-version.repo.js';
import { notFound } from '../errors.js';
import { ifNoneMatchHits, strongEtag } from '../http/etag.js';
import { limitBody, parseJson } from '../http/json-body.js';
import { databaseRateLimiter, DEFAULT_INGEST_RATE_LIMIT, rateLimit, type RateLimit } from '../http/rate-limit.js';
import { assertEventSizes } from '../events/event-size.js';
import { validEventBatch } from '../events/event-batch-validation.js';
import { sdkOriginCheck } from './sdk-origin.js';
import { segmentRules } from '../segments/segments.repo.js';

/**
 * The SDK's API (mounted under `/sdk/v1`), called from customers' pages with the public key, from
 * any origin unless the project lists its SDK origins. CORS comes first so that preflights and
 * error answers are readable by the page. `ingestRate` limits event batches per public key; valid
 * batches are written through `ingestQueue`.
 */
/** The end user's locale the SDK asks with (`?locale=ja-JP`); a malformed one counts as none. */
function requestLocale(value: string | undefined): string | undefined {
  return value && LANGUAGE_TAG.test(value) ? value : undefined;
}

export function sdkRoutes({ db, ingestQueue, ingestRate = DEFAULT_INGEST_RATE_LIMIT }: { db: Database; ingestQueue: IngestQueue; ingestRate?: RateLimit }) {
  // In the database, so that every server process counts against the same limit.
  const ingestLimiter = databaseRateLimiter(db, ingestRate);
  return new Hono<ProjectEnv>()
    .use(
      cors({
        origin: '*',
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'X-Shirube-Key', 'If-None-Match'],
        // Retry-After is not readable cross-origin unless exposed, and the SDK's backoff needs it.
        exposeHeaders: ['ETag', 'Retry-After'],
        maxAge: 86_400,
      }),
    )
    .use(publicKeyAuth({ db }))
    .use(sdkOriginCheck())
    .get('/guides', async (c) => {
      const [live, launcher] = await Promise.all([listLiveGuides(db, c.var.project.id), getHelpLauncher(db, c.var.project.id)]);
      // Each user gets the guides in their language only: the SDK never carries (or chooses among) the others.
      const locale = requestLocale(c.req.query('locale'));
      const guides = live.map((guide) => localizeGuide(guide, locale));
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
      return c.json(localizeGuide(guide, requestLocale(c.req.query('locale'))), 200, { 'Cache-Control': 'public, max-age=31536000, immutable' });
    })
    // Limits in order: requests per key (429), body bytes (413, before reading), bytes per event
    // (413), then the schema (400), all before the batch is queued: a refused batch changes nothing.
    // The answer comes only after the transaction holding the batch committed.
    .post('/events', rateLimit(ingestLimiter), limitBody(EVENT_LIMITS.maxBatchBytes), async (c) => {
      const receivedAt = Date.now();
      const body = await c.req.text();
      const json = parseJson(body);
      assertEventSizes(json, body);
      const result = await ingestQueue.submit({ projectId: c.var.project.id, batch: validEventBatch(json), receivedAt });
      return c.json(result, 202);
    })
    .route('/', checklistProgressRoutes({ db }));
}
