import type { Database } from '../db/database.js';
import { jsonText } from '../db/sql-functions.js';
import type { CohortFilter } from './analytics-query.js';

type VersionKey = { project_id: string; guide_id: string; version: number };

/**
 * The users of a guide version who match a filter: started in the date range, with the traits,
 * account traits and locale asked for. A language without region (`ja`) matches every `ja-*`.
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

  let withUser = query.innerJoin('end_users as eu', (join) => join.onRef('eu.project_id', '=', 'gu.project_id').onRef('eu.user_key', '=', 'gu.user_key'));
  for (const [trait, value] of Object.entries(filter.traits ?? {})) withUser = withUser.where(jsonText(db, 'eu.traits', trait), '=', value);
  if (filter.locale !== undefined) {
    withUser = filter.locale.includes('-')
      ? withUser.where((eb) => eb.fn('lower', ['eu.locale']), '=', filter.locale.toLowerCase())
      : withUser.where('eu.language', '=', filter.locale.toLowerCase());
  }
  if (filter.accountTraits === undefined) return withUser;
  let withAccount = withUser.innerJoin('accounts as ac', (join) => join.onRef('ac.project_id', '=', 'eu.project_id').onRef('ac.account_id', '=', 'eu.account_id'));
  for (const [trait, value] of Object.entries(filter.accountTraits)) withAccount = withAccount.where(jsonText(db, 'ac.traits', trait), '=', value);
  return withAccount;
}
