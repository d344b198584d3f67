import { HelpLauncherSchema } from '@shirube/schema';
import { Hono } from 'hono';
import { parseCohortFilter, parseInteger } from '../analytics/analytics-query.js';
import { anyQuery, queryOf } from '../analytics/analytics.routes.js';
import type { ConsoleProjectEnv } from '../console/console-env.js';
import { consoleProject } from '../console/console-project.js';
import { requireRole } from '../console/require-role.js';
import type { Database } from '../db/database.js';
import { jsonBody } from '../http/json-body.js';
import { operation } from '../openapi/operation.js';
import type { Project } from '../projects/projects.repo.js';
import { COHORT_QUERY } from '../analytics/analytics-query-docs.js';
import { getHelpLauncher, saveHelpLauncher } from './help-launcher.repo.js';
import { readHelpSearches } from './help-searches.repo.js';

/**
 * `GET /`: help-launcher searches of a date range (`from`, `to` as days in `tz`; `limit` rows per
 * list), the ones that found nothing first. Mounted for the console and the admin API alike.
 */
export function helpSearchesRoutes({ db }: { db: Database }) {
  const described = operation('Help launcher')({
    summary: 'Help-launcher searches',
    description: 'What end users searched for in a date range, the searches that found nothing first.',
    query: [...COHORT_QUERY.filter((q) => ['from', 'to', 'tz'].includes(q.name)), { name: 'limit', type: 'integer', description: 'Rows per list (1–500, default 50).' }],
    response: { status: 200, description: 'Searches with and without results.' },
  });
  return new Hono<{ Variables: { project: Project } }>().get('/', described, anyQuery, async (c) => {
    const reader = queryOf(c);
    const { fromMs, toMs } = parseCohortFilter(reader);
    const limit = parseInteger('limit', reader.one('limit'), { min: 1, max: 500, fallback: 50 });
    return c.json(await readHelpSearches(db, c.var.project.id, { fromMs, toMs, limit }), 200);
  });
}

/** A project's help launcher settings for the console (mounted under `/api/console/projects/:projectId/help-launcher`). */
export function consoleHelpLauncherRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleProjectEnv>()
    .use(consoleProject({ db }))
    .get('/', requireRole('viewer'), async (c) => c.json({ launcher: await getHelpLauncher(db, c.var.project.id) }, 200))
    .put('/', requireRole('editor'), jsonBody(HelpLauncherSchema), async (c) => {
      const launcher = await saveHelpLauncher(db, c.var.project.id, c.req.valid('json'));
      return c.json({ launcher }, 200);
    });
}

/** Help-launcher searches for the console (mounted under `/api/console/projects/:projectId/help-searches`); every role may read them. */
export function consoleHelpSearchesRoutes({ db }: { db: Database }) {
  return new Hono<ConsoleProjectEnv>().use(consoleProject({ db })).route('/', helpSearchesRoutes({ db }));
}
