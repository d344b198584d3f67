import { normalizeSearchText } from '@shirube/core';
import type { ShirubeEvent } from '@shirube/schema';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';

const HOUR = 3_600_000;

type HelpSearchEvent = Extract<ShirubeEvent, { type: 'help_search' }>;

/** Counts one new `help_search` event (inside the ingest transaction) under its normalised query, hour and user. */
export async function recordHelpSearch(trx: Database, projectId: string, event: HelpSearchEvent, userKey: string, at: number): Promise<void> {
  const queryKey = normalizeSearchText(event.query);
  if (queryKey === '') return;
  const picked = event.pickedGuideId ? 1 : 0;
  const empty = event.resultCount === 0 ? 1 : 0;
  await trx
    .insertInto('help_search_stats')
    .values({
      project_id: projectId,
      query_key: queryKey,
      hour: Math.floor(at / HOUR),
      user_key: userKey,
      query: event.query,
      searches: 1,
      picked,
      empty_searches: empty,
      last_at: at,
      last_empty_at: empty ? at : null,
    })
    .onConflict((oc) =>
      oc.columns(['project_id', 'hour', 'query_key', 'user_key']).doUpdateSet((eb) => ({
        query: eb.ref('excluded.query'),
        // The SDK logs a search once the user pauses, then again if they pick a result: a pick completes
        // the same user's earlier unpicked search of that query (this hour) rather than counting a new one.
        searches: picked
          ? sql<number>`help_search_stats.searches + case when help_search_stats.searches > help_search_stats.picked then 0 else 1 end`
          : sql<number>`help_search_stats.searches + 1`,
        picked: sql<number>`help_search_stats.picked + ${picked}`,
        empty_searches: sql<number>`help_search_stats.empty_searches + ${empty}`,
        // Batches may arrive out of order: keep the latest instant (portable spelling of a two-value max).
        last_at: sql<number>`case when help_search_stats.last_at > ${at} then help_search_stats.last_at else ${at} end`,
        last_empty_at: empty
          ? sql<number>`case when help_search_stats.last_empty_at > ${at} then help_search_stats.last_empty_at else ${at} end`
          : eb.ref('help_search_stats.last_empty_at'),
      })),
    )
    .execute();
}

/** One query as users typed it, with how often it was searched in the range. */
export interface HelpSearchRow {
  /** How users typed it (one of the forms, when several normalise alike). */
  query: string;
  /** The normalised form searches are grouped by. */
  normalized: string;
  searches: number;
  /** Distinct users who searched it. */
  users: number;
}

/** A query from the top searches, with how often a result was picked after it. */
export interface TopSearch extends HelpSearchRow {
  picked: number;
}

/** A query that found nothing, with when it was last searched (the CS team's to-do list). */
export interface EmptySearch extends HelpSearchRow {
  lastSearchedAt: string;
}

/** Help-launcher searches of a date range: the empty ones first, then the most frequent. */
export interface HelpSearches {
  totals: { searches: number; users: number; emptySearches: number; emptyQueries: number };
  noResults: EmptySearch[];
  top: TopSearch[];
}

export interface HelpSearchRange {
  /** Instants `[fromMs, toMs)`, null for unbounded; rounded to whole hours. */
  fromMs: number | null;
  toMs: number | null;
  limit: number;
}

/** Reads the searches of a project and date range from the table maintained at ingest. */
export async function readHelpSearches(db: Database, projectId: string, range: HelpSearchRange): Promise<HelpSearches> {
  let base = db.selectFrom('help_search_stats').where('project_id', '=', projectId);
  if (range.fromMs !== null) base = base.where('hour', '>=', Math.floor(range.fromMs / HOUR));
  if (range.toMs !== null) base = base.where('hour', '<', Math.ceil(range.toMs / HOUR));
  const count = (column: 'searches' | 'picked' | 'empty_searches') => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`;
  const [totals, emptyTotals, top, empty] = await Promise.all([
    base.select([count('searches').as('searches'), sql<number>`count(distinct user_key)`.as('users')]).executeTakeFirstOrThrow(),
    base
      .where('empty_searches', '>', 0)
      .select([count('empty_searches').as('searches'), sql<number>`count(distinct query_key)`.as('queries')])
      .executeTakeFirstOrThrow(),
    base
      .select(['query_key', sql<string>`min(query)`.as('query'), count('searches').as('searches'), count('picked').as('picked'), sql<number>`count(distinct user_key)`.as('users')])
      .groupBy('query_key')
      .orderBy('searches', 'desc')
      .orderBy('query_key')
      .limit(range.limit)
      .execute(),
    base
      .where('empty_searches', '>', 0)
      .select([
        'query_key',
        sql<string>`min(query)`.as('query'),
        count('empty_searches').as('searches'),
        sql<number>`count(distinct user_key)`.as('users'),
        sql<number>`max(last_empty_at)`.as('last'),
      ])
      .groupBy('query_key')
      .orderBy('searches', 'desc')
      .orderBy('last', 'desc')
      .orderBy('query_key')
      .limit(range.limit)
      .execute(),
  ]);
  return {
    totals: {
      searches: Number(totals.searches),
      users: Number(totals.users),
      emptySearches: Number(emptyTotals.searches),
      emptyQueries: Number(emptyTotals.queries),
    },
    noResults: empty.map((row) => ({
      query: row.query,
      normalized: row.query_key,
      searches: Number(row.searches),
      users: Number(row.users),
      lastSearchedAt: new Date(Number(row.last)).toISOString(),
    })),
    top: top.map((row) => ({ query: row.query, normalized: row.query_key, searches: Number(row.searches), users: Number(row.users), picked: Number(row.picked) })),
  };
}
