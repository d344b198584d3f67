import { toCsv } from '@shirube/core';
import { DEFAULT_BROKEN_THRESHOLD } from '@shirube/schema';
import { Hono, type Context } from 'hono';
import { validator } from 'hono/validator';
import type { Database } from '../db/database.js';
import { operation } from '../openapi/operation.js';
import type { Project } from '../projects/projects.repo.js';
import { ACCOUNTS_QUERY, COHORT_QUERY, VERSION_QUERY } from './analytics-query-docs.js';
import { readAccounts } from './accounts.repo.js';
import { parseAccountsQuery, parseCohortFilter, parseInteger, parseShare, parseVersion, type QueryReader } from './analytics-query.js';
import { readFilterOptions } from './filter-options.repo.js';
import { readGuideAnalytics, readVersionFunnel } from './guide-analytics.repo.js';
import { readStuckPoints } from './stuck-points.repo.js';
import { FUNNEL_CSV_HEADERS, funnelCsvRows } from './funnel-csv.js';

/** Any route environment whose auth middleware has set the project. */
type WithProject = { Variables: { project: Project } };

/** Declares that a route reads its query string (so the typed client accepts `query`); parsing and errors are ours. */
export const anyQuery = validator('query', (query) => query as Record<string, string | string[]>);

/** The request's query string as the analytics parsers read it. */
export const queryOf = (c: Context): QueryReader => ({ one: (name) => c.req.query(name), all: (name) => c.req.queries(name) ?? [] });

/** `GET /:id/analytics`: a version's funnel and trend, optionally beside another version (console). */
export function guideAnalyticsRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>().get('/:id/analytics', anyQuery, async (c) => {
    const query = queryOf(c);
    const choice = { version: parseVersion('version', query.one('version')), compare: parseVersion('compare', query.one('compare')) };
    return c.json(await readGuideAnalytics(db, c.var.project.id, c.req.param('id'), choice, parseCohortFilter(query)), 200);
  });
}

const doc = operation('Analytics');

/** `GET /:id/funnel` (JSON) and `GET /:id/funnel.csv` (a spreadsheet): one version's funnel, with the same filters (admin API). */
export function funnelRoutes({ db }: { db: Database }) {
  const described = (summary: string, response: string) =>
    doc({
      summary,
      description: 'Per step: how many users saw it, completed it, dismissed it or met a missing element, and the time they took.',
      params: { id: 'The guide id.' },
      query: [VERSION_QUERY, ...COHORT_QUERY],
      response: { status: 200, description: response },
      errors: [404],
    });
  const funnelOf = async (c: Context<WithProject>) => {
    const query = queryOf(c);
    const { funnel } = await readVersionFunnel(db, c.var.project.id, c.req.param('id') ?? '', parseVersion('version', query.one('version')), parseCohortFilter(query));
    return funnel;
  };
  return new Hono<WithProject>()
    .get('/:id/funnel', described("A guide version's funnel", 'The funnel: `steps[]` with counts and timings, and totals.'), anyQuery, async (c) => c.json(await funnelOf(c), 200))
    .get('/:id/funnel.csv', described("A guide version's funnel as CSV", 'The funnel as a spreadsheet (`text/csv`), one row per step.'), anyQuery, async (c) => {
      const funnel = await funnelOf(c);
      c.header('content-disposition', `attachment; filename="funnel-${funnel.guideId}-v${funnel.version}.csv"`);
      return c.body(toCsv(FUNNEL_CSV_HEADERS, funnelCsvRows(funnel)), 200, { 'content-type': 'text/csv; charset=utf-8' });
    });
}

/** Project-wide analytics: stuck points, accounts and the filter values on offer. */
export function projectAnalyticsRoutes({ db }: { db: Database }) {
  return new Hono<WithProject>()
    .get(
      '/stuck-points',
      doc({
        summary: 'Stuck points',
        description: 'Steps across all live guides ranked by how many users stop there, with steps whose element is often missing flagged as broken.',
        query: [
          { name: 'brokenThreshold', type: 'number', description: 'Share of viewers meeting a missing element above which a step counts as broken (0–1, default 0.1).' },
          { name: 'minViewers', type: 'integer', description: 'Ignore steps seen by fewer users (default 5).' },
          { name: 'limit', type: 'integer', description: 'Rows (1–500, default 50).' },
        ],
        response: { status: 200, description: 'The ranked steps.' },
      }),
      anyQuery,
      async (c) => {
      const query = queryOf(c);
      const options = {
        brokenThreshold: parseShare('brokenThreshold', query.one('brokenThreshold'), DEFAULT_BROKEN_THRESHOLD),
        minViewers: parseInteger('minViewers', query.one('minViewers'), { min: 1, max: 1_000_000, fallback: 5 }),
        limit: parseInteger('limit', query.one('limit'), { min: 1, max: 500, fallback: 50 }),
      };
      return c.json(await readStuckPoints(db, c.var.project.id, options), 200);
      },
    )
    .get(
      '/accounts',
      doc({ summary: 'Accounts', description: 'Customer companies with their users’ onboarding progress, for finding accounts at risk.', query: ACCOUNTS_QUERY, response: { status: 200, description: 'A page of accounts and the total.' } }),
      anyQuery,
      async (c) => c.json(await readAccounts(db, c.var.project.id, parseAccountsQuery(queryOf(c))), 200),
    )
    .get(
      '/filters',
      doc({ summary: 'Filter values', description: 'The trait keys, values and locales seen, to build `trait=`/`locale=` filters from.', response: { status: 200, description: 'The values on offer.' } }),
      async (c) => c.json(await readFilterOptions(db, c.var.project.id), 200),
    );
}
