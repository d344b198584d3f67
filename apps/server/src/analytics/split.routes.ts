import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { operation } from '../openapi/operation.js';
import type { Project } from '../projects/projects.repo.js';
import { VERSION_QUERY } from './analytics-query-docs.js';
import { parseInteger, parseVersion } from './analytics-query.js';
import { readSplitResults, readTrackEventNames } from './split-results.repo.js';

type WithProject = { Variables: { project: Project } };

const doc = operation('Analytics');

/** `GET /:id/split`: a guide's A/B holdout results, optionally of the split a named `version` had (console and admin API). */
export function splitResultsRoutes({ db }: { db: Database }) {
  const described = doc({
    summary: 'A/B holdout results',
    description: "The guide's split: goal conversion of users shown the guide against the holdout, with a verdict.",
    params: { id: 'The guide id.' },
    query: [{ ...VERSION_QUERY, description: 'Results of the split this published version had; default the live one.' }],
    response: { status: 200, description: 'Both sides and the comparison.' },
    errors: [404],
  });
  return new Hono<WithProject>().get('/:id/split', described, async (c) =>
    c.json(await readSplitResults(db, c.var.project.id, c.req.param('id'), parseVersion('version', c.req.query('version'))), 200),
  );
}

/** `GET /track-events`: the track names the project has sent, most recent first, to choose an A/B goal from. */
export function trackEventNamesRoutes({ db }: { db: Database }) {
  const described = doc({
    summary: 'Tracked event names',
    description: 'Names the app sent with `Shirube.track()`, most recent first: the goals an A/B split can measure.',
    query: [{ name: 'limit', type: 'integer', description: 'Names (1–500, default 200).' }],
    response: { status: 200, description: 'The names.' },
  });
  return new Hono<WithProject>().get('/track-events', described, async (c) =>
    c.json(await readTrackEventNames(db, c.var.project.id, parseInteger('limit', c.req.query('limit'), { min: 1, max: 500, fallback: 200 })), 200),
  );
}
