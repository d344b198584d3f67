import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../db/database.js';
import { jsonText } from '../db/sql-functions.js';
import type { CohortFilter } from './analytics-query.js';

type VersionKey = { project_id: string; guide_id: string; version: number };

/**
 * The users of a guide version who match a filter: started in the date range, with the traits,
 * account traits and locale asked for. A language without region (`ja`) matches every `ja-*`.
 *
 * The person conditions are one subquery per user of the version, looked up by primary key, rather
 * than a join: the cohort is bounded by the guide's audience, but a join lets PostgreSQL, which
 * cannot estimate a JSON trait condition, start from every end user of the project and read each
 * one's traits (40 ms at 10k users, growing with the project rather than the guide).
 */
export function cohortQuery(db: Database, key: VersionKey, { filter, fromMs, toMs }: CohortFilter) {
  let query = db
    .selectFrom('guide_users as gu')
    .where('gu.project_id', '=', key.project_id)
    .where('gu.guide_id', '=', key.guide_id)
    .where('gu.version', '=', key.version);
  if (fromMs !== null) query = query.where('gu.started_at', '>=', fromMs);
  if (toMs !== null) query = query.where('gu.started_at', '<', toMs);
  const needsUser = filter.traits !== undefined || filter.accountTraits !== undefined || filter.locale !== undefined;
  if (!needsUser) return query;

  // One boolean per user of the version: whether their end-user row (and account) match.
  return query.where((qb) =>
    qb
      .selectFrom('end_users as eu')
      .whereRef('eu.project_id', '=', 'gu.project_id')
      .whereRef('eu.user_key', '=', 'gu.user_key')
      .select((eb) => {
        const matches: Array<Expression<SqlBool>> = Object.entries(filter.traits ?? {}).map(([trait, value]) => eb(jsonText(db, 'eu.traits', trait), '=', value));
        if (filter.locale !== undefined) {
          matches.push(filter.locale.includes('-') ? eb(eb.fn('lower', ['eu.locale']), '=', filter.locale.toLowerCase()) : eb('eu.language', '=', filter.locale.toLowerCase()));
        }
        if (filter.accountTraits !== undefined) {
          const account = eb
            .selectFrom('accounts as ac')
            .select(sql.lit(1).as('one'))
            .whereRef('ac.project_id', '=', 'eu.project_id')
            .whereRef('ac.account_id', '=', 'eu.account_id')
            .where((ab) => ab.and(Object.entries(filter.accountTraits!).map(([trait, value]) => ab(jsonText(db, 'ac.traits', trait), '=', value))));
          matches.push(eb.exists(account));
        }
        return eb.and(matches).as('matches');
      })
      .$asScalar(),
  );
}
