import type { AccountSort, AuditAction } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';

/** One `key:value` trait condition of an analytics filter. */
export interface TraitFilter {
  key: string;
  value: string;
}

/** The guide analytics page's filters: kept in the hash query so a link shows the same cohort. */
export interface GuideAnalyticsQuery {
  /** A published version; the live one when absent. */
  version?: number;
  /** A second version shown beside the first. */
  compare?: number;
  /** First and last day (`YYYY-MM-DD`, inclusive) users started the guide. */
  from?: string;
  to?: string;
  traits: TraitFilter[];
  accountTraits: TraitFilter[];
  locale?: string;
}

/** The accounts page's table state, in the hash query too. */
export interface AccountsQuery {
  sort?: AccountSort;
  order?: 'asc' | 'desc';
  /** Only accounts with stalled users (CS follow-up). */
  stalled: boolean;
  q?: string;
  /** Zero-based page of the table. */
  page: number;
}

/** The audit log's filters and page, in the hash query too. */
export interface AuditQuery {
  action?: AuditAction;
  /** A member's user id. */
  actor?: string;
  /** Zero-based page. */
  page: number;
}

/** A date range (`YYYY-MM-DD`, inclusive) in the hash query; absent days are open-ended. */
export interface DateRangeQuery {
  from?: string;
  to?: string;
}

/** Where the console is: a hash route, so the server needs to know only `/`. */
export type Route =
  | { page: 'home' }
  | { page: 'guides'; projectId: string }
  | { page: 'guide'; projectId: string; guideId: string; /** The step to select, by id. */ step?: string }
  | { page: 'guide-analytics'; projectId: string; guideId: string; query: GuideAnalyticsQuery }
  | { page: 'stuck'; projectId: string }
  | { page: 'help-searches'; projectId: string; query: DateRangeQuery }
  | { page: 'accounts'; projectId: string; query: AccountsQuery }
  | { page: 'settings'; projectId: string }
  | { page: 'segments'; projectId: string }
  | { page: 'audit'; projectId: string; query: AuditQuery }
  | { page: 'webhooks'; projectId: string }
  | { page: 'members' }
  | { page: 'api-tokens' }
  | { page: 'new-project' };

const ACCOUNT_SORT_KEYS: readonly AccountSort[] = ['name', 'users', 'startedUsers', 'completedUsers', 'completionRate', 'stalledUsers', 'lastSeenAt'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(search);
  if (parts[0] === 'members') return { page: 'members' };
  if (parts[0] === 'api-tokens') return { page: 'api-tokens' };
  if (parts[0] === 'new-project') return { page: 'new-project' };
  if (parts[0] === 'p' && parts[1]) {
    const projectId = parts[1];
    if (parts[2] === 'settings') return { page: 'settings', projectId };
    if (parts[2] === 'stuck') return { page: 'stuck', projectId };
    if (parts[2] === 'segments') return { page: 'segments', projectId };
    if (parts[2] === 'webhooks') return { page: 'webhooks', projectId };
    if (parts[2] === 'audit') return { page: 'audit', projectId, query: parseAuditQuery(params) };
    if (parts[2] === 'help-searches') return { page: 'help-searches', projectId, query: parseDateRange(params) };
    if (parts[2] === 'accounts') return { page: 'accounts', projectId, query: parseAccountsQuery(params) };
    if (parts[2] === 'guides' && parts[3]) {
      if (parts[4] === 'analytics') return { page: 'guide-analytics', projectId, guideId: parts[3], query: parseGuideAnalyticsQuery(params) };
      const step = params.get('step');
      return { page: 'guide', projectId, guideId: parts[3], ...(step ? { step } : {}) };
    }
    return { page: 'guides', projectId };
  }
  return { page: 'home' };
}

export function href(route: Route): string {
  const project = 'projectId' in route ? `#/p/${encodeURIComponent(route.projectId)}` : '';
  switch (route.page) {
    case 'guides':
      return `${project}/guides`;
    case 'guide':
      return withQuery(`${project}/guides/${encodeURIComponent(route.guideId)}`, new URLSearchParams(route.step ? { step: route.step } : {}));
    case 'guide-analytics':
      return withQuery(`${project}/guides/${encodeURIComponent(route.guideId)}/analytics`, guideAnalyticsParams(route.query));
    case 'stuck':
      return `${project}/stuck`;
    case 'help-searches':
      return withQuery(`${project}/help-searches`, dateRangeParams(route.query));
    case 'accounts':
      return withQuery(`${project}/accounts`, accountsParams(route.query));
    case 'settings':
      return `${project}/settings`;
    case 'segments':
      return `${project}/segments`;
    case 'webhooks':
      return `${project}/webhooks`;
    case 'audit':
      return withQuery(`${project}/audit`, auditParams(route.query));
    case 'members':
      return '#/members';
    case 'api-tokens':
      return '#/api-tokens';
    case 'new-project':
      return '#/new-project';
    default:
      return '#/';
  }
}

/** No filters: the live version, all time, everyone. */
export const ALL_USERS: GuideAnalyticsQuery = { traits: [], accountTraits: [] };

/** The accounts table as it first opens. */
export const DEFAULT_ACCOUNTS_QUERY: AccountsQuery = { stalled: false, page: 0 };

/** The `from` and `to` days of a hash query that are days. */
export function parseDateRange(params: URLSearchParams): DateRangeQuery {
  const range: DateRangeQuery = {};
  for (const key of ['from', 'to'] as const) {
    const day = params.get(key);
    if (day && DAY.test(day)) range[key] = day;
  }
  return range;
}

/** A date range as query parameters (also what the API takes, less `tz`). */
export function dateRangeParams(range: DateRangeQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return params;
}

/** Reads the analytics filters from a hash query, dropping values that cannot be right. */
export function parseGuideAnalyticsQuery(params: URLSearchParams): GuideAnalyticsQuery {
  const query: GuideAnalyticsQuery = { traits: parseTraits(params.getAll('trait')), accountTraits: parseTraits(params.getAll('accountTrait')), ...parseDateRange(params) };
  const version = positiveInt(params.get('version'));
  const compare = positiveInt(params.get('compare'));
  if (version) query.version = version;
  if (compare && compare !== version) query.compare = compare;
  const locale = params.get('locale');
  if (locale) query.locale = locale;
  return query;
}

/** The filters as query parameters, in a stable order (also what the API takes, less `tz`). */
export function guideAnalyticsParams(query: GuideAnalyticsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.version) params.set('version', String(query.version));
  if (query.compare) params.set('compare', String(query.compare));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  for (const t of query.traits) params.append('trait', `${t.key}:${t.value}`);
  for (const t of query.accountTraits) params.append('accountTrait', `${t.key}:${t.value}`);
  if (query.locale) params.set('locale', query.locale);
  return params;
}

export function parseAccountsQuery(params: URLSearchParams): AccountsQuery {
  const query: AccountsQuery = { stalled: params.get('stalled') === '1', page: Math.max(0, positiveInt(params.get('page')) ?? 1) - 1 };
  const sort = params.get('sort') as AccountSort | null;
  if (sort && ACCOUNT_SORT_KEYS.includes(sort)) query.sort = sort;
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') query.order = order;
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  return query;
}

/** The accounts table state as query parameters; pages are one-based in the URL, as people count. */
export function accountsParams(query: AccountsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort) params.set('sort', query.sort);
  if (query.order) params.set('order', query.order);
  if (query.stalled) params.set('stalled', '1');
  if (query.q) params.set('q', query.q);
  if (query.page > 0) params.set('page', String(query.page + 1));
  return params;
}

/** The audit log as it first opens: every entry, newest first. */
export const DEFAULT_AUDIT_QUERY: AuditQuery = { page: 0 };

/** Reads the audit filters; an action the server does not know is dropped there (400), so keep only the shape here. */
export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const query: AuditQuery = { page: Math.max(0, positiveInt(params.get('page')) ?? 1) - 1 };
  const action = params.get('action');
  if (action && /^[a-z]+\.[a-z_]+$/.test(action)) query.action = action as AuditAction;
  const actor = params.get('actor');
  if (actor) query.actor = actor;
  return query;
}

/** The audit filters as query parameters; pages one-based in the URL. */
export function auditParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.action) params.set('action', query.action);
  if (query.actor) params.set('actor', query.actor);
  if (query.page > 0) params.set('page', String(query.page + 1));
  return params;
}

// `key:value`, split at the first colon so values may hold colons (times, URLs).
function parseTraits(values: string[]): TraitFilter[] {
  return values.flatMap((raw) => {
    const at = raw.indexOf(':');
    return at > 0 && at < raw.length - 1 ? [{ key: raw.slice(0, at), value: raw.slice(at + 1) }] : [];
  });
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const withQuery = (path: string, params: URLSearchParams) => (params.toString() ? `${path}?${params}` : path);

export const go = (route: Route) => {
  location.hash = href(route);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
