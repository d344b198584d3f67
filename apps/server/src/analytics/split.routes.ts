import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { Project } from '../projects/projects.repo.js';
import { parseInteger, parseVersion } from './analytics-query.js';
import { readSplitResults, readTrackEventNames } from './split-results.repo.js';

type WithProject = { Variables: { project: Project } };

/** `GET /:id/split`: a guide's A/B holdout results, optionally of the split a named `version` had (console and admin API). */
export function splitResultsRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>().get('/:id/split', async (c) =>
    c.json(await readSplitResults(db, c.var.project.id, c.req.param('id'), parseVersion('version', c.req.query('version'))), 200),
  );
}

/** `GET /track-events`: the track names the project has sent, most recent first, to choose an A/B goal from. */
export function trackEventNamesRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>().get('/track-events', async (c) =>
    c.json(await readTrackEventNames(db, c.var.project.id, parseInteger('limit', c.req.query('limit'), { min: 1, max: 500, fallback: 200 })), 200),
  );
}
