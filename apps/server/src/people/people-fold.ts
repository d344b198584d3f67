import { moveAccountCounts } from '../analytics/guide-fold.js';
import type { ProjectState, UserState } from '../analytics/fold-state.js';
import type { PersonUpdate } from './people-of-batch.js';
import { filterValuesOf, mergeTraits, personAfter } from './trait-rules.js';

/*
 * What a batch says about its end users, as a pure fold: the user row, their account (a user who
 * moves takes their onboarding state along), and the trait values offered as filters. Folded before
 * the batch's guide events, so an onboarding row finds the account the batch names.
 */

/** Applies one batch's update (`peopleOfBatch`) of one user; their account's row must be in `project` when they had or get one. */
export function foldPerson(project: ProjectState, user: UserState, update: PersonUpdate): void {
  const row = user.endUser;
  user.endUser = personAfter(row ?? null, update);
  const accountId = user.endUser.account_id;

  const previousAccount = row?.account_id ?? null;
  if (accountId !== null) foldAccount(project, accountId, update, previousAccount !== accountId);
  if (previousAccount !== null && previousAccount !== accountId) {
    const previous = project.accounts.get(previousAccount);
    if (previous) previous.users -= 1;
  }
  if (row && previousAccount !== accountId && user.onboarding) {
    // The user takes their onboarding state to the new account.
    const state = { started: user.onboarding.started_guides, completed: user.onboarding.completed_guides };
    const none = { started: 0, completed: 0 };
    moveAccountCounts(project, previousAccount, state, none);
    moveAccountCounts(project, accountId, none, state);
    user.onboarding.account_id = accountId;
  }

  addFilterValues(project, 'user', update.traits);
  addFilterValues(project, 'account', update.accountTraits);
  if (update.locale) addFilterValues(project, 'locale', { [user.endUser.language!]: update.locale });
}

function foldAccount(project: ProjectState, accountId: string, update: PersonUpdate, joins: boolean): void {
  const row = project.accounts.get(accountId);
  const traits = mergeTraits(row?.traits ?? {}, update.accountTraits);
  const name = traits.name ?? null;
  if (!row) {
    project.accounts.set(accountId, {
      name,
      traits,
      first_seen_at: update.firstSeenAt,
      last_seen_at: update.lastSeenAt,
      users: joins ? 1 : 0,
      onboarding_started_users: 0,
      onboarding_completed_users: 0,
    });
    return;
  }
  row.name = name;
  row.traits = traits;
  row.first_seen_at = Math.min(row.first_seen_at, update.firstSeenAt);
  row.last_seen_at = Math.max(row.last_seen_at, update.lastSeenAt);
  if (joins) row.users += 1;
}

function addFilterValues(project: ProjectState, scope: 'user' | 'account' | 'locale', traits: Record<string, string | null>): void {
  for (const [key, value] of filterValuesOf(traits)) project.traitValues.add(JSON.stringify([scope, key, value]));
}
