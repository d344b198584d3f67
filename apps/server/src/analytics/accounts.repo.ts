import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { AccountsQuery } from './analytics-query.js';
import type { AccountRow, AccountSort, AccountsPage } from './analytics-types.js';

const DAY = 86_400_000;

/** The SQL expression each sortable column orders by. */
const SORT_COLUMNS: Record<AccountSort, string> = {
  name: 'display_name',
  users: 'a.users',
  startedUsers: 'a.onboarding_started_users',
  completedUsers: 'a.onboarding_completed_users',
  completionRate: 'completion_rate',
  stalledUsers: 'stalled_users',
  lastSeenAt: 'a.last_seen_at',
};

/**
 * Customer accounts with their onboarding completion, from counters maintained at ingest, plus
 * how many of their users stalled: started an onboarding guide, have not finished, and did nothing
 * in onboarding for `stallDays` (read from an index on unfinished users' last activity).
 */
export async function readAccounts(db: Database, projectId: string, query: AccountsQuery, now = Date.now()): Promise<AccountsPage> {
  const cutoff = now - query.stallDays * DAY;
  const stalled = db
    .selectFrom('onboarding_users')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('project_id', '=', projectId)
    .where('finished', '=', 0)
    .where('last_activity_at', '<', cutoff)
    .where('started_guides', '>', 0)
    .where('account_id', 'is not', null)
    .groupBy('account_id');

  let base = db
    .with('stalled', () => stalled)
    .selectFrom('accounts as a')
    .leftJoin('stalled as s', 's.account_id', 'a.account_id')
    .where('a.project_id', '=', projectId);
  if (query.stalledOnly) base = base.where('s.n', '>', 0);
  if (query.search) base = base.where(nameOrIdContains(query.search));

  const direction = sql.raw(query.order === 'asc' ? 'asc' : 'desc');
  const [rows, total, onboarding] = await Promise.all([
    base
      .select([
        'a.account_id',
        'a.name',
        'a.traits',
        'a.users',
        'a.onboarding_started_users',
        'a.onboarding_completed_users',
        'a.last_seen_at',
        sql<number>`coalesce(s.n, 0)`.as('stalled_users'),
        sql<string>`coalesce(a.name, a.account_id)`.as('display_name'),
        sql<number>`case when a.onboarding_started_users > 0 then 1.0 * a.onboarding_completed_users / a.onboarding_started_users else 0 end`.as('completion_rate'),
      ])
      // Accounts that never began onboarding have no rate to rank: last, whichever the direction.
      .$if(query.sort === 'completionRate', (q) => q.orderBy(sql`a.onboarding_started_users = 0`))
      .orderBy(sql`${sql.raw(SORT_COLUMNS[query.sort])} ${direction}`)
      .orderBy('a.account_id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    // Without the stalled filter the total needs no stalled counts: one cheap count of accounts.
    query.stalledOnly
      ? base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      : db
          .selectFrom('accounts as a')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('a.project_id', '=', projectId)
          .$if(query.search !== '', (q) => q.where(nameOrIdContains(query.search)))
          .executeTakeFirstOrThrow(),
    db
      .selectFrom('guides')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', projectId)
      .where('onboarding', '=', 1)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    sort: query.sort,
    order: query.order,
    stallDays: query.stallDays,
    onboardingGuides: Number(onboarding.n),
    accounts: rows.map(
      (r): AccountRow => ({
        accountId: r.account_id,
        name: r.display_name,
        traits: JSON.parse(r.traits) as Record<string, string>,
        users: Number(r.users),
        startedUsers: Number(r.onboarding_started_users),
        completedUsers: Number(r.onboarding_completed_users),
        completionRate: Number(r.completion_rate),
        stalledUsers: Number(r.stalled_users),
        lastSeenAt: new Date(Number(r.last_seen_at)).toISOString(),
      }),
    ),
  };
}

/**
 * Accounts whose name or id contains `search` literally (% and _ match themselves), ignoring ASCII
 * case: lower() on both sides because PostgreSQL's LIKE is case-sensitive where SQLite's is not.
 */
function nameOrIdContains(search: string) {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`(lower(a.name) like lower(${pattern}) escape '\\' or lower(a.account_id) like lower(${pattern}) escape '\\')`;
}
