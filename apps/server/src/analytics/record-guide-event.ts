import type { GuideEventType, ShirubeEvent } from '@shirube/schema';
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';

/** An event about a guide (has guideId and guideVersion). */
export type GuideEvent = Extract<ShirubeEvent, { type: GuideEventType }>;
type StepEvent = Extract<GuideEvent, { stepIndex: number }>;

type UserTimeColumn = 'started_at' | 'completed_at' | 'dismissed_at';
type StepTimeColumn = 'viewed_at' | 'completed_at' | 'dismissed_at' | 'missing_at';
type GuideCounter = 'started_users' | 'completed_users' | 'dismissed_users';
type StepCounter = 'viewed_users' | 'completed_users' | 'dismissed_users' | 'missing_users';

/**
 * Folds one newly stored guide event into the analytics tables, inside the ingest transaction.
 * A counter moves only when the user's first-time field goes from NULL to set, so every count is
 * exact distinct users however often a user repeats an action. `at` is the skew-corrected time.
 */
export async function recordGuideEvent(trx: Database, projectId: string, event: GuideEvent, userKey: string, at: number): Promise<void> {
  const guide = { project_id: projectId, guide_id: event.guideId, version: event.guideVersion };
  switch (event.type) {
    case 'guide_started':
      if (await markUser(trx, { ...guide, user_key: userKey }, 'started_at', at)) await bumpGuide(trx, guide, 'started_users');
      return;
    case 'guide_completed':
      if (await markUser(trx, { ...guide, user_key: userKey }, 'completed_at', at)) await bumpGuide(trx, guide, 'completed_users');
      return;
    case 'guide_dismissed':
      await recordStep(trx, guide, event, userKey, 'dismissed_at', 'dismissed_users', at);
      if (await markUser(trx, { ...guide, user_key: userKey }, 'dismissed_at', at)) await bumpGuide(trx, guide, 'dismissed_users');
      return;
    case 'step_viewed':
      return recordStep(trx, guide, event, userKey, 'viewed_at', 'viewed_users', at);
    case 'step_completed':
      return recordStep(trx, guide, event, userKey, 'completed_at', 'completed_users', at);
    case 'target_missing':
      return recordStep(trx, guide, event, userKey, 'missing_at', 'missing_users', at, event.reason);
  }
}

type GuideKey = { project_id: string; guide_id: string; version: number };

async function recordStep(
  trx: Database,
  guide: GuideKey,
  event: StepEvent,
  userKey: string,
  column: StepTimeColumn,
  counter: StepCounter,
  at: number,
  missingReason?: string,
): Promise<void> {
  const key = { ...guide, step_index: event.stepIndex, user_key: userKey };
  const inserted = await trx
    .insertInto('guide_user_steps')
    .values({
      ...key,
      step_id: event.stepId,
      viewed_at: null,
      completed_at: null,
      dismissed_at: null,
      missing_at: null,
      missing_reason: missingReason ?? null,
      [column]: at,
    })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version', 'step_index', 'user_key']).doNothing())
    .executeTakeFirst();
  let first = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  if (!first) {
    const changes = missingReason === undefined ? {} : { missing_reason: missingReason };
    const updated = await trx
      .updateTable('guide_user_steps')
      .set({ ...changes, [column]: at })
      .where((eb) => eb.and(key))
      .where(column, 'is', null)
      .executeTakeFirst();
    first = Number(updated.numUpdatedRows) > 0;
    // Offline queues deliver out of order: keep the earliest time, without counting again.
    if (!first) await trx.updateTable('guide_user_steps').set({ [column]: at }).where((eb) => eb.and(key)).where(column, '>', at).execute();
  }
  if (!first) return;
  const stepKey = { ...guide, step_index: event.stepIndex };
  await trx
    .insertInto('guide_step_stats')
    .values({ ...stepKey, step_id: event.stepId, viewed_users: 0, completed_users: 0, dismissed_users: 0, missing_users: 0, [counter]: 1 })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version', 'step_index']).doUpdateSet(plusOne('guide_step_stats', counter)))
    .execute();
}

/** Sets the user's first-time field; true when it was not set before. */
async function markUser(trx: Database, key: GuideKey & { user_key: string }, column: UserTimeColumn, at: number): Promise<boolean> {
  const inserted = await trx
    .insertInto('guide_users')
    .values({ ...key, started_at: null, completed_at: null, dismissed_at: null, [column]: at })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version', 'user_key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
  const updated = await trx
    .updateTable('guide_users')
    .set({ [column]: at })
    .where((eb) => eb.and(key))
    .where(column, 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return true;
  await trx.updateTable('guide_users').set({ [column]: at }).where((eb) => eb.and(key)).where(column, '>', at).execute();
  return false;
}

async function bumpGuide(trx: Database, guide: GuideKey, counter: GuideCounter): Promise<void> {
  await trx
    .insertInto('guide_stats')
    .values({ ...guide, started_users: 0, completed_users: 0, dismissed_users: 0, [counter]: 1 })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version']).doUpdateSet(plusOne('guide_stats', counter)))
    .execute();
}

/** `{ counter: table.counter + 1 }` for an upsert; the table-qualified name is the existing row. */
function plusOne<C extends string>(table: string, counter: C): Record<C, RawBuilder<number>> {
  return { [counter]: sql<number>`${sql.ref(`${table}.${counter}`)} + 1` } as Record<C, RawBuilder<number>>;
}
