import type { GuideEventType, ShirubeEvent, TargetMissingReason } from '@shirube/schema';
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { bucketOf } from './duration-buckets.js';
import { recordOnboardingProgress } from './onboarding-progress.js';
import { recordUserGuide } from './user-guides.js';

/** An event about a guide (has guideId and guideVersion). */
export type GuideEvent = Extract<ShirubeEvent, { type: GuideEventType }>;
type StepEvent = Extract<GuideEvent, { stepIndex: number }>;

/** What ingest knows of the guide an event names. */
export interface GuideFacts {
  onboarding: boolean;
}

type UserTimeColumn = 'started_at' | 'completed_at' | 'dismissed_at';
type StepTimeColumn = 'viewed_at' | 'completed_at' | 'dismissed_at' | 'missing_at';
type GuideCounter = 'started_users' | 'completed_users' | 'dismissed_users';
type StepCounter = 'viewed_users' | 'completed_users' | 'dismissed_users' | 'missing_users' | `missing_${TargetMissingReason}`;
type GuideKey = { project_id: string; guide_id: string; version: number };

/** A bit per missing-target reason, so a user's reasons fit one integer column. */
export const MISSING_REASON_BITS: Record<TargetMissingReason, number> = { not_found: 1, not_visible: 2, ambiguous: 4 };

const HOUR = 3_600_000;

/**
 * Folds one newly stored guide event into the analytics tables, inside the ingest transaction.
 * A counter moves only when the user's first-time field goes from NULL to set, so every count is
 * exact distinct users however often a user repeats an action. Events delivered out of order move
 * a first-time field earlier; the hourly counters and time-on-step histograms follow that move, so
 * they stay what a replay in order would give. `at` is the skew-corrected time.
 */
export async function recordGuideEvent(trx: Database, projectId: string, event: GuideEvent, userKey: string, at: number, facts: GuideFacts): Promise<void> {
  const guide = { project_id: projectId, guide_id: event.guideId, version: event.guideVersion };
  switch (event.type) {
    case 'guide_started':
      await recordUserTime(trx, guide, userKey, 'started_at', 'started_users', at);
      break;
    case 'guide_completed':
      await recordUserTime(trx, guide, userKey, 'completed_at', 'completed_users', at);
      break;
    case 'guide_dismissed':
      await recordStep(trx, guide, event, userKey, 'dismissed_at', 'dismissed_users', at);
      await recordUserTime(trx, guide, userKey, 'dismissed_at', 'dismissed_users', at);
      break;
    case 'step_viewed':
      await recordStep(trx, guide, event, userKey, 'viewed_at', 'viewed_users', at);
      break;
    case 'step_completed':
      await recordStep(trx, guide, event, userKey, 'completed_at', 'completed_users', at);
      break;
    case 'target_missing':
      await recordStep(trx, guide, event, userKey, 'missing_at', 'missing_users', at, event.reason);
      break;
  }
  const progress = await recordUserGuide(trx, { projectId, guideId: event.guideId, userKey }, event.type, at);
  if (facts.onboarding) await recordOnboardingProgress(trx, projectId, userKey, progress, at);
}

/** Sets a user's first-time field of a guide version; counts them the first time, moves the hourly count when it moves. */
async function recordUserTime(trx: Database, guide: GuideKey, userKey: string, column: UserTimeColumn, counter: GuideCounter, at: number): Promise<void> {
  const key = { ...guide, user_key: userKey };
  const row = await trx.selectFrom('guide_users').select(column).where((eb) => eb.and(key)).executeTakeFirst();
  if (!row) {
    await trx
      .insertInto('guide_users')
      .values({ ...key, started_at: null, completed_at: null, dismissed_at: null, [column]: at })
      .execute();
  } else {
    const previous = row[column] === null ? null : Number(row[column]);
    if (previous !== null && previous <= at) return;
    await trx.updateTable('guide_users').set({ [column]: at }).where((eb) => eb.and(key)).execute();
    if (previous !== null) return moveHour(trx, guide, counter, previous, at);
  }
  await bump(trx, 'guide_stats', guide, { [counter]: 1 });
  await moveHour(trx, guide, counter, null, at);
}

async function recordStep(
  trx: Database,
  guide: GuideKey,
  event: StepEvent,
  userKey: string,
  column: StepTimeColumn,
  counter: StepCounter,
  at: number,
  missingReason?: TargetMissingReason,
): Promise<void> {
  const key = { ...guide, step_index: event.stepIndex, user_key: userKey };
  const stepKey = { ...guide, step_index: event.stepIndex };
  const bit = missingReason ? MISSING_REASON_BITS[missingReason] : 0;
  const row = await trx
    .selectFrom('guide_user_steps')
    .select(['viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reasons'])
    .where((eb) => eb.and(key))
    .executeTakeFirst();
  if (!row) {
    await trx
      .insertInto('guide_user_steps')
      .values({
        ...key,
        step_id: event.stepId,
        viewed_at: null,
        completed_at: null,
        dismissed_at: null,
        missing_at: null,
        missing_reason: missingReason ?? null,
        missing_reasons: bit,
        [column]: at,
      })
      .execute();
    await bumpStep(trx, stepKey, event.stepId, { [counter]: 1, ...(missingReason ? { [`missing_${missingReason}`]: 1 } : {}) });
    return;
  }

  const previous = row[column] === null ? null : Number(row[column]);
  const moves = previous === null || previous > at;
  const reasons = Number(row.missing_reasons);
  const newReason = bit !== 0 && (reasons & bit) === 0;
  if (!moves && !newReason && !missingReason) return;
  await trx
    .updateTable('guide_user_steps')
    .set({
      ...(moves ? { [column]: at } : {}),
      ...(missingReason ? { missing_reason: missingReason, missing_reasons: reasons | bit } : {}),
    })
    .where((eb) => eb.and(key))
    .execute();

  const counts: Partial<Record<StepCounter, number>> = {};
  if (previous === null) counts[counter] = 1;
  if (newReason) counts[`missing_${missingReason!}`] = 1;
  if (Object.keys(counts).length > 0) await bumpStep(trx, stepKey, event.stepId, counts);

  if (moves && (column === 'viewed_at' || column === 'completed_at')) {
    const before = { viewed_at: row.viewed_at, completed_at: row.completed_at };
    const after = { ...before, [column]: at };
    await moveDuration(trx, stepKey, durationOf(before), durationOf(after));
  }
}

/** View-to-completion time of a user's step, when both happened in that order. */
function durationOf(times: { viewed_at: number | null; completed_at: number | null }): number | null {
  if (times.viewed_at === null || times.completed_at === null) return null;
  const ms = Number(times.completed_at) - Number(times.viewed_at);
  return ms >= 0 ? ms : null;
}

/** Moves one user in a step's time-on-step histogram. */
async function moveDuration(trx: Database, stepKey: GuideKey & { step_index: number }, from: number | null, to: number | null): Promise<void> {
  const fromBucket = from === null ? null : bucketOf(from);
  const toBucket = to === null ? null : bucketOf(to);
  if (fromBucket === toBucket) return;
  if (fromBucket !== null) {
    await trx
      .updateTable('guide_step_durations')
      .set({ users: sql<number>`users - 1` })
      .where((eb) => eb.and({ ...stepKey, bucket: fromBucket }))
      .execute();
  }
  if (toBucket !== null) {
    await trx
      .insertInto('guide_step_durations')
      .values({ ...stepKey, bucket: toBucket, users: 1 })
      .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version', 'step_index', 'bucket']).doUpdateSet(plus('guide_step_durations', { users: 1 })))
      .execute();
  }
}

/** Moves one user's first-time count from the hour of `from` (none: a new count) to the hour of `to`. */
async function moveHour(trx: Database, guide: GuideKey, counter: GuideCounter, from: number | null, to: number): Promise<void> {
  const toHour = Math.floor(to / HOUR);
  if (from !== null) {
    const fromHour = Math.floor(from / HOUR);
    if (fromHour === toHour) return;
    await trx
      .updateTable('guide_hourly_stats')
      .set({ [counter]: sql<number>`${sql.ref(counter)} - 1` })
      .where((eb) => eb.and({ ...guide, hour: fromHour }))
      .execute();
  }
  await bump(trx, 'guide_hourly_stats', { ...guide, hour: toHour }, { [counter]: 1 });
}

async function bumpStep(trx: Database, stepKey: GuideKey & { step_index: number }, stepId: string, counts: Partial<Record<StepCounter, number>>): Promise<void> {
  await trx
    .insertInto('guide_step_stats')
    .values({ ...stepKey, step_id: stepId, viewed_users: 0, completed_users: 0, dismissed_users: 0, missing_users: 0, ...counts })
    .onConflict((oc) => oc.columns(['project_id', 'guide_id', 'version', 'step_index']).doUpdateSet(plus('guide_step_stats', counts)))
    .execute();
}

/** Adds to the counters of a guide version's row (or its hour's row), creating it at zero. */
async function bump(
  trx: Database,
  table: 'guide_stats' | 'guide_hourly_stats',
  key: GuideKey & { hour?: number },
  counts: Partial<Record<GuideCounter, number>>,
): Promise<void> {
  const keyColumns = table === 'guide_stats' ? (['project_id', 'guide_id', 'version'] as const) : (['project_id', 'guide_id', 'version', 'hour'] as const);
  await trx
    .insertInto(table)
    .values({ ...key, started_users: 0, completed_users: 0, dismissed_users: 0, ...counts } as never)
    .onConflict((oc) => oc.columns([...keyColumns]).doUpdateSet(plus(table, counts)))
    .execute();
}

/** `{ counter: table.counter + n }` for an upsert; the table-qualified name is the existing row. */
function plus(table: string, counts: Record<string, number | undefined>): Record<string, RawBuilder<number>> {
  return Object.fromEntries(Object.entries(counts).map(([counter, n]) => [counter, sql<number>`${sql.ref(`${table}.${counter}`)} + ${n ?? 0}`]));
}
