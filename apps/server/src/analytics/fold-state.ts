/*
 * The analytics tables as plain JS state, folded without a database: per-user rows (as read from
 * the tables, or new), and project counters. Ingest loads the rows a group of batches touches and
 * starts every counter at zero, so the counters it ends with are deltas to add; the analytics
 * benchmark starts from nothing and gets whole tables. Field names are the column names, so rows
 * are written as they are.
 */

import type { PersonState } from '../people/trait-rules.js';

export type Time = number | null;

export interface GuideUserRow {
  started_at: Time;
  completed_at: Time;
  dismissed_at: Time;
}

export interface GuideUserStepRow {
  step_id: string;
  viewed_at: Time;
  completed_at: Time;
  dismissed_at: Time;
  missing_at: Time;
  missing_reason: string | null;
  missing_reasons: number;
}

export interface UserGuideRow {
  started_at: Time;
  completed_at: Time;
  last_activity_at: number;
}

export interface OnboardingUserRow {
  account_id: string | null;
  started_guides: number;
  completed_guides: number;
  finished: number;
  last_activity_at: number;
}

/** Everything stored per end user; keys are `guideId|version` and `guideId|version|stepIndex`. */
export interface UserState {
  userKey: string;
  endUser: PersonState | null;
  guideUsers: Map<string, GuideUserRow>;
  guideUserSteps: Map<string, GuideUserStepRow>;
  userGuides: Map<string, UserGuideRow>;
  onboarding: OnboardingUserRow | null;
}

export const newUserState = (userKey: string): UserState => ({
  userKey,
  endUser: null,
  guideUsers: new Map(),
  guideUserSteps: new Map(),
  userGuides: new Map(),
  onboarding: null,
});

export interface GuideCounters {
  started_users: number;
  completed_users: number;
  dismissed_users: number;
}

export interface StepCounters {
  step_id: string;
  viewed_users: number;
  completed_users: number;
  dismissed_users: number;
  missing_users: number;
  missing_not_found: number;
  missing_not_visible: number;
  missing_ambiguous: number;
}

export interface AccountRow {
  name: string | null;
  traits: Record<string, string>;
  first_seen_at: number;
  last_seen_at: number;
  users: number;
  onboarding_started_users: number;
  onboarding_completed_users: number;
}

/** Counters shared by all users; keys as in UserState, plus `|hour` and `|bucket`. */
export interface ProjectState {
  guideStats: Map<string, GuideCounters>;
  guideStepStats: Map<string, StepCounters>;
  guideStepDurations: Map<string, number>;
  guideHourlyStats: Map<string, GuideCounters>;
  accounts: Map<string, AccountRow>;
  /** `scope|key|value`, as JSON arrays so any character may appear in a value. */
  traitValues: Set<string>;
}

export const newProjectState = (): ProjectState => ({
  guideStats: new Map(),
  guideStepStats: new Map(),
  guideStepDurations: new Map(),
  guideHourlyStats: new Map(),
  accounts: new Map(),
  traitValues: new Set(),
});

/** Map keys: the key columns joined with `|` (guide ids and step indexes contain no `|`). */
export const keyOf = (...parts: Array<string | number>) => parts.join('|');
