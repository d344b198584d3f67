import type { FoldRows } from './fold-rows.js';
import { bulkInsert, type BulkInsert, type OnConflictColumn } from '../db/bulk-statements.js';
import type { Database } from '../db/database.js';

/*
 * Writes back what a fold changed: every changed or new row of the per-user tables and accounts
 * (read in the same transaction, so whole values are exact), the counters as deltas added to what
 * is stored, and new trait values. One multi-row upsert per table (per few hundred rows).
 */

/** An upsert keyed by `keys` that replaces (`set`) or adds to (`add`) every other column. */
function upsert(table: string, keys: readonly string[], rest: readonly string[], how: OnConflictColumn): BulkInsert {
  return { table, columns: [...keys, ...rest], conflict: keys, update: Object.fromEntries(rest.map((column) => [column, how])) };
}

const VERSION_KEY = ['project_id', 'guide_id', 'version'];
const STEP_KEY = [...VERSION_KEY, 'step_index'];
const GUIDE_COUNTERS = ['started_users', 'completed_users', 'dismissed_users'];
const STEP_COUNTERS = ['viewed_users', 'completed_users', 'dismissed_users', 'missing_users', 'missing_not_found', 'missing_not_visible', 'missing_ambiguous'];

const TABLES = {
  endUsers: upsert('end_users', ['project_id', 'user_key'], ['account_id', 'locale', 'language', 'traits', 'first_seen_at', 'last_seen_at'], 'set'),
  onboardingUsers: upsert('onboarding_users', ['project_id', 'user_key'], ['account_id', 'started_guides', 'completed_guides', 'finished', 'last_activity_at'], 'set'),
  guideUsers: upsert('guide_users', [...VERSION_KEY, 'user_key'], ['started_at', 'completed_at', 'dismissed_at'], 'set'),
  guideUserSteps: upsert(
    'guide_user_steps',
    [...STEP_KEY, 'user_key'],
    ['step_id', 'viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reason', 'missing_reasons'],
    'set',
  ),
  userGuides: upsert('user_guides', ['project_id', 'guide_id', 'user_key'], ['started_at', 'completed_at', 'last_activity_at'], 'set'),
  accounts: upsert(
    'accounts',
    ['project_id', 'account_id'],
    ['name', 'traits', 'first_seen_at', 'last_seen_at', 'users', 'onboarding_started_users', 'onboarding_completed_users'],
    'set',
  ),
  guideStats: upsert('guide_stats', VERSION_KEY, GUIDE_COUNTERS, 'add'),
  guideHourlyStats: upsert('guide_hourly_stats', [...VERSION_KEY, 'hour'], GUIDE_COUNTERS, 'add'),
  // The step id is the one the step had when its row was created.
  guideStepStats: { ...upsert('guide_step_stats', STEP_KEY, STEP_COUNTERS, 'add'), columns: [...STEP_KEY, 'step_id', ...STEP_COUNTERS] },
  guideStepDurations: upsert('guide_step_durations', [...STEP_KEY, 'bucket'], ['users'], 'add'),
  traitValues: { table: 'trait_values', columns: ['project_id', 'scope', 'key', 'value'], conflict: ['project_id', 'scope', 'key', 'value'] },
} satisfies Record<string, BulkInsert>;

/** Splits a `guideId|version|…` key back into its column values. */
function keyParts(key: string): [string, ...number[]] {
  const [guideId, ...numbers] = key.split('|');
  return [guideId!, ...numbers.map(Number)];
}

/** Flat rows compare field by field; traits (an object) by their JSON. */
function sameRow(a: object | null | undefined, b: object): boolean {
  if (!a) return false;
  for (const [field, value] of Object.entries(b)) {
    const other = (a as Record<string, unknown>)[field];
    if (typeof value === 'object' && value !== null ? JSON.stringify(value) !== JSON.stringify(other) : value !== other) return false;
  }
  return true;
}

/** The rows of `after` that differ from the same key in `before` (or are new), as value arrays. */
function changed<R extends object>(before: ReadonlyMap<string, R> | undefined, after: ReadonlyMap<string, R>, toRow: (key: string, row: R) => unknown[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const [key, row] of after) if (!sameRow(before?.get(key), row)) rows.push(toRow(key, row));
  return rows;
}

/** Writes the difference between the rows as loaded (`before`) and as folded (`after`). */
export async function writeFoldChanges(trx: Database, projectId: string, before: FoldRows, after: FoldRows): Promise<void> {
  const writes: Array<[BulkInsert, unknown[][]]> = [];
  const rows = {
    endUsers: [] as unknown[][],
    onboardingUsers: [] as unknown[][],
    guideUsers: [] as unknown[][],
    guideUserSteps: [] as unknown[][],
    userGuides: [] as unknown[][],
  };
  for (const [userKey, user] of after.users) {
    const was = before.users.get(userKey);
    const person = user.endUser;
    if (person && !sameRow(was?.endUser, person)) {
      rows.endUsers.push([projectId, userKey, person.account_id, person.locale, person.language, JSON.stringify(person.traits), person.first_seen_at, person.last_seen_at]);
    }
    const o = user.onboarding;
    if (o && !sameRow(was?.onboarding, o)) rows.onboardingUsers.push([projectId, userKey, o.account_id, o.started_guides, o.completed_guides, o.finished, o.last_activity_at]);
    rows.guideUsers.push(...changed(was?.guideUsers, user.guideUsers, (k, r) => [projectId, ...keyParts(k), userKey, r.started_at, r.completed_at, r.dismissed_at]));
    rows.guideUserSteps.push(
      ...changed(was?.guideUserSteps, user.guideUserSteps, (k, r) => [
        projectId, ...keyParts(k), userKey, r.step_id, r.viewed_at, r.completed_at, r.dismissed_at, r.missing_at, r.missing_reason, r.missing_reasons,
      ]),
    );
    rows.userGuides.push(...changed(was?.userGuides, user.userGuides, (guideId, r) => [projectId, guideId, userKey, r.started_at, r.completed_at, r.last_activity_at]));
  }
  for (const [table, list] of Object.entries(rows)) writes.push([TABLES[table as keyof typeof rows], list]);

  const { project } = after;
  writes.push(
    [
      TABLES.accounts,
      changed(before.project.accounts, project.accounts, (id, r) => [
        projectId, id, r.name, JSON.stringify(r.traits), r.first_seen_at, r.last_seen_at, r.users, r.onboarding_started_users, r.onboarding_completed_users,
      ]),
    ],
    [TABLES.guideStats, [...project.guideStats].map(([k, r]) => [projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users])],
    [TABLES.guideHourlyStats, [...project.guideHourlyStats].map(([k, r]) => [projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users])],
    [
      TABLES.guideStepStats,
      [...project.guideStepStats].map(([k, r]) => [
        projectId, ...keyParts(k), r.step_id, r.viewed_users, r.completed_users, r.dismissed_users, r.missing_users, r.missing_not_found, r.missing_not_visible, r.missing_ambiguous,
      ]),
    ],
    [TABLES.guideStepDurations, [...project.guideStepDurations].map(([k, users]) => [projectId, ...keyParts(k), users])],
    [TABLES.traitValues, [...project.traitValues].map((entry) => [projectId, ...(JSON.parse(entry) as [string, string, string])])],
  );
  for (const [spec, list] of writes) if (list.length > 0) await bulkInsert(trx, spec, list);
}
