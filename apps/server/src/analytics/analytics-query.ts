import { badRequest } from '../errors.js';
import type { AccountSort, AnalyticsFilter } from './analytics-types.js';
import { ACCOUNT_SORTS } from './analytics-types.js';
import { dayStart, isDay, isTimeZone, nextDay } from './local-days.js';

/** A request's query string: one value or every value of a name. */
export interface QueryReader {
  one(name: string): string | undefined;
  all(name: string): string[];
}

/** A filter ready for the database: the date range as instants `[fromMs, toMs)`. */
export interface CohortFilter {
  filter: AnalyticsFilter & { tz: string };
  fromMs: number | null;
  toMs: number | null;
}

const TRAIT_KEY = /^[A-Za-z0-9_.:-]{1,100}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;

/** `key:value` pairs of a repeatable parameter, the key checked so it can go into a JSON path. */
function traitPairs(name: string, raw: string[]): Record<string, string> | undefined {
  if (raw.length === 0) return undefined;
  const pairs: Record<string, string> = {};
  for (const item of raw) {
    const at = item.indexOf(':');
    const key = at > 0 ? item.slice(0, at) : '';
    const value = item.slice(at + 1);
    if (!TRAIT_KEY.test(key) || at < 0 || value.length > 200) throw badRequest(`${name}: must be key:value with a key of letters, digits, _ . - (got ${JSON.stringify(item.slice(0, 60))})`);
    pairs[key] = value;
  }
  return pairs;
}

function day(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isDay(raw)) throw badRequest(`${name}: must be a date YYYY-MM-DD`);
  return raw;
}

/** Reads `from`, `to`, `tz`, `trait`, `accountTrait` and `locale`; a bad one answers 400 naming it. */
export function parseCohortFilter(query: QueryReader): CohortFilter {
  const tz = query.one('tz') || 'UTC';
  if (!isTimeZone(tz)) throw badRequest('tz: must be an IANA time zone such as Asia/Tokyo');
  const from = day('from', query.one('from'));
  const to = day('to', query.one('to'));
  if (from && to && to < from) throw badRequest('to: must not be before from');
  const locale = query.one('locale') || undefined;
  if (locale !== undefined && !LANGUAGE_TAG.test(locale)) throw badRequest('locale: must be a language tag such as ja or ja-JP');
  const traits = traitPairs('trait', query.all('trait'));
  const accountTraits = traitPairs('accountTrait', query.all('accountTrait'));
  const filter: CohortFilter['filter'] = { tz, ...(from && { from }), ...(to && { to }), ...(traits && { traits }), ...(accountTraits && { accountTraits }), ...(locale && { locale }) };
  return { filter, fromMs: from ? dayStart(from, tz) : null, toMs: to ? dayStart(nextDay(to), tz) : null };
}

/** True when the filter narrows the cohort (so counters maintained for everyone do not answer it). */
export const narrowsCohort = ({ filter, fromMs, toMs }: CohortFilter) =>
  fromMs !== null || toMs !== null || filter.traits !== undefined || filter.accountTraits !== undefined || filter.locale !== undefined;

/** A positive guide version number, or undefined when absent. */
export function parseVersion(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw badRequest(`${name}: must be a positive integer`);
  return Number(raw);
}

/** An integer parameter within bounds, or its default. */
export function parseInteger(name: string, raw: string | undefined, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < min || n > max) throw badRequest(`${name}: must be an integer from ${min} to ${max}`);
  return n;
}

/** A share from 0 to 1, or its default. */
export function parseShare(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || n > 1) throw badRequest(`${name}: must be a number from 0 to 1`);
  return n;
}

/** What the accounts list asks for. */
export interface AccountsQuery {
  sort: AccountSort;
  order: 'asc' | 'desc';
  stalledOnly: boolean;
  stallDays: number;
  search: string;
  limit: number;
  offset: number;
}

export function parseAccountsQuery(query: QueryReader): AccountsQuery {
  const sort = query.one('sort') || 'completionRate';
  if (!(ACCOUNT_SORTS as readonly string[]).includes(sort)) throw badRequest(`sort: must be one of ${ACCOUNT_SORTS.join(', ')}`);
  const stalledOnly = query.one('stalled') === '1' || query.one('stalled') === 'true';
  const order = query.one('order') || (sort === 'name' ? 'asc' : stalledOnly || sort !== 'completionRate' ? 'desc' : 'asc');
  if (order !== 'asc' && order !== 'desc') throw badRequest('order: must be asc or desc');
  const search = (query.one('q') ?? '').trim();
  if (search.length > 200) throw badRequest('q: must be at most 200 characters');
  return {
    sort: sort as AccountSort,
    order,
    stalledOnly,
    stallDays: parseInteger('stallDays', query.one('stallDays'), { min: 1, max: 365, fallback: 7 }),
    search,
    limit: parseInteger('limit', query.one('limit'), { min: 1, max: 10_000, fallback: 100 }),
    offset: parseInteger('offset', query.one('offset'), { min: 0, max: 10_000_000, fallback: 0 }),
  };
}
