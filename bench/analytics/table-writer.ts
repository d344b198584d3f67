import type { EventsTable } from '../../apps/server/src/db/schema.js';
import type { ProjectState, UserState } from '../../apps/server/src/analytics/fold-state.js';
import type { RowSink } from './row-sink.js';

/** Turns raw events and folded state into rows of the real tables, whichever database the sink writes. */
export interface TableWriter {
  /** Stores a raw event unless the current user already sent its id; false for a duplicate (which ingest ignores too). */
  insertEvent(row: EventsTable): boolean;
  /** Writes one user's folded rows; the next events belong to another user. */
  writeUser(user: UserState): void;
  writeProject(project: ProjectState): void;
}

const EVENT_COLUMNS = [
  'project_id', 'id', 'type', 'guide_id', 'guide_version', 'step_id', 'step_index', 'user_key', 'anonymous_id',
  'user_id', 'account_id', 'client_ts', 'server_ts', 'received_at', 'path', 'data',
] as const satisfies ReadonlyArray<keyof EventsTable>;

/** Splits a `guideId|version|…` map key back into its column values. */
function keyParts(key: string): [string, number, ...number[]] {
  const [guideId, ...numbers] = key.split('|');
  return [guideId!, ...(numbers.map(Number) as [number, ...number[]])];
}

export function createTableWriter(sink: RowSink, projectId: string): TableWriter {
  const events = sink.into('events', EVENT_COLUMNS);
  const endUsers = sink.into('end_users', ['project_id', 'user_key', 'account_id', 'locale', 'language', 'traits', 'first_seen_at', 'last_seen_at']);
  const guideUsers = sink.into('guide_users', ['project_id', 'guide_id', 'version', 'user_key', 'started_at', 'completed_at', 'dismissed_at']);
  const guideUserSteps = sink.into('guide_user_steps', [
    'project_id', 'guide_id', 'version', 'step_index', 'user_key', 'step_id',
    'viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reason', 'missing_reasons',
  ]);
  const userGuides = sink.into('user_guides', ['project_id', 'guide_id', 'user_key', 'started_at', 'completed_at', 'last_activity_at']);
  const onboardingUsers = sink.into('onboarding_users', ['project_id', 'user_key', 'account_id', 'started_guides', 'completed_guides', 'finished', 'last_activity_at']);
  // Event ids are random per user: a repeated id is a batch the same user's device sent again, so
  // remembering the current user's ids finds every duplicate without asking the database.
  let seenIds = new Set<string>();

  return {
    insertEvent(row) {
      if (seenIds.has(row.id)) return false;
      seenIds.add(row.id);
      events(EVENT_COLUMNS.map((column) => row[column]));
      return true;
    },
    writeUser(user) {
      seenIds = new Set();
      const key = user.userKey;
      const person = user.endUser;
      if (person) endUsers([projectId, key, person.account_id, person.locale, person.language, JSON.stringify(person.traits), person.first_seen_at, person.last_seen_at]);
      for (const [k, r] of user.guideUsers) guideUsers([projectId, ...keyParts(k), key, r.started_at, r.completed_at, r.dismissed_at]);
      for (const [k, r] of user.guideUserSteps) {
        guideUserSteps([projectId, ...keyParts(k), key, r.step_id, r.viewed_at, r.completed_at, r.dismissed_at, r.missing_at, r.missing_reason, r.missing_reasons]);
      }
      for (const [guideId, r] of user.userGuides) userGuides([projectId, guideId, key, r.started_at, r.completed_at, r.last_activity_at]);
      const o = user.onboarding;
      if (o) onboardingUsers([projectId, key, o.account_id, o.started_guides, o.completed_guides, o.finished, o.last_activity_at]);
    },
    writeProject(project) {
      const guideStats = sink.into('guide_stats', ['project_id', 'guide_id', 'version', 'started_users', 'completed_users', 'dismissed_users']);
      for (const [k, r] of project.guideStats) guideStats([projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users]);
      const stepStats = sink.into('guide_step_stats', [
        'project_id', 'guide_id', 'version', 'step_index', 'step_id', 'viewed_users', 'completed_users', 'dismissed_users',
        'missing_users', 'missing_not_found', 'missing_not_visible', 'missing_ambiguous',
      ]);
      for (const [k, r] of project.guideStepStats) {
        stepStats([projectId, ...keyParts(k), r.step_id, r.viewed_users, r.completed_users, r.dismissed_users, r.missing_users, r.missing_not_found, r.missing_not_visible, r.missing_ambiguous]);
      }
      const durations = sink.into('guide_step_durations', ['project_id', 'guide_id', 'version', 'step_index', 'bucket', 'users']);
      for (const [k, users] of project.guideStepDurations) durations([projectId, ...keyParts(k), users]);
      const hourly = sink.into('guide_hourly_stats', ['project_id', 'guide_id', 'version', 'hour', 'started_users', 'completed_users', 'dismissed_users']);
      for (const [k, r] of project.guideHourlyStats) hourly([projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users]);
      const accounts = sink.into('accounts', [
        'project_id', 'account_id', 'name', 'traits', 'first_seen_at', 'last_seen_at', 'users', 'onboarding_started_users', 'onboarding_completed_users',
      ]);
      for (const [id, r] of project.accounts) {
        accounts([projectId, id, r.name, JSON.stringify(r.traits), r.first_seen_at, r.last_seen_at, r.users, r.onboarding_started_users, r.onboarding_completed_users]);
      }
      const traitValues = sink.into('trait_values', ['project_id', 'scope', 'key', 'value']);
      for (const entry of project.traitValues) traitValues([projectId, ...(JSON.parse(entry) as [string, string, string])]);
    },
  };
}
