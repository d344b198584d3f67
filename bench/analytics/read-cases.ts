import { parseAccountsQuery, parseCohortFilter, type QueryReader } from '../../apps/server/src/analytics/analytics-query.js';
import { readAccounts } from '../../apps/server/src/analytics/accounts.repo.js';
import { readGuideAnalytics, readVersionFunnel } from '../../apps/server/src/analytics/guide-analytics.repo.js';
import { readStuckPoints } from '../../apps/server/src/analytics/stuck-points.repo.js';
import type { Database } from '../../apps/server/src/db/database.js';
import { STANDARD_PLAN, type RunPlan } from './measure.js';
import { createRandom } from './random.js';

/** What the cases read from the built database before timing starts. */
export interface ReadContext {
  projectId: string;
  guideIds: string[];
  /** The guide version with the most users: the worst case for a cohort (filtered) read. */
  largestGuideId: string;
  /** A 30-day range ending on the last day with data, as `from`/`to` query values. */
  lastMonth: { from: string; to: string };
}

/** One timed read; `headline` marks the three the summary line reports. */
export interface ReadCase {
  name: string;
  headline?: 'funnel' | 'stuck' | 'accounts';
  plan: RunPlan;
  read: (run: number) => Promise<unknown>;
}

/** Cohort reads of a guide most users took load every user of it: fewer runs keep the benchmark short. */
const HEAVY_PLAN: RunPlan = { warmups: 3, runs: 200, budgetMs: 20_000, minRuns: 20 };

/** Parameters as the routes receive them, so reads get exactly the objects the server's parsers make. */
function queryOf(params: Record<string, string | string[]>): QueryReader {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const v of [value].flat()) search.append(name, v);
  return { one: (name) => search.get(name) ?? undefined, all: (name) => search.getAll(name) };
}

/**
 * The reads behind the analytics pages, called the way analytics.routes.ts calls them (without
 * HTTP): the guide page (funnel, trend, versions) for random guides, unfiltered and filtered; the
 * stuck-points ranking; the accounts list sorted and filtered.
 */
export function readCases(db: Database, context: ReadContext): ReadCase[] {
  const { projectId, guideIds } = context;
  const random = createRandom(7);
  const randomGuide = () => guideIds[random.int(guideIds.length)]!;
  const guidePage = (guideId: () => string, params: Record<string, string | string[]>) => {
    const cohort = parseCohortFilter(queryOf(params));
    return () => readGuideAnalytics(db, projectId, guideId(), {}, cohort);
  };
  const accounts = (params: Record<string, string>) => {
    const query = parseAccountsQuery(queryOf(params));
    return () => readAccounts(db, projectId, query);
  };
  const largest = () => context.largestGuideId;
  const unfiltered = parseCohortFilter(queryOf({}));
  return [
    { name: 'funnel: guide page, unfiltered, random guide', headline: 'funnel', plan: STANDARD_PLAN, read: guidePage(randomGuide, {}) },
    { name: 'funnel: /funnel endpoint, unfiltered, random guide', plan: STANDARD_PLAN, read: () => readVersionFunnel(db, projectId, randomGuide(), undefined, unfiltered) },
    { name: 'funnel: trait plan=business, random guide', plan: STANDARD_PLAN, read: guidePage(randomGuide, { trait: 'plan:business' }) },
    { name: 'funnel: last 30 days, random guide', plan: STANDARD_PLAN, read: guidePage(randomGuide, context.lastMonth) },
    { name: 'funnel: locale en, random guide', plan: STANDARD_PLAN, read: guidePage(randomGuide, { locale: 'en' }) },
    { name: 'funnel: trait plan=business, largest guide', plan: HEAVY_PLAN, read: guidePage(largest, { trait: 'plan:business' }) },
    { name: 'funnel: last 30 days, largest guide', plan: HEAVY_PLAN, read: guidePage(largest, context.lastMonth) },
    { name: 'stuck points: every live guide, top 50', headline: 'stuck', plan: STANDARD_PLAN, read: () => readStuckPoints(db, projectId, { brokenThreshold: 0.1, minViewers: 5, limit: 50 }) },
    { name: 'accounts: by completion rate (default), 100', headline: 'accounts', plan: STANDARD_PLAN, read: accounts({}) },
    { name: 'accounts: stalled only', plan: STANDARD_PLAN, read: accounts({ stalled: '1' }) },
    { name: 'accounts: by stalled users', plan: STANDARD_PLAN, read: accounts({ sort: 'stalledUsers' }) },
    { name: 'accounts: search "sakura", by name', plan: STANDARD_PLAN, read: accounts({ q: 'sakura', sort: 'name' }) },
  ];
}
