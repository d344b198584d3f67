import { describe, expect, it } from 'vitest';
import { foldPerson } from '../people/people-fold.js';
import type { PersonUpdate } from '../people/people-of-batch.js';
import { bucketOf } from './duration-buckets.js';
import { keyOf, newProjectState, newUserState, type ProjectState, type UserState } from './fold-state.js';
import type { GuideEvent } from './guide-event.js';
import { foldGuideEvent } from './guide-fold.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1, 9);
const guide = { guideId: 'g1', guideVersion: 1 };
const version = keyOf('g1', 1);
const step0 = keyOf('g1', 1, 0);

let seq = 0;
const on = (type: GuideEvent['type'], fields: Record<string, unknown> = {}) =>
  ({ id: `e${seq++}`, anonymousId: 'a', timestamp: 0, path: '/', type, ...guide, ...fields }) as GuideEvent;
const step = (type: 'step_viewed' | 'step_completed', stepIndex = 0) => on(type, { stepId: `s${stepIndex}`, stepIndex });

function fold(events: Array<[GuideEvent, number]>, options: { project?: ProjectState; user?: UserState; onboarding?: boolean } = {}) {
  const project = options.project ?? newProjectState();
  const user = options.user ?? newUserState('u1');
  for (const [event, at] of events) foldGuideEvent(project, user, event, at, options.onboarding ?? false);
  return { project, user };
}

describe('guide fold', () => {
  it('counts a user once however often they repeat an action, at their first time', () => {
    const { project, user } = fold([
      [on('guide_started'), T0],
      [on('guide_started'), T0 + 5 * HOUR],
      [step('step_viewed'), T0 + 1_000],
      [step('step_viewed'), T0 + 9_000],
    ]);
    expect(project.guideStats.get(version)).toEqual({ started_users: 1, completed_users: 0, dismissed_users: 0 });
    expect(project.guideStepStats.get(step0)).toMatchObject({ step_id: 's0', viewed_users: 1 });
    expect(user.guideUsers.get(version)?.started_at).toBe(T0);
    expect(user.guideUserSteps.get(step0)?.viewed_at).toBe(T0 + 1_000);
  });

  it('moves a first time earlier when an earlier event arrives late, and its hourly count and time-on-step bucket with it', () => {
    const { project, user } = fold([
      [on('guide_started'), T0 + 3 * HOUR],
      [step('step_viewed'), T0 + 3 * HOUR],
      [step('step_completed'), T0 + 3 * HOUR + 10_000],
      // Delivered later, happened earlier.
      [on('guide_started'), T0],
      [step('step_viewed'), T0 + 3 * HOUR - 50_000],
    ]);
    expect(user.guideUsers.get(version)?.started_at).toBe(T0);
    const hour = (h: number) => project.guideHourlyStats.get(keyOf(version, Math.floor((T0 + h * HOUR) / HOUR)))?.started_users;
    expect([hour(0), hour(3)]).toEqual([1, 0]);
    expect(project.guideStats.get(version)?.started_users).toBe(1);
    expect(project.guideStepDurations.get(keyOf(step0, bucketOf(10_000)))).toBe(0);
    expect(project.guideStepDurations.get(keyOf(step0, bucketOf(60_000)))).toBe(1);
  });

  it('leaves deltas when it starts from rows read back and empty counters', () => {
    // The user started at hour 3 in an earlier transaction: that count is already stored.
    const user = newUserState('u1');
    user.guideUsers.set(version, { started_at: T0 + 3 * HOUR, completed_at: null, dismissed_at: null });
    user.userGuides.set('g1', { started_at: T0 + 3 * HOUR, completed_at: null, last_activity_at: T0 + 3 * HOUR });
    const { project } = fold([[on('guide_started'), T0]], { user });
    const hourOf = (at: number) => keyOf(version, Math.floor(at / HOUR));
    expect(project.guideHourlyStats.get(hourOf(T0 + 3 * HOUR))?.started_users).toBe(-1);
    expect(project.guideHourlyStats.get(hourOf(T0))?.started_users).toBe(1);
    // No new distinct user.
    expect(project.guideStats.get(version)).toBeUndefined();
  });

  it('counts each missing-target reason a user meets once, and keeps the latest reason on their row', () => {
    const missing = (reason: string) => on('target_missing', { stepId: 's0', stepIndex: 0, reason });
    const { project, user } = fold([
      [missing('not_found'), T0],
      [missing('not_found'), T0 + 1],
      [missing('ambiguous'), T0 + 2],
    ]);
    expect(project.guideStepStats.get(step0)).toMatchObject({ missing_users: 1, missing_not_found: 1, missing_ambiguous: 1, missing_not_visible: 0 });
    expect(user.guideUserSteps.get(step0)).toMatchObject({ missing_reason: 'ambiguous', missing_reasons: 1 | 4, missing_at: T0 });
  });

  it('credits an onboarding guide to the account the batch named, and a user moving account takes their state along', () => {
    const project = newProjectState();
    const user = newUserState('u1');
    const person = (accountId: string, at: number): PersonUpdate => ({ userKey: 'u1', firstSeenAt: at, lastSeenAt: at, accountId, locale: null, traits: {}, accountTraits: {} });
    foldPerson(project, user, person('acme', T0));
    fold([[on('guide_started'), T0], [on('guide_completed'), T0 + 1]], { project, user, onboarding: true });
    expect(project.accounts.get('acme')).toMatchObject({ users: 1, onboarding_started_users: 1, onboarding_completed_users: 1 });

    foldPerson(project, user, person('globex', T0 + 2));
    expect(project.accounts.get('acme')).toMatchObject({ users: 0, onboarding_started_users: 0, onboarding_completed_users: 0 });
    expect(project.accounts.get('globex')).toMatchObject({ users: 1, onboarding_started_users: 1, onboarding_completed_users: 1 });
    expect(user.onboarding).toMatchObject({ account_id: 'globex', started_guides: 1, completed_guides: 1, finished: 1 });
  });
});
