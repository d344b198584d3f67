import type SQLite from 'better-sqlite3';
import type { EventsTable } from '../../apps/server/src/db/schema.js';
import type { ProjectState, UserState } from '../../apps/server/src/analytics/fold-state.js';

/** Writes raw events and folded rows with prepared statements: the fast path to the real tables. */
export interface TableWriter {
  /** Stores a raw event unless its id is known; false for a duplicate (which ingest ignores too). */
  insertEvent(row: EventsTable): boolean;
  writeUser(user: UserState): void;
  writeProject(project: ProjectState): void;
}

const insert = (sqlite: SQLite.Database, table: string, columns: string[]) =>
  sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

/** Splits a `guideId|version|…` map key back into its column values. */
function keyParts(key: string): [string, number, ...number[]] {
  const [guideId, ...numbers] = key.split('|');
  return [guideId!, ...(numbers.map(Number) as [number, ...number[]])];
}

export function createTableWriter(sqlite: SQLite.Database, projectId: string): TableWriter {
  const events = sqlite.prepare(
    `insert into events (project_id, id, type, guide_id, guide_version, step_id, step_index, user_key, anonymous_id, user_id, account_id, client_ts, server_ts, received_at, path, data)
     values (@project_id, @id, @type, @guide_id, @guide_version, @step_id, @step_index, @user_key, @anonymous_id, @user_id, @account_id, @client_ts, @server_ts, @received_at, @path, @data)
     on conflict (project_id, id) do nothing`,
  );
  const endUsers = insert(sqlite, 'end_users', ['project_id', 'user_key', 'account_id', 'locale', 'language', 'traits', 'first_seen_at', 'last_seen_at']);
  const guideUsers = insert(sqlite, 'guide_users', ['project_id', 'guide_id', 'version', 'user_key', 'started_at', 'completed_at', 'dismissed_at']);
  const guideUserSteps = insert(sqlite, 'guide_user_steps', [
    'project_id', 'guide_id', 'version', 'step_index', 'user_key', 'step_id',
    'viewed_at', 'completed_at', 'dismissed_at', 'missing_at', 'missing_reason', 'missing_reasons',
  ]);
  const userGuides = insert(sqlite, 'user_guides', ['project_id', 'guide_id', 'user_key', 'started_at', 'completed_at', 'last_activity_at']);
  const onboardingUsers = insert(sqlite, 'onboarding_users', ['project_id', 'user_key', 'account_id', 'started_guides', 'completed_guides', 'finished', 'last_activity_at']);

  return {
    insertEvent: (row) => events.run(row).changes > 0,
    writeUser(user) {
      const key = user.userKey;
      const person = user.endUser;
      if (person) {
        endUsers.run(projectId, key, person.account_id, person.locale, person.language, JSON.stringify(person.traits), person.first_seen_at, person.last_seen_at);
      }
      for (const [k, r] of user.guideUsers) guideUsers.run(projectId, ...keyParts(k), key, r.started_at, r.completed_at, r.dismissed_at);
      for (const [k, r] of user.guideUserSteps) {
        guideUserSteps.run(projectId, ...keyParts(k), key, r.step_id, r.viewed_at, r.completed_at, r.dismissed_at, r.missing_at, r.missing_reason, r.missing_reasons);
      }
      for (const [guideId, r] of user.userGuides) userGuides.run(projectId, guideId, key, r.started_at, r.completed_at, r.last_activity_at);
      const o = user.onboarding;
      if (o) onboardingUsers.run(projectId, key, o.account_id, o.started_guides, o.completed_guides, o.finished, o.last_activity_at);
    },
    writeProject(project) {
      const guideStats = insert(sqlite, 'guide_stats', ['project_id', 'guide_id', 'version', 'started_users', 'completed_users', 'dismissed_users']);
      for (const [k, r] of project.guideStats) guideStats.run(projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users);
      const stepStats = insert(sqlite, 'guide_step_stats', [
        'project_id', 'guide_id', 'version', 'step_index', 'step_id', 'viewed_users', 'completed_users', 'dismissed_users',
        'missing_users', 'missing_not_found', 'missing_not_visible', 'missing_ambiguous',
      ]);
      for (const [k, r] of project.guideStepStats) {
        stepStats.run(projectId, ...keyParts(k), r.step_id, r.viewed_users, r.completed_users, r.dismissed_users, r.missing_users, r.missing_not_found, r.missing_not_visible, r.missing_ambiguous);
      }
      const durations = insert(sqlite, 'guide_step_durations', ['project_id', 'guide_id', 'version', 'step_index', 'bucket', 'users']);
      for (const [k, users] of project.guideStepDurations) durations.run(projectId, ...keyParts(k), users);
      const hourly = insert(sqlite, 'guide_hourly_stats', ['project_id', 'guide_id', 'version', 'hour', 'started_users', 'completed_users', 'dismissed_users']);
      for (const [k, r] of project.guideHourlyStats) hourly.run(projectId, ...keyParts(k), r.started_users, r.completed_users, r.dismissed_users);
      const accounts = insert(sqlite, 'accounts', [
        'project_id', 'account_id', 'name', 'traits', 'first_seen_at', 'last_seen_at', 'users', 'onboarding_started_users', 'onboarding_completed_users',
      ]);
      for (const [id, r] of project.accounts) {
        accounts.run(projectId, id, r.name, JSON.stringify(r.traits), r.first_seen_at, r.last_seen_at, r.users, r.onboarding_started_users, r.onboarding_completed_users);
      }
      const traitValues = insert(sqlite, 'trait_values', ['project_id', 'scope', 'key', 'value']);
      for (const entry of project.traitValues) traitValues.run(projectId, ...(JSON.parse(entry) as [string, string, string]));
    },
  };
}
