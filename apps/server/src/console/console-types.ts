import type { GuideFormat } from '@shirube/core';
import type { BuilderPick, Guide, GuideVersionSummarySchema } from '@shirube/schema';
import type * as v from 'valibot';
import type { AUDIT_ACTIONS } from '../audit/audit-actions.js';

/*
 * The console API's answer shapes. Types only (no Node imports), so the console can import them
 * from `@shirube/server` without pulling server code into a browser bundle.
 */

/** Console roles, weakest first: viewer reads, editor also authors guides, owner also manages. */
export type ConsoleRole = 'viewer' | 'editor' | 'owner';

/** The signed-in user as `GET /api/console/session` returns it. */
export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
}

/** `{ user, csrfToken }`: what setup, sign-in and session lookup answer. */
export interface ConsoleSession {
  user: ConsoleUser;
  csrfToken: string;
}

/** A member in `GET /api/console/members`. */
export interface ConsoleMember extends ConsoleUser {
  createdAt: string;
}

/** Who changed or published something; null when it was done through `/api/v1` or the user is gone. */
export type UserRef = { id: string; name: string } | null;

/** A project as the console sees it. */
export interface ConsoleProject {
  id: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  /** Origin patterns whose pages may use the public key; empty = any origin. */
  sdkOrigins: string[];
  createdAt: string;
}

/** A guide's draft with who last changed it. */
export type ConsoleGuide = Guide & { updatedBy: UserRef };

/** Live figures of a guide's published version (viewers = users who started it). */
export interface GuideLiveStats {
  version: number;
  viewers: number;
  completed: number;
  /** completed / viewers, from 0 to 1 (0 when nobody started it). */
  completionRate: number;
}

/** A row of the console's guide list. */
export interface GuideListItem {
  id: string;
  name: string;
  /** What the author made: its kind, or for a one-step walkthrough an announcement (modal) or a banner. */
  format: GuideFormat;
  status: Guide['status'];
  version: number;
  /** Steps; for a checklist, its tasks. */
  stepCount: number;
  /** Part of onboarding (accounts' onboarding completion counts it). */
  onboarding: boolean;
  /** Listed in the help launcher (in the draft; live once published). */
  helpLauncher: boolean;
  updatedAt: string;
  updatedBy: UserRef;
  /** Null unless the guide is published (status `published`, version >= 1). */
  live: GuideLiveStats | null;
}

/** A row of `GET .../guides/:id/versions`. */
export type ConsoleGuideVersion = v.InferOutput<typeof GuideVersionSummarySchema>;

/** What `POST /sdk/v1/builder/session` answers. */
export interface BuilderSession {
  builderToken: string;
  expiresAt: string;
  guide: ConsoleGuide;
  /** The server's own origin: the builder posts `shirube:builder-saved` to `window.opener` with it. */
  consoleOrigin: string;
  /** Present when the link was made to pick one element: the builder opens in pick mode. */
  pick?: BuilderPick;
}

/** The message the builder posts to the console window after saving. */
export interface BuilderSavedMessage {
  type: 'shirube:builder-saved';
  guideId: string;
}

/** A kind of change the audit log records (`guide.published`, `member.removed`, ...). */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One audit log entry as the console and `GET /api/v1/audit-log` show it. */
export interface AuditEntry {
  id: string;
  at: string;
  projectId: string | null;
  /** A console user, the project's secret key (admin API), or the server itself (sample data). */
  actor: { type: 'user' | 'key' | 'system'; id: string | null; name: string };
  action: AuditAction;
  object: { type: 'guide' | 'segment' | 'project' | 'member' | 'api_token' | 'webhook'; id: string | null; name: string };
  ip: string | null;
  /** What changed, e.g. `{ role: { from: 'viewer', to: 'editor' } }`; null when the action says it all. */
  detail: Record<string, unknown> | null;
}

/** A page of the audit log, newest first, with the number of entries matching the filter. */
export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  /** Everyone with entries in the log (whatever the filter), for the person filter: user ids, and `key` for the secret key. */
  actors: { id: string; name: string }[];
}
