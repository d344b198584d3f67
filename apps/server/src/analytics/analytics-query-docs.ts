import type { QueryParameter } from '../openapi/operation.js';
import { ACCOUNT_SORTS } from './analytics-types.js';

/*
 * The query parameters of analytics-query.ts's parsers, as the API reference shows them. They sit
 * beside the parsers so a new parameter is documented where it is read.
 */

/** `parseCohortFilter`: who and when an analytics answer counts. */
export const COHORT_QUERY: readonly QueryParameter[] = [
  { name: 'from', type: 'string', description: 'First day counted, YYYY-MM-DD in `tz`.', example: '2026-11-01' },
  { name: 'to', type: 'string', description: 'Last day counted (inclusive), YYYY-MM-DD in `tz`.', example: '2026-11-30' },
  { name: 'tz', type: 'string', description: 'IANA time zone the days are in; default UTC.', example: 'Asia/Tokyo' },
  { name: 'trait', type: 'string', description: 'Only users with this trait, as `key:value`; repeat to require several.', example: 'plan:enterprise' },
  { name: 'accountTrait', type: 'string', description: 'Only users whose account has this trait, as `key:value`; repeatable.' },
  { name: 'locale', type: 'string', description: 'Only users whose browser language is this tag (`ja`, `en-US`).' },
];

/** `parseVersion('version')`. */
export const VERSION_QUERY: QueryParameter = { name: 'version', type: 'integer', description: 'A published version; default the live one.' };

/** `parseAccountsQuery`. */
export const ACCOUNTS_QUERY: readonly QueryParameter[] = [
  { name: 'sort', type: 'string', enum: ACCOUNT_SORTS, description: 'Sort column; default completionRate.' },
  { name: 'order', type: 'string', enum: ['asc', 'desc'], description: 'Sort order; default depends on the column.' },
  { name: 'stalled', type: 'string', enum: ['1', 'true'], description: 'Only accounts with stalled users.' },
  { name: 'stallDays', type: 'integer', description: 'Days without progress after which a user counts as stalled (1–365, default 7).' },
  { name: 'q', type: 'string', description: 'Search in account ids and names (at most 200 characters).' },
  { name: 'limit', type: 'integer', description: 'Rows per page (1–10000, default 100).' },
  { name: 'offset', type: 'integer', description: 'Rows to skip (default 0).' },
];
