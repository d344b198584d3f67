import { GUIDE_EVENT_TYPES, type ShirubeEvent } from '@shirube/schema';
import type { GuideEvent, GuideFacts } from '../analytics/guide-event.js';
import { keyOf, newProjectState, newUserState, type AccountRow, type ProjectState, type UserState } from '../analytics/fold-state.js';
import { selectWithin } from '../db/bulk-statements.js';
import { asStored } from './event-row.js';
import type { Database } from '../db/database.js';
import type { StoredEvent } from '../people/people-of-batch.js';

const guideTypes = new Set<string>(GUIDE_EVENT_TYPES);
/** True for an event about a guide version (started, step viewed, …). */
export const isGuideEvent = (event: ShirubeEvent): event is GuideEvent => guideTypes.has(event.type);

/** The rows a group of one project's stored events touches, as the fold works on them. */
export interface FoldRows {
  project: ProjectState;
  users: Map<string, UserState>;
}

const parseTraits = (json: string | null): Record<string, string> => (json ? (JSON.parse(json) as Record<string, string>) : {});
const time = (value: unknown) => (value === null ? null : Number(value));

/** The guide versions of a project, among those `events` name, that exist: whether each is onboarding. */
export async function guideFactsOf(trx: Database, projectId: string, events: readonly StoredEvent[]): Promise<Map<string, GuideFacts>> {
  const guideIds = [...new Set(events.flatMap(({ event }) => (isGuideEvent(event) ? [event.guideId] : [])))];
  const facts = new Map<string, GuideFacts>();
  if (guideIds.length === 0) return facts;
  const rows = await trx
    .selectFrom('guide_versions')
    .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
    .select(['guide_versions.guide_id', 'guide_versions.version', 'guides.onboarding', 'guides.deleted_at'])
    .where('guides.project_id', '=', projectId)
    .where('guide_versions.guide_id', 'in', guideIds)
    .execute();
  for (const row of rows) facts.set(keyOf(row.guide_id, Number(row.version)), { onboarding: Number(row.onboarding) === 1 && row.deleted_at === null });
  return facts;
}

/**
 * Reads every row the fold may change for these events, with one set-based select per table: end
 * users and onboarding rows of their users, guide and step rows of the guide versions they name,
 * and the accounts named or held. Counters start at zero: the fold leaves deltas in them.
 */
export async function loadFoldRows(trx: Database, projectId: string, events: readonly StoredEvent[], facts: ReadonlyMap<string, GuideFacts>): Promise<FoldRows> {
  const users = new Map<string, UserState>();
  const accountIds = new Set<string>();
  const guideIds = new Set<string>();
  const versions = new Set<number>();
  const stepIndexes = new Set<number>();
  for (const { event, userKey } of events) {
    if (!users.has(userKey)) users.set(userKey, newUserState(userKey));
    if (event.accountId) accountIds.add(asStored(event.accountId));
    if (!isGuideEvent(event) || !facts.has(keyOf(event.guideId, event.guideVersion))) continue;
    guideIds.add(event.guideId);
    versions.add(event.guideVersion);
    if ('stepIndex' in event) stepIndexes.add(event.stepIndex);
  }
  const userKeys = [...users.keys()];
  const project = { project_id: projectId };
  const inGuides = { user_key: userKeys, guide_id: [...guideIds] };
  const [endUsers, onboarding, guideUsers, guideUserSteps, userGuides] = await Promise.all([
    selectWithin<Record<string, unknown>>(trx, 'end_users', ['user_key', 'account_id', 'locale', 'language', 'traits', 'first_seen_at', 'last_seen_at'], project, { user_key: userKeys }),
    selectWithin<Record<string, unknown>>(trx, 'onboarding_users', ['user_key', 'account_id', 'started_guides', 'completed_guides', 'finished', 'last_activity_at'], project, { user_key: userKeys }),
    selectWithin<Record<string, unknown>>(trx, 'guide_users', ['user_key', 'guide_id', 'version', 'started_at', 'completed_at', 'dismissed_at'], project, { ...inGuides, version: [...versions] }),
    selectWithin<Record<string, unknown>>(
      trx,
      'guide_user_steps',
      ['user_key', 'guide_id', 'version', 'step_index', 'step_id', 'viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reason', 'missing_reasons'],
      project,
      { ...inGuides, version: [...versions], step_index: [...stepIndexes] },
    ),
    selectWithin<Record<string, unknown>>(trx, 'user_guides', ['user_key', 'guide_id', 'started_at', 'completed_at', 'last_activity_at'], project, inGuides),
  ]);
  const userOf = (row: Record<string, unknown>) => users.get(row.user_key as string)!;
  for (const row of endUsers) {
    userOf(row).endUser = {
      account_id: row.account_id as string | null,
      locale: row.locale as string | null,
      language: row.language as string | null,
      traits: parseTraits(row.traits as string),
      first_seen_at: Number(row.first_seen_at),
      last_seen_at: Number(row.last_seen_at),
    };
    if (row.account_id !== null) accountIds.add(row.account_id as string);
  }
  for (const row of onboarding) {
    userOf(row).onboarding = {
      account_id: row.account_id as string | null,
      started_guides: Number(row.started_guides),
      completed_guides: Number(row.completed_guides),
      finished: Number(row.finished),
      last_activity_at: Number(row.last_activity_at),
    };
    if (row.account_id !== null) accountIds.add(row.account_id as string);
  }
  for (const row of guideUsers) {
    userOf(row).guideUsers.set(keyOf(row.guide_id as string, Number(row.version)), {
      started_at: time(row.started_at),
      completed_at: time(row.completed_at),
      dismissed_at: time(row.dismissed_at),
    });
  }
  for (const row of guideUserSteps) {
    userOf(row).guideUserSteps.set(keyOf(row.guide_id as string, Number(row.version), Number(row.step_index)), {
      step_id: row.step_id as string,
      viewed_at: time(row.viewed_at),
      completed_at: time(row.completed_at),
      dismissed_at: time(row.dismissed_at),
      missing_at: time(row.missing_at),
      missing_reason: row.missing_reason as string | null,
      missing_reasons: Number(row.missing_reasons),
    });
  }
  for (const row of userGuides) {
    userOf(row).userGuides.set(row.guide_id as string, {
      started_at: time(row.started_at),
      completed_at: time(row.completed_at),
      last_activity_at: Number(row.last_activity_at),
    });
  }
  const state = newProjectState();
  const accounts = await selectWithin<Record<string, unknown>>(
    trx,
    'accounts',
    ['account_id', 'name', 'traits', 'first_seen_at', 'last_seen_at', 'users', 'onboarding_started_users', 'onboarding_completed_users'],
    project,
    { account_id: [...accountIds] },
  );
  for (const row of accounts) {
    const account: AccountRow = {
      name: row.name as string | null,
      traits: parseTraits(row.traits as string),
      first_seen_at: Number(row.first_seen_at),
      last_seen_at: Number(row.last_seen_at),
      users: Number(row.users),
      onboarding_started_users: Number(row.onboarding_started_users),
      onboarding_completed_users: Number(row.onboarding_completed_users),
    };
    state.accounts.set(row.account_id as string, account);
  }
  return { project: state, users };
}
