import { sql } from 'kysely';
import { moveAccountCounts } from '../analytics/onboarding-progress.js';
import type { Database } from '../db/database.js';
import type { PersonUpdate } from './people-of-batch.js';
import { filterValuesOf, mergeTraits, personAfter } from './trait-rules.js';

const parseTraits = (json: string | null | undefined): Record<string, string> => (json ? (JSON.parse(json) as Record<string, string>) : {});

/**
 * Records what a batch said about its end users and their accounts, inside the ingest
 * transaction and before its guide events are folded in (so onboarding rows find the account).
 * A user who moves to another account takes their onboarding state with them.
 */
export async function recordPeople(trx: Database, projectId: string, updates: readonly PersonUpdate[]): Promise<void> {
  for (const update of updates) await recordPerson(trx, projectId, update);
}

async function recordPerson(trx: Database, projectId: string, update: PersonUpdate): Promise<void> {
  const where = { project_id: projectId, user_key: update.userKey };
  const row = await trx.selectFrom('end_users').selectAll().where((eb) => eb.and(where)).executeTakeFirst();
  const current = row
    ? { ...row, traits: parseTraits(row.traits), first_seen_at: Number(row.first_seen_at), last_seen_at: Number(row.last_seen_at) }
    : null;
  const next = personAfter(current, update);
  const accountId = next.account_id;
  const values = { ...next, traits: JSON.stringify(next.traits) };
  if (!row) await trx.insertInto('end_users').values({ ...where, ...values }).execute();
  else await trx.updateTable('end_users').set(values).where((eb) => eb.and(where)).execute();

  const previousAccount = row?.account_id ?? null;
  if (accountId !== null) await recordAccount(trx, projectId, accountId, update, previousAccount !== accountId);
  if (previousAccount !== null && previousAccount !== accountId) {
    await trx
      .updateTable('accounts')
      .set({ users: sql<number>`users - 1` })
      .where('project_id', '=', projectId)
      .where('account_id', '=', previousAccount)
      .execute();
  }
  if (row && previousAccount !== accountId) await moveOnboarding(trx, projectId, update.userKey, previousAccount, accountId);

  await recordFilterValues(trx, projectId, 'user', update.traits);
  await recordFilterValues(trx, projectId, 'account', update.accountTraits);
  if (update.locale) await recordFilterValues(trx, projectId, 'locale', { [values.language!]: update.locale });
}

async function recordAccount(trx: Database, projectId: string, accountId: string, update: PersonUpdate, joins: boolean): Promise<void> {
  const where = { project_id: projectId, account_id: accountId };
  const row = await trx.selectFrom('accounts').select(['traits', 'first_seen_at', 'last_seen_at']).where((eb) => eb.and(where)).executeTakeFirst();
  const traits = mergeTraits(parseTraits(row?.traits), update.accountTraits);
  const name = traits.name ?? null;
  if (!row) {
    await trx
      .insertInto('accounts')
      .values({
        ...where,
        name,
        traits: JSON.stringify(traits),
        first_seen_at: update.firstSeenAt,
        last_seen_at: update.lastSeenAt,
        users: joins ? 1 : 0,
        onboarding_started_users: 0,
        onboarding_completed_users: 0,
      })
      .execute();
    return;
  }
  await trx
    .updateTable('accounts')
    .set({
      name,
      traits: JSON.stringify(traits),
      first_seen_at: Math.min(Number(row.first_seen_at), update.firstSeenAt),
      last_seen_at: Math.max(Number(row.last_seen_at), update.lastSeenAt),
      ...(joins ? { users: sql<number>`users + 1` } : {}),
    })
    .where((eb) => eb.and(where))
    .execute();
}

/** Moves a user's onboarding state from one account's counters to another's. */
async function moveOnboarding(trx: Database, projectId: string, userKey: string, from: string | null, to: string | null): Promise<void> {
  const where = { project_id: projectId, user_key: userKey };
  const row = await trx.selectFrom('onboarding_users').select(['started_guides', 'completed_guides']).where((eb) => eb.and(where)).executeTakeFirst();
  if (!row) return;
  const state = { started: Number(row.started_guides), completed: Number(row.completed_guides) };
  const none = { started: 0, completed: 0 };
  await moveAccountCounts(trx, projectId, from, state, none);
  await moveAccountCounts(trx, projectId, to, none, state);
  await trx.updateTable('onboarding_users').set({ account_id: to }).where((eb) => eb.and(where)).execute();
}

/** Remembers trait values to offer as analytics filters. */
async function recordFilterValues(trx: Database, projectId: string, scope: 'user' | 'account' | 'locale', traits: Record<string, string | null>): Promise<void> {
  const rows = filterValuesOf(traits).map(([key, value]) => ({ project_id: projectId, scope, key, value }));
  if (rows.length === 0) return;
  await trx
    .insertInto('trait_values')
    .values(rows)
    .onConflict((oc) => oc.columns(['project_id', 'scope', 'key', 'value']).doNothing())
    .execute();
}
