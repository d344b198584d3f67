import type { ChecklistState, GuideStatus } from '@shirube/schema';
import type { Generated } from 'kysely';

/*
 * Row types as Kysely sees them. Timestamps are epoch milliseconds (BIGINT on PostgreSQL); JSON
 * columns hold serialised text so the same migrations work on SQLite and PostgreSQL.
 */

export interface ProjectsTable {
  id: string;
  name: string;
  public_key: string;
  /** sha256 (hex) of the secret key; the key itself is shown once and never stored. */
  secret_key_hash: string;
  created_at: number;
  /** JSON array of exact origins (`https://app.example.com`) the in-app builder may run on. */
  allowed_origins: Generated<string>;
  /** JSON array of origin patterns (`https://*.example.com`) whose pages may use the public key; `[]` = any. */
  sdk_origins: Generated<string>;
}

export interface GuidesTable {
  id: string;
  project_id: string;
  name: string;
  status: GuideStatus;
  /** JSON `GuideDraft`: the working copy authors edit. */
  draft: string;
  /** Latest published version, 0 when never published. */
  version: number;
  created_at: number;
  updated_at: number;
  /** Soft delete keeps versions and analytics consistent; a deleted guide is never served. */
  deleted_at: number | null;
  /** The console user who last changed the draft; null when changed through `/api/v1`. */
  updated_by: string | null;
  /** 1 when the guide is part of onboarding (accounts' onboarding completion counts it). */
  onboarding: Generated<number>;
}

export interface GuideVersionsTable {
  guide_id: string;
  version: number;
  /** JSON `PublishedGuide`. Immutable once written. */
  snapshot: string;
  published_at: number;
  /** The console user who published it; null when published through `/api/v1`. */
  published_by: string | null;
}

export interface EventsTable {
  project_id: string;
  id: string;
  type: string;
  guide_id: string | null;
  guide_version: number | null;
  step_id: string | null;
  step_index: number | null;
  user_key: string;
  anonymous_id: string;
  user_id: string | null;
  account_id: string | null;
  client_ts: number;
  /** Client time corrected for the client's clock skew. */
  server_ts: number;
  received_at: number;
  path: string;
  /** JSON of the type-specific fields (reason, name, props, traits, accountTraits, help-search query) or null. */
  data: string | null;
}

export interface GuideUserStepsTable {
  project_id: string;
  guide_id: string;
  version: number;
  step_index: number;
  user_key: string;
  step_id: string;
  viewed_at: number | null;
  completed_at: number | null;
  dismissed_at: number | null;
  missing_at: number | null;
  missing_reason: string | null;
  /** Bit per reason the user met: not_found 1, not_visible 2, ambiguous 4. */
  missing_reasons: Generated<number>;
}

export interface GuideUsersTable {
  project_id: string;
  guide_id: string;
  version: number;
  user_key: string;
  started_at: number | null;
  completed_at: number | null;
  dismissed_at: number | null;
}

export interface GuideStepStatsTable {
  project_id: string;
  guide_id: string;
  version: number;
  step_index: number;
  step_id: string;
  viewed_users: number;
  completed_users: number;
  dismissed_users: number;
  missing_users: number;
  missing_not_found: Generated<number>;
  missing_not_visible: Generated<number>;
  missing_ambiguous: Generated<number>;
}

export interface GuideStatsTable {
  project_id: string;
  guide_id: string;
  version: number;
  started_users: number;
  completed_users: number;
  dismissed_users: number;
}

/** Time-on-step histogram: users whose view-to-completion time fell in each log-scale bucket. */
export interface GuideStepDurationsTable {
  project_id: string;
  guide_id: string;
  version: number;
  step_index: number;
  /** floor(8 × log2(milliseconds)): eight buckets per doubling. */
  bucket: number;
  users: number;
}

/** Users who first started, completed or dismissed a guide version in each hour (epoch hours). */
export interface GuideHourlyStatsTable {
  project_id: string;
  guide_id: string;
  version: number;
  hour: number;
  started_users: number;
  completed_users: number;
  dismissed_users: number;
}

/** An end user of the customer's app, as their events describe them. */
export interface EndUsersTable {
  project_id: string;
  user_key: string;
  account_id: string | null;
  /** Latest language tag sent, canonical case (`ja-JP`). */
  locale: string | null;
  /** Its primary subtag, lowercase (`ja`), for filters that name only the language. */
  language: string | null;
  /** JSON object of the latest traits, values as strings. */
  traits: string;
  first_seen_at: number;
  last_seen_at: number;
}

/** A customer company, with its onboarding counters. */
export interface AccountsTable {
  project_id: string;
  account_id: string;
  /** The `name` account trait, when sent. */
  name: string | null;
  /** JSON object of the latest account traits, values as strings. */
  traits: string;
  first_seen_at: number;
  last_seen_at: number;
  users: number;
  onboarding_started_users: number;
  onboarding_completed_users: number;
}

/** One user's progress in one guide across all its versions. */
export interface UserGuidesTable {
  project_id: string;
  guide_id: string;
  user_key: string;
  started_at: number | null;
  completed_at: number | null;
  last_activity_at: number;
}

/** One user's onboarding: how many onboarding guides they started and completed. */
export interface OnboardingUsersTable {
  project_id: string;
  user_key: string;
  account_id: string | null;
  started_guides: number;
  completed_guides: number;
  /** 1 when started_guides > 0 and every started guide is completed. */
  finished: number;
  last_activity_at: number;
}

/** Trait values seen, offered as analytics filters. scope: `user`, `account` or `locale`. */
export interface TraitValuesTable {
  project_id: string;
  scope: 'user' | 'account' | 'locale';
  key: string;
  value: string;
}

/** When one user first completed one checklist task. */
export interface ChecklistTasksDoneTable {
  project_id: string;
  guide_id: string;
  user_key: string;
  task_id: string;
  completed_at: number;
}

/** One user's checklist widget: first activity, last state and when it changed, when all tasks were done. */
export interface ChecklistUsersTable {
  project_id: string;
  guide_id: string;
  user_key: string;
  started_at: number;
  state: ChecklistState | null;
  state_at: number | null;
  completed_at: number | null;
}

/** One user's side of a guide's A/B holdout: the earliest assignment reported, and their first goal event at or after it. */
export interface SplitMembersTable {
  project_id: string;
  guide_id: string;
  /** As in events: the user id, else `anon:` and the device id. */
  user_key: string;
  side: 'shown' | 'holdout';
  /** The version they were assigned under, whose split set the goal. */
  version: number;
  goal_event: string;
  assigned_at: number;
  converted_at: number | null;
}

/** Assignments ignored because the reported side is not the one the server computes, per guide. */
export interface SplitRejectionsTable {
  project_id: string;
  guide_id: string;
  rejected: number;
  last_rejected_at: number;
}

/** The track event names a project has sent (offered as A/B goals), with when each was last seen. */
export interface TrackEventNamesTable {
  project_id: string;
  name: string;
  last_seen_at: number;
}

/** Console roles, weakest first. */
export type UserRole = 'viewer' | 'editor' | 'owner';

export interface UsersTable {
  id: string;
  /** Stored lowercased, so lookups are exact. */
  email: string;
  name: string;
  role: UserRole;
  /** `scrypt$N$r$p$salt$hash` (see auth/passwords.ts). */
  password_hash: string;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie value. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  /** Absolute timeout: the session ends then whatever its use. */
  expires_at: number;
  /** Last request seen (updated at most once a minute); idle timeout counts from here. */
  last_seen_at: number;
}

/** Failed console sign-ins per `email:<address>` or `ip:<address>` (see auth/sign-in-throttle.ts). */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  window_started_at: number;
  /** 0 when not blocked; otherwise sign-ins for this key are refused until then. */
  blocked_until: number;
}

/** A guide health check run from the console (health/health-checks.repo.ts). */
export interface HealthChecksTable {
  id: string;
  project_id: string;
  status: 'running' | 'done' | 'failed';
  base_url: string;
  /** Null: every published guide. */
  guide_id: string | null;
  started_by: string | null;
  started_at: number;
  finished_at: number | null;
  /** The HealthReport as JSON, once done. */
  report: string | null;
  error: string | null;
}

/** Append-only: triggers refuse UPDATE and DELETE (see audit/audit-log.repo.ts). */
export interface AuditLogTable {
  /** Insertion order (autoincrement): the order entries are listed in. */
  seq: Generated<number>;
  id: string;
  at: number;
  /** Null for workspace-wide changes (members). */
  project_id: string | null;
  actor_type: 'user' | 'key' | 'system';
  actor_id: string | null;
  actor_name: string;
  action: string;
  object_type: string;
  object_id: string | null;
  object_name: string;
  ip: string | null;
  /** JSON with what changed (from/to), or null. */
  detail: string | null;
}

export interface BuilderTokensTable {
  /** sha256 (hex) of the token. */
  token_hash: string;
  kind: 'grant' | 'session';
  project_id: string;
  guide_id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  /** Set when a grant is exchanged; a grant is single-use. */
  used_at: number | null;
  /** JSON `BuilderPick` when the link asks for one element to be picked; null for full editing. */
  pick: string | null;
}

/** A project's saved segment: a named audience guides refer to by id. */
export interface SegmentsTable {
  id: string;
  project_id: string;
  name: string;
  /** JSON `Audience` (trait conditions only). */
  audience: string;
  created_at: number;
  updated_at: number;
}

/** A project's help launcher settings; a project without a row has the launcher off. */
export interface HelpLaunchersTable {
  project_id: string;
  enabled: number;
  button_label: string;
  panel_title: string;
  contact_href: string | null;
  updated_at: number;
}

/** Help-launcher searches per normalised query, epoch hour and user (maintained at ingest). */
export interface HelpSearchStatsTable {
  project_id: string;
  /** The query normalised as core's `normalizeSearchText` does. */
  query_key: string;
  hour: number;
  user_key: string;
  /** The query as last typed, for display. */
  query: string;
  searches: number;
  /** Searches that ended with the user picking a result. */
  picked: number;
  /** Searches that found nothing. */
  empty_searches: number;
  last_at: number;
  last_empty_at: number | null;
}

/** The whole database as the app's queries see it. */
/** A rate limit's token bucket (`key`: `ingest:<public key>`), shared by every server process. */
export interface RateBucketsTable {
  key: string;
  /** Tokens left after the last take, fractional: the bucket refills continuously. */
  tokens: number;
  updated_at: number;
  /** 1 when the last take was granted, 0 when refused: what the take's upsert reads back. */
  granted: number;
}

/** The sample project's secret key in clear, so `pnpm start` prints a working one on every start. */
export interface DemoKeysTable {
  project_id: string;
  secret_key: string;
}

/** A member's personal API token for the admin API (api-tokens/). */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** sha256 (hex) of the token; the token itself is shown once. */
  token_hash: string;
  created_at: number;
  /** Null: never expires. */
  expires_at: number | null;
  /** Updated at most once a minute. */
  last_used_at: number | null;
  /** Set on revocation; the row stays so later calls learn why they fail. */
  revoked_at: number | null;
}

/** A project's webhook endpoint: where events are POSTed, signed with its secret. */
export interface WebhookEndpointsTable {
  id: string;
  project_id: string;
  url: string;
  /** JSON array of the event types sent (`guide.completed`, ...). */
  event_types: string;
  enabled: number;
  /** The signing secret (`whsec_…`); kept in clear because every delivery is signed with it. */
  secret: string;
  /** Why the server turned the endpoint off (`gone`: it answered 410), null otherwise. */
  disabled_reason: string | null;
  created_at: number;
  updated_at: number;
}

/** One event for one endpoint: the outbox row ingestion writes, the dispatcher's queue and the delivery log. */
export interface WebhookDeliveriesTable {
  id: string;
  project_id: string;
  endpoint_id: string;
  /** The webhook's id (`Shirube-Webhook-Id`): the id of the event that caused it, the same on every retry. */
  event_id: string;
  type: string;
  /** The JSON body, fixed at creation so every attempt sends (and signs) the same bytes. */
  payload: string;
  status: 'pending' | 'retrying' | 'succeeded' | 'failed';
  attempts: number;
  /** When the dispatcher takes it next (an attempt in flight holds it as a lease); null when done. */
  due_at: number | null;
  /** Which dispatcher took it last: only that one may record the attempt. */
  lease_token: string | null;
  last_attempt_at: number | null;
  last_status: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: number;
}

export interface DB {
  projects: ProjectsTable;
  guides: GuidesTable;
  guide_versions: GuideVersionsTable;
  events: EventsTable;
  guide_user_steps: GuideUserStepsTable;
  guide_users: GuideUsersTable;
  guide_step_stats: GuideStepStatsTable;
  guide_stats: GuideStatsTable;
  guide_step_durations: GuideStepDurationsTable;
  guide_hourly_stats: GuideHourlyStatsTable;
  end_users: EndUsersTable;
  accounts: AccountsTable;
  user_guides: UserGuidesTable;
  onboarding_users: OnboardingUsersTable;
  trait_values: TraitValuesTable;
  checklist_tasks_done: ChecklistTasksDoneTable;
  checklist_users: ChecklistUsersTable;
  split_members: SplitMembersTable;
  split_rejections: SplitRejectionsTable;
  track_event_names: TrackEventNamesTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  health_checks: HealthChecksTable;
  builder_tokens: BuilderTokensTable;
  segments: SegmentsTable;
  help_launchers: HelpLaunchersTable;
  help_search_stats: HelpSearchStatsTable;
  rate_buckets: RateBucketsTable;
  demo_keys: DemoKeysTable;
  api_tokens: ApiTokensTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
