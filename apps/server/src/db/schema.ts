import type { GuideStatus } from '@shirube/schema';
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
  /** JSON of the type-specific fields (reason, name, props, traits, accountTraits) or null. */
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
}

export interface GuideStatsTable {
  project_id: string;
  guide_id: string;
  version: number;
  started_users: number;
  completed_users: number;
  dismissed_users: number;
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
  expires_at: number;
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
}

/** The whole database as the app's queries see it. */
export interface DB {
  projects: ProjectsTable;
  guides: GuidesTable;
  guide_versions: GuideVersionsTable;
  events: EventsTable;
  guide_user_steps: GuideUserStepsTable;
  guide_users: GuideUsersTable;
  guide_step_stats: GuideStepStatsTable;
  guide_stats: GuideStatsTable;
  users: UsersTable;
  sessions: SessionsTable;
  builder_tokens: BuilderTokensTable;
}
