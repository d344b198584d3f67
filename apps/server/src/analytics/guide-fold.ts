import type { TargetMissingReason } from '@shirube/schema';
import { bucketOf } from './duration-buckets.js';
import { isFinished } from './onboarding-progress.js';
import { MISSING_REASON_BITS, type GuideEvent } from './guide-event.js';
import { keyOf, type GuideCounters, type ProjectState, type StepCounters, type Time, type UserState } from './fold-state.js';

/*
 * How a guide event changes the analytics tables, as a pure fold over plain rows (fold-state.ts):
 * a user's first-time fields, the distinct-user counters, the hourly counts and time-on-step
 * histograms (which follow a first-time field that moves earlier when events arrive out of order),
 * the user's row per guide across versions and their onboarding state. Ingest folds each group of
 * batches with it; the analytics benchmark builds its tables with it.
 */

type UserTimeColumn = 'started_at' | 'completed_at' | 'dismissed_at';
type StepTimeColumn = 'viewed_at' | 'completed_at' | 'dismissed_at' | 'missing_at';
type GuideCounter = keyof GuideCounters;
type StepCounter = Exclude<keyof StepCounters, 'step_id'>;
type StepEvent = Extract<GuideEvent, { stepIndex: number }>;

const HOUR = 3_600_000;

/**
 * Folds one newly stored event of a known guide version. A counter moves only when the user's
 * first-time field goes from unset to set, so every count is exact distinct users however often a
 * user repeats an action; an earlier event arriving late moves the field earlier, and the hourly
 * counters and time-on-step histograms move with it. `at` is the skew-corrected time.
 */
export function foldGuideEvent(project: ProjectState, user: UserState, event: GuideEvent, at: number, onboarding: boolean): void {
  const version = keyOf(event.guideId, event.guideVersion);
  switch (event.type) {
    case 'guide_started':
      foldUserTime(project, user, version, 'started_at', 'started_users', at);
      break;
    case 'guide_completed':
      foldUserTime(project, user, version, 'completed_at', 'completed_users', at);
      break;
    case 'guide_dismissed':
      foldStep(project, user, version, event, 'dismissed_at', 'dismissed_users', at);
      foldUserTime(project, user, version, 'dismissed_at', 'dismissed_users', at);
      break;
    case 'step_viewed':
      foldStep(project, user, version, event, 'viewed_at', 'viewed_users', at);
      break;
    case 'step_completed':
      foldStep(project, user, version, event, 'completed_at', 'completed_users', at);
      break;
    case 'target_missing':
      foldStep(project, user, version, event, 'missing_at', 'missing_users', at, event.reason);
      break;
  }
  const progress = foldUserGuide(user, event.guideId, event.type, at);
  if (onboarding) foldOnboarding(project, user, progress, at);
}

function foldUserTime(project: ProjectState, user: UserState, version: string, column: UserTimeColumn, counter: GuideCounter, at: number): void {
  const row = user.guideUsers.get(version);
  if (!row) {
    user.guideUsers.set(version, { started_at: null, completed_at: null, dismissed_at: null, [column]: at });
  } else {
    const previous = row[column];
    if (previous !== null && previous <= at) return;
    row[column] = at;
    if (previous !== null) return moveHour(project, version, counter, previous, at);
  }
  counters(project.guideStats, version)[counter] += 1;
  moveHour(project, version, counter, null, at);
}

function foldStep(
  project: ProjectState,
  user: UserState,
  version: string,
  event: StepEvent,
  column: StepTimeColumn,
  counter: StepCounter,
  at: number,
  missingReason?: TargetMissingReason,
): void {
  const stepKey = keyOf(version, event.stepIndex);
  const bit = missingReason ? MISSING_REASON_BITS[missingReason] : 0;
  const row = user.guideUserSteps.get(stepKey);
  if (!row) {
    user.guideUserSteps.set(stepKey, {
      step_id: event.stepId,
      viewed_at: null,
      completed_at: null,
      dismissed_at: null,
      missing_at: null,
      missing_reason: missingReason ?? null,
      missing_reasons: bit,
      [column]: at,
    });
    const step = stepCounters(project, stepKey, event.stepId);
    step[counter] += 1;
    if (missingReason) step[`missing_${missingReason}`] += 1;
    return;
  }

  const previous = row[column];
  const moves = previous === null || previous > at;
  const newReason = bit !== 0 && (row.missing_reasons & bit) === 0;
  if (!moves && !newReason && !missingReason) return;
  const before = { viewed_at: row.viewed_at, completed_at: row.completed_at };
  if (moves) row[column] = at;
  if (missingReason) {
    row.missing_reason = missingReason;
    row.missing_reasons |= bit;
  }
  if (previous === null || newReason) {
    const step = stepCounters(project, stepKey, event.stepId);
    if (previous === null) step[counter] += 1;
    if (newReason) step[`missing_${missingReason!}`] += 1;
  }
  if (moves && (column === 'viewed_at' || column === 'completed_at')) {
    moveDuration(project, stepKey, durationOf(before), durationOf({ ...before, [column]: at }));
  }
}

function durationOf(times: { viewed_at: Time; completed_at: Time }): number | null {
  if (times.viewed_at === null || times.completed_at === null) return null;
  const ms = times.completed_at - times.viewed_at;
  return ms >= 0 ? ms : null;
}

function moveDuration(project: ProjectState, stepKey: string, from: number | null, to: number | null): void {
  const fromBucket = from === null ? null : bucketOf(from);
  const toBucket = to === null ? null : bucketOf(to);
  if (fromBucket === toBucket) return;
  const histogram = project.guideStepDurations;
  if (fromBucket !== null) {
    // The user was counted in that bucket before (by this fold or an earlier one): always there.
    const key = keyOf(stepKey, fromBucket);
    histogram.set(key, (histogram.get(key) ?? 0) - 1);
  }
  if (toBucket !== null) {
    const key = keyOf(stepKey, toBucket);
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
}

function moveHour(project: ProjectState, version: string, counter: GuideCounter, from: number | null, to: number): void {
  const toHour = Math.floor(to / HOUR);
  if (from !== null) {
    const fromHour = Math.floor(from / HOUR);
    if (fromHour === toHour) return;
    counters(project.guideHourlyStats, keyOf(version, fromHour))[counter] -= 1;
  }
  counters(project.guideHourlyStats, keyOf(version, toHour))[counter] += 1;
}

function counters(map: Map<string, GuideCounters>, key: string): GuideCounters {
  let row = map.get(key);
  if (!row) map.set(key, (row = { started_users: 0, completed_users: 0, dismissed_users: 0 }));
  return row;
}

function stepCounters(project: ProjectState, stepKey: string, stepId: string): StepCounters {
  let row = project.guideStepStats.get(stepKey);
  if (!row) {
    row = { step_id: stepId, viewed_users: 0, completed_users: 0, dismissed_users: 0, missing_users: 0, missing_not_found: 0, missing_not_visible: 0, missing_ambiguous: 0 };
    project.guideStepStats.set(stepKey, row);
  }
  return row;
}

type Progress = { firstStart: boolean; firstCompletion: boolean };

/**
 * One row per user and guide across versions: when they first started and completed it, and their
 * last activity in it. Onboarding reads these, so a new version does not make finished users unfinished.
 */
function foldUserGuide(user: UserState, guideId: string, type: GuideEvent['type'], at: number): Progress {
  const startedAt = type === 'guide_started' ? at : null;
  const completedAt = type === 'guide_completed' ? at : null;
  const row = user.userGuides.get(guideId);
  if (!row) {
    user.userGuides.set(guideId, { started_at: startedAt, completed_at: completedAt, last_activity_at: at });
    return { firstStart: startedAt !== null, firstCompletion: completedAt !== null };
  }
  const progress = { firstStart: startedAt !== null && row.started_at === null, firstCompletion: completedAt !== null && row.completed_at === null };
  if (startedAt !== null && (row.started_at === null || startedAt < row.started_at)) row.started_at = startedAt;
  if (completedAt !== null && (row.completed_at === null || completedAt < row.completed_at)) row.completed_at = completedAt;
  if (at > row.last_activity_at) row.last_activity_at = at;
  return progress;
}

/**
 * An onboarding guide's event in the user's onboarding row and their account's counters, which move
 * only when the user's state changes (not started → started, unfinished ↔ finished).
 */
function foldOnboarding(project: ProjectState, user: UserState, progress: Progress, at: number): void {
  const addStarted = progress.firstStart ? 1 : 0;
  const addCompleted = progress.firstCompletion ? 1 : 0;
  const row = user.onboarding;
  if (!row) {
    const accountId = user.endUser?.account_id ?? null;
    user.onboarding = { account_id: accountId, started_guides: addStarted, completed_guides: addCompleted, finished: isFinished(addStarted, addCompleted) ? 1 : 0, last_activity_at: at };
    moveAccountCounts(project, accountId, { started: 0, completed: 0 }, { started: addStarted, completed: addCompleted });
    return;
  }
  const before = { started: row.started_guides, completed: row.completed_guides };
  const after = { started: before.started + addStarted, completed: before.completed + addCompleted };
  if (addStarted === 0 && addCompleted === 0 && at <= row.last_activity_at) return;
  row.started_guides = after.started;
  row.completed_guides = after.completed;
  row.finished = isFinished(after.started, after.completed) ? 1 : 0;
  row.last_activity_at = Math.max(at, row.last_activity_at);
  moveAccountCounts(project, row.account_id, before, after);
}

type OnboardingCounts = { started: number; completed: number };

/** Applies a user's change of onboarding state to their account's counters (the account's row must be in `project`). */
export function moveAccountCounts(project: ProjectState, accountId: string | null, before: OnboardingCounts, after: OnboardingCounts): void {
  if (accountId === null) return;
  const account = project.accounts.get(accountId);
  if (!account) return;
  account.onboarding_started_users += Number(after.started > 0) - Number(before.started > 0);
  account.onboarding_completed_users += Number(isFinished(after.started, after.completed)) - Number(isFinished(before.started, before.completed));
}
