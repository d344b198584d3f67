import { patchAtPointer } from '@shirube/core';
import { BuilderPickSchema, GuideInputSchema, GuidePatchSchema, type BuilderPick } from '@shirube/schema';
import { Hono } from 'hono';
import * as v from 'valibot';
import { guideAnalyticsRoutes } from '../analytics/analytics.routes.js';
import { splitResultsRoutes } from '../analytics/split.routes.js';
import { checklistAnalyticsRoutes } from '../checklists/checklist.routes.js';
import { issueGrant } from '../builder/builder-tokens.repo.js';
import type { Database } from '../db/database.js';
import type { ConsoleGuide } from './console-types.js';
import { requestActor } from '../audit/audit-log.repo.js';
import { badRequest, notFound } from '../errors.js';
import { getConsoleGuide, listConsoleVersions, listGuideItems } from '../guides/console-guides.repo.js';
import { deleteGuideAudited, publishGuideAudited, rollbackGuideAudited, updateGuideAudited } from '../guides/audited-guide-writes.js';
import { getPublishedVersion } from '../guides/guide-versions.repo.js';
import { createGuide } from '../guides/guides.repo.js';
import { jsonBody } from '../http/json-body.js';
import { originAllowed } from '../projects/allowed-origins.js';
import type { ConsoleProjectEnv } from './console-env.js';
import { consoleProject } from './console-project.js';
import { requireRole } from './require-role.js';

const guideNotFound = () => notFound('Guide not found');

const VersionSchema = v.pipe(v.number('must be a number'), v.integer('must be an integer'), v.minValue(1, 'must be at least 1'));
const RollbackSchema = v.object({ version: VersionSchema });
const BuilderTokenSchema = v.object({
  appUrl: v.pipe(v.string('must be a URL'), v.maxLength(2048, 'must be at most 2048 characters')),
  /** Opens the builder to pick one element for this draft field instead of editing steps. */
  pick: v.optional(BuilderPickSchema),
});

/** Draft fields the builder may pick an element into: the structured ones, not name, status or flags. */
const PICKABLE_FIELDS = new Set(Object.keys(GuidePatchSchema.entries).filter((field) => !['name', 'status', 'onboarding'].includes(field)));

/** Checks that a pick names a draft field whose parent object exists, so the builder can save it. */
function checkPick(guide: ConsoleGuide, pick: BuilderPick): void {
  const field = pick.field.split('/')[1]!;
  if (!PICKABLE_FIELDS.has(field)) throw badRequest(`pick.field: ${field} has no elements to pick`);
  const placed = patchAtPointer(guide as unknown as Record<string, unknown>, pick.field, null);
  if (placed instanceof Error) throw badRequest(`pick.field: ${placed.message}`);
}

/** The origin of an http(s) URL, or null. */
function originOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** A project's guides for the console (mounted under `/api/console/projects/:projectId/guides`). */
export function consoleGuidesRoutes({ db }: { db: Database }) {
  /** The draft as the console shows it, after a write that found the guide. */
  const read = async (projectId: string, id: string) => {
    const guide = await getConsoleGuide(db, projectId, id);
    if (!guide) throw guideNotFound();
    return guide;
  };

  return new Hono<ConsoleProjectEnv>()
    .use(consoleProject({ db }))
    .get('/', requireRole('viewer'), async (c) => c.json({ guides: await listGuideItems(db, c.var.project.id) }, 200))
    .post('/', requireRole('editor'), jsonBody(GuideInputSchema), async (c) => {
      const input = c.req.valid('json');
      const guide = await createGuide(db, c.var.project.id, input, { by: c.var.session.user.id });
      return c.json(await read(c.var.project.id, guide.id), 201);
    })
    .get('/:id', requireRole('viewer'), async (c) => c.json(await read(c.var.project.id, c.req.param('id')), 200))
    .patch('/:id', requireRole('editor'), jsonBody(GuidePatchSchema), async (c) => {
      const patch = c.req.valid('json');
      const updated = await updateGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'), patch);
      if (!updated) throw guideNotFound();
      return c.json(await read(c.var.project.id, updated.id), 200);
    })
    .delete('/:id', requireRole('editor'), async (c) => {
      if (!(await deleteGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id')))) throw guideNotFound();
      return c.body(null, 204);
    })
    .post('/:id/publish', requireRole('editor'), async (c) => {
      const published = await publishGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'));
      if (!published) throw guideNotFound();
      return c.json({ guide: await read(c.var.project.id, published.guide.id), version: published.version }, 200);
    })
    .get('/:id/versions', requireRole('viewer'), async (c) => {
      const versions = await listConsoleVersions(db, c.var.project.id, c.req.param('id'));
      if (!versions) throw guideNotFound();
      return c.json({ versions }, 200);
    })
    .get('/:id/versions/:version', requireRole('viewer'), async (c) => {
      const raw = c.req.param('version');
      if (!/^[1-9]\d{0,8}$/.test(raw)) throw notFound('No such guide version');
      const snapshot = await getPublishedVersion(db, c.var.project.id, c.req.param('id'), Number(raw));
      if (!snapshot) throw notFound('No such guide version');
      return c.json(snapshot, 200);
    })
    .post('/:id/rollback', requireRole('editor'), jsonBody(RollbackSchema), async (c) => {
      const { version } = c.req.valid('json');
      const rolled = await rollbackGuideAudited(db, requestActor(c), c.var.project.id, c.req.param('id'), version);
      if (!rolled) throw guideNotFound();
      return c.json({ guide: await read(c.var.project.id, c.req.param('id')), version: rolled.version }, 200);
    })
    .post('/:id/builder-token', requireRole('editor'), jsonBody(BuilderTokenSchema), async (c) => {
      const { appUrl, pick } = c.req.valid('json');
      const project = c.var.project;
      const guide = await read(project.id, c.req.param('id'));
      if (pick) checkPick(guide, pick);
      const origin = originOf(appUrl);
      if (!origin) throw badRequest('appUrl: must be an http(s) URL');
      if (!originAllowed(project.allowedOrigins, origin)) {
        throw badRequest(`appUrl: ${origin} is not one of the project's allowedOrigins; add it in the project settings first`);
      }
      const grant = await issueGrant(db, { projectId: project.id, guideId: guide.id, userId: c.var.session.user.id, ...(pick && { pick }) });
      const url = new URL(appUrl);
      url.hash = `shirube_builder=${grant.token}`;
      return c.json({ url: url.href, expiresAt: new Date(grant.expiresAt).toISOString() }, 201);
    })
    // Every role may read analytics.
    .route('/', guideAnalyticsRoutes({ db }))
    .route('/', splitResultsRoutes({ db }))
    .route('/', checklistAnalyticsRoutes({ db }));
}
