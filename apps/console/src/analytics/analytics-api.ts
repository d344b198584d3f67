import type { AccountsPage, FilterOptions, GuideAnalytics, HelpSearches, StuckPoints } from '@shirube/server/types';
import { call, client } from '../api.js';
import type { AccountsQuery, DateRangeQuery, GuideAnalyticsQuery } from '../route.js';
import { viewerTimeZone } from './date-range.js';

/** Rows per page of the accounts table; a CSV export asks for everything up to the server's cap. */
export const ACCOUNTS_PAGE_SIZE = 50;
export const ACCOUNTS_EXPORT_LIMIT = 10_000;

/** One guide's funnel and trend for the filtered cohort, days in the viewer's time zone. */
export function fetchGuideAnalytics(projectId: string, guideId: string, query: GuideAnalyticsQuery): Promise<GuideAnalytics> {
  return call(
    client.projects[':projectId'].guides[':id'].analytics.$get({
      param: { projectId, id: guideId },
      query: {
        ...(query.version && { version: String(query.version) }),
        ...(query.compare && { compare: String(query.compare) }),
        ...(query.from && { from: query.from }),
        ...(query.to && { to: query.to }),
        tz: viewerTimeZone(),
        trait: query.traits.map((t) => `${t.key}:${t.value}`),
        accountTrait: query.accountTraits.map((t) => `${t.key}:${t.value}`),
        ...(query.locale && { locale: query.locale }),
      },
    }),
  );
}

/** The project's steps ranked by users lost, broken ones first. */
export function fetchStuckPoints(projectId: string): Promise<StuckPoints> {
  return call(client.projects[':projectId'].analytics['stuck-points'].$get({ param: { projectId }, query: {} }));
}

/** A page of accounts as the table shows it; `all` fetches every row for an export. */
export function fetchAccounts(projectId: string, query: AccountsQuery, options: { all?: boolean } = {}): Promise<AccountsPage> {
  const limit = options.all ? ACCOUNTS_EXPORT_LIMIT : ACCOUNTS_PAGE_SIZE;
  return call(
    client.projects[':projectId'].analytics.accounts.$get({
      param: { projectId },
      query: {
        ...(query.sort && { sort: query.sort }),
        ...(query.order && { order: query.order }),
        ...(query.stalled && { stalled: '1' }),
        ...(query.q && { q: query.q }),
        limit: String(limit),
        offset: String(options.all ? 0 : query.page * ACCOUNTS_PAGE_SIZE),
      },
    }),
  );
}

/** The trait keys, values and locales seen in the project, to offer as filters. */
export function fetchFilterOptions(projectId: string): Promise<FilterOptions> {
  return call(client.projects[':projectId'].analytics.filters.$get({ param: { projectId } }));
}

/** Help-launcher searches of a date range, days in the viewer's time zone: the empty ones and the top ones. */
export function fetchHelpSearches(projectId: string, range: DateRangeQuery): Promise<HelpSearches> {
  return call(
    client.projects[':projectId']['help-searches'].$get({
      param: { projectId },
      query: { ...(range.from && { from: range.from }), ...(range.to && { to: range.to }), tz: viewerTimeZone(), limit: '200' },
    }),
  );
}
